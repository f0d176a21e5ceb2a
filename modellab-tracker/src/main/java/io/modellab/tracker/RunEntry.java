package io.modellab.tracker;

import io.modellab.evalharness.core.schema.RunRecord;
import java.nio.file.Path;

/**
 * One run as a reader finds it.
 *
 * @param run its run.json
 * @param state its status checked against its folder and its owning process
 * @param problem why the state differs from the recorded status (a STALE or INCOMPLETE run), else {@code null}
 * @param dir the run folder
 */
public record RunEntry(RunRecord run, RunState state, String problem, Path dir) {

    /** The run's id. */
    public String runId() {
        return run.runId();
    }

    /** The run's log, {@code logs/run.log} in its folder (absent for runs written without a run handle). */
    public Path logFile() {
        return dir.resolve(RunStore.LOG);
    }
}
