package io.modellab.tracker;

import java.util.Objects;

/**
 * The commands repro.md shows, each runnable from the project's root. {@value #RUN_ID} in a command stands for the
 * evaluated run's id.
 *
 * @param install what to run once to build or install
 * @param datasetRetrieval how to obtain (or check) the dataset file
 * @param run the command that trains the model and evaluates it again
 * @param eval the command that evaluates again, or checks that a new run reproduces this one
 */
public record ReproCommands(String install, String datasetRetrieval, String run, String eval) {

    /** Replaced by the run's id in every command. */
    public static final String RUN_ID = "{run_id}";

    /** Checks that every command is given. */
    public ReproCommands {
        Objects.requireNonNull(install, "install");
        Objects.requireNonNull(datasetRetrieval, "datasetRetrieval");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(eval, "eval");
    }
}
