package io.modellab.tracker;

import io.modellab.evalharness.core.ReproSteps;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import java.util.Objects;

/**
 * The commands repro.md shows, each runnable from the project's root; the text is core's {@link ReproSteps}.
 * {@value #RUN_ID} in a command stands for the evaluated run's id.
 *
 * @param install what to run once to build or install
 * @param datasetRetrieval how to obtain (or check) the dataset file
 * @param run the command that trains the model and evaluates it again
 * @param eval the command that evaluates again, or checks that a new run reproduces this one
 */
public record ReproCommands(String install, String datasetRetrieval, String run, String eval) {

    /** Replaced by the run's id in every command. */
    public static final String RUN_ID = ReproSteps.RUN_ID;

    /** Checks that every command is given. */
    public ReproCommands {
        Objects.requireNonNull(install, "install");
        Objects.requireNonNull(datasetRetrieval, "datasetRetrieval");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(eval, "eval");
    }

    /**
     * The repro.md of a run: what it is, then install, dataset, run and evaluate, each command in a shell block with
     * {@value #RUN_ID} replaced by {@code runId}.
     *
     * @param system what was run, e.g. {@code model `logistic_regression`}
     * @param datasetDetail more about the dataset after its version, e.g. {@code "; 120 judged queries"}, or empty
     * @param note a closing paragraph, or empty
     */
    public String markdown(String runId, String project, String system, String role, long seed, CodeVersion code,
                           DatasetRef dataset, String datasetDetail, String note) {
        return steps().markdown(runId, project, system, role, seed, code, dataset, datasetDetail, note);
    }

    /** These commands as core's {@link ReproSteps}, which also writes repro.md for the Spark path. */
    public ReproSteps steps() {
        return new ReproSteps(install, datasetRetrieval, run, eval);
    }
}
