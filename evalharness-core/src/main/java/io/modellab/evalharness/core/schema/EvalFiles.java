package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Pointers from eval_summary.json to the other items of the eval folder, relative to that folder.
 *
 * @param metrics metrics.json
 * @param confidenceIntervals confidence_intervals.json
 * @param slices slices.json
 * @param failureExamples failure_examples.json
 * @param takeaway takeaway.txt
 * @param plots the plots folder
 * @param repro repro.md
 * @param predictions predictions.json, every row's prediction; {@code null} for a ranking, which has {@code rankings},
 *     for a regression, which has {@code regressionPredictions}, and for a folder without rows ({@code rowsNotWritten})
 * @param stress stress.json, or {@code null} when the eval has no stress table (no model was given, or the folder was
 *     written before stress tests existed)
 * @param failureModes failure_modes.md, the failure-modes template of spec 4.8 (the six categories with their tagged
 *     examples and blank notes), or {@code null} when the folder has none (written before the template existed)
 * @param rankings rankings.json, every query's ranked candidates, exactly for a ranking; {@code null} otherwise
 * @param regressionPredictions regression_predictions.json, every row's actual value and prediction, exactly for a
 *     regression; {@code null} otherwise (and in every file written before regressions existed)
 * @param rowsNotWritten why the folder has none of predictions.json, rankings.json and regression_predictions.json,
 *     e.g. {@code "12000000 rows evaluated on Apache Spark; rows are not written"}; {@code null} (and absent from the
 *     file) exactly when it has one of them
 */
public record EvalFiles(
        @JsonProperty("metrics") @NotBlank String metrics,
        @JsonProperty("confidence_intervals") @NotBlank String confidenceIntervals,
        @JsonProperty("slices") @NotBlank String slices,
        @JsonProperty("failure_examples") @NotBlank String failureExamples,
        @JsonProperty("takeaway") @NotBlank String takeaway,
        @JsonProperty("plots") @NotBlank String plots,
        @JsonProperty("repro") @NotBlank String repro,
        @JsonProperty("predictions") @Size(min = 1) String predictions,
        @JsonProperty("stress") @Size(min = 1) String stress,
        @JsonProperty("failure_modes") @Size(min = 1) String failureModes,
        @JsonProperty("rankings") @Size(min = 1) String rankings,
        @JsonProperty("regression_predictions") @Size(min = 1) String regressionPredictions,
        @JsonProperty("rows_not_written") @JsonInclude(JsonInclude.Include.NON_NULL) @Size(min = 1) String rowsNotWritten) {

    /** The name of the failure-modes template, when the eval folder has one. */
    public static final String FAILURE_MODES = "failure_modes.md";

    /** The name of a ranking's per-query file. */
    public static final String RANKINGS = "rankings.json";

    /** The name of the stress table, when the eval folder has one. */
    public static final String STRESS = "stress.json";

    /**
     * Checks that the folder points at exactly one of predictions.json, rankings.json and
     * regression_predictions.json, or at none of them with {@code rowsNotWritten} saying why.
     */
    public EvalFiles {
        int perRow = (predictions == null ? 0 : 1) + (rankings == null ? 0 : 1) + (regressionPredictions == null ? 0 : 1);
        if (perRow > 1 || perRow == 0 && (rowsNotWritten == null || rowsNotWritten.isBlank())) {
            throw new IllegalArgumentException("an eval folder has either predictions (a classification), rankings"
                    + " (a ranking) or regression_predictions (a regression), or none of them with rows_not_written"
                    + " saying why, got predictions=" + predictions + ", rankings=" + rankings
                    + ", regression_predictions=" + regressionPredictions + " and rows_not_written=" + rowsNotWritten);
        }
        if (perRow == 1 && rowsNotWritten != null) {
            throw new IllegalArgumentException("rows_not_written is only for an eval folder without a per-row file, but"
                    + " this one has predictions=" + predictions + ", rankings=" + rankings
                    + " and regression_predictions=" + regressionPredictions);
        }
    }

    /** Any task's names with exactly one per-row file (the form every folder had before rows_not_written). */
    public EvalFiles(String metrics, String confidenceIntervals, String slices, String failureExamples,
                     String takeaway, String plots, String repro, String predictions, String stress,
                     String failureModes, String rankings, String regressionPredictions) {
        this(metrics, confidenceIntervals, slices, failureExamples, takeaway, plots, repro, predictions, stress,
                failureModes, rankings, regressionPredictions, null);
    }

    /** The names of a classification's or a ranking's folder (no regression predictions). */
    public EvalFiles(String metrics, String confidenceIntervals, String slices, String failureExamples,
                     String takeaway, String plots, String repro, String predictions, String stress,
                     String failureModes, String rankings) {
        this(metrics, confidenceIntervals, slices, failureExamples, takeaway, plots, repro, predictions, stress,
                failureModes, rankings, null);
    }

    /** A classification's names, with a stress table and a failure-modes template or {@code null}s. */
    public EvalFiles(String metrics, String confidenceIntervals, String slices, String failureExamples,
                     String takeaway, String plots, String repro, String predictions, String stress,
                     String failureModes) {
        this(metrics, confidenceIntervals, slices, failureExamples, takeaway, plots, repro, predictions, stress,
                failureModes, null);
    }

    /** A classification's names, with a stress table or {@code null}, and no failure-modes template. */
    public EvalFiles(String metrics, String confidenceIntervals, String slices, String failureExamples,
                     String takeaway, String plots, String repro, String predictions, String stress) {
        this(metrics, confidenceIntervals, slices, failureExamples, takeaway, plots, repro, predictions, stress, null);
    }

    /** The names without optional files (the form eval folders had before stress.json). */
    public EvalFiles(String metrics, String confidenceIntervals, String slices, String failureExamples,
                     String takeaway, String plots, String repro, String predictions) {
        this(metrics, confidenceIntervals, slices, failureExamples, takeaway, plots, repro, predictions, null, null);
    }

    /** The names the eval-folder writer uses for an eval without a stress table. */
    public static final EvalFiles STANDARD = new EvalFiles("metrics.json", "confidence_intervals.json",
            "slices.json", "failure_examples.json", "takeaway.txt", "plots/", "repro.md", "predictions.json", null);

    /** The names the eval-folder writer uses: {@link #STANDARD}, with {@value #STRESS} when there is a stress table. */
    public static EvalFiles standard(boolean withStress) {
        return withStress ? STANDARD.withStress(STRESS) : STANDARD;
    }

    /**
     * The names the eval-folder writer uses: {@link #STANDARD}, with {@value #STRESS} when there is a stress table and
     * {@value #FAILURE_MODES} when there is a failure-modes template.
     */
    public static EvalFiles standard(boolean withStress, boolean withFailureModes) {
        EvalFiles files = standard(withStress);
        return withFailureModes ? files.withFailureModes(FAILURE_MODES) : files;
    }

    /** The names the eval-folder writer uses for a ranking: {@value #RANKINGS} instead of predictions.json. */
    public static EvalFiles ranking(boolean withStress) {
        EvalFiles s = STANDARD;
        return new EvalFiles(s.metrics, s.confidenceIntervals, s.slices, s.failureExamples, s.takeaway, s.plots, s.repro,
                null, withStress ? STRESS : null, null, RANKINGS);
    }

    /**
     * The names the eval-folder writer uses for a regression: {@value RegressionPredictions#FILE} instead of
     * predictions.json.
     */
    public static EvalFiles regression(boolean withStress) {
        EvalFiles s = STANDARD;
        return new EvalFiles(s.metrics, s.confidenceIntervals, s.slices, s.failureExamples, s.takeaway, s.plots, s.repro,
                null, withStress ? STRESS : null, null, null, RegressionPredictions.FILE);
    }

    /** These names with {@code stress} as the stress table ({@code null} for none). */
    public EvalFiles withStress(String stress) {
        return new EvalFiles(metrics, confidenceIntervals, slices, failureExamples, takeaway, plots, repro, predictions,
                stress, failureModes, rankings, regressionPredictions, rowsNotWritten);
    }

    /** These names with {@code template} as the failure-modes template ({@code null} for none). */
    public EvalFiles withFailureModes(String template) {
        return new EvalFiles(metrics, confidenceIntervals, slices, failureExamples, takeaway, plots, repro, predictions,
                stress, template, rankings, regressionPredictions, rowsNotWritten);
    }

    /**
     * These names without a per-row file, {@code reason} saying why (an evaluation on a distributed engine, whose
     * rows are too many to write, names the engine and the row count).
     */
    public EvalFiles withoutRows(String reason) {
        return new EvalFiles(metrics, confidenceIntervals, slices, failureExamples, takeaway, plots, repro, null,
                stress, failureModes, null, null, reason);
    }

    /** Whether the folder has a per-row file (predictions.json, rankings.json or regression_predictions.json). */
    @JsonIgnore
    public boolean hasRows() {
        return rowsNotWritten == null;
    }
}
