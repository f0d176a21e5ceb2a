package io.modellab.evalharness.core;

import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import java.util.Locale;
import java.util.Objects;

/**
 * The commands repro.md shows, each runnable from the project's root, and the repro.md they make. It is here, in
 * core, so that every path that writes an eval folder (the tracker's evaluators, the Spark evaluator) writes the same
 * text; {@value #RUN_ID} in a command stands for the evaluated run's id.
 *
 * @param install what to run once to build or install
 * @param datasetRetrieval how to obtain (or check) the dataset file
 * @param run the command that trains the model (or produces the predictions) and evaluates it again
 * @param eval the command that evaluates again, or checks that a new run reproduces this one
 */
public record ReproSteps(String install, String datasetRetrieval, String run, String eval) {

    /** Replaced by the run's id in every command. */
    public static final String RUN_ID = "{run_id}";

    /** Checks that every command is given. */
    public ReproSteps {
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
        return String.format(Locale.ROOT, """
                # Reproduce run %s

                Project `%s`, %s (%s), seed %d, code at commit `%s`%s.

                ## Install

                ```sh
                %s
                ```

                ## Dataset

                `%s`: %d rows, SHA-256 `%s` (dataset `%s` version `%s`)%s.

                ```sh
                %s
                ```

                ## Run

                ```sh
                %s
                ```

                ## Evaluate

                ```sh
                %s
                ```
                """, runId, project, system, role, seed, code.commit(),
                code.dirty() ? " with uncommitted changes (not reproducible from the commit alone)" : "",
                install, dataset.source(), dataset.rows(), dataset.sha256(), dataset.name(), dataset.version(),
                datasetDetail, datasetRetrieval, run.replace(RUN_ID, runId), eval.replace(RUN_ID, runId))
                + (note.isEmpty() ? "" : "\n" + note + "\n");
    }
}
