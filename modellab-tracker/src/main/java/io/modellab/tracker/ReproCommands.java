package io.modellab.tracker;

import java.util.Objects;

/**
 * The commands repro.md shows, each runnable from the project's root.
 *
 * @param install what to run once to build or install
 * @param datasetRetrieval how to obtain (or check) the dataset file
 * @param run the command that trains the model and evaluates it again
 * @param eval the command that evaluates, or a note of where the same command writes the evaluation
 */
public record ReproCommands(String install, String datasetRetrieval, String run, String eval) {

    /** Checks that every command is given. */
    public ReproCommands {
        Objects.requireNonNull(install, "install");
        Objects.requireNonNull(datasetRetrieval, "datasetRetrieval");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(eval, "eval");
    }
}
