package io.modellab.evalharness.core.io;

/**
 * The names of the files in a run's folder ({@code <artifacts-root>/<project>/<run_id>/}) and in its project's
 * folder, beside the eval folder whose names {@link EvalFolderWriter} and
 * {@link io.modellab.evalharness.core.schema.EvalFiles} hold.
 */
public final class RunFolder {

    /** The run record: config, seed, code and dataset versions, status. */
    public static final String RUN = "run.json";
    /** The leakage rules' verdict on the run's split and fit records. */
    public static final String LEAKAGE = "leakage.json";
    /** The model card of a trained run, in the Featrix Sphere format. */
    public static final String MODEL_CARD = "model_card.json";
    /** The model card as a page. */
    public static final String MODEL_CARD_PAGE = "model_card.html";
    /** The run's static HTML report. */
    public static final String REPORT = "report.html";
    /** The project's run history page, in the project folder. */
    public static final String PROJECT_INDEX = "index.html";
    /** The saved model's folder: the model file and its {@code signature.json}. */
    public static final String MODEL_DIR = "model";
    /** A sample of the run's test predictions (row id, actual, predicted, scores), CSV. */
    public static final String PREDICTIONS_SAMPLE = "predictions.sample.csv";
    /** The run's log, one line per event, appended while the run runs. */
    public static final String LOG = "logs/run.log";
    /** The project's record (name, description, creation time), in the project folder. */
    public static final String PROJECT = "project.json";

    private RunFolder() {
    }
}
