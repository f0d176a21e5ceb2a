package io.modellab.evalharness.core.io;

import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;

/**
 * Whether a RUNNING run can still finish: its run.json names the process writing it ({@code owner}), and a run
 * whose process is gone never will. Such a run is stale; readers show it apart from live runs.
 */
public final class RunLiveness {

    private RunLiveness() {
    }

    /**
     * Why the run is stale, or {@code null} when it is not RUNNING or its process lives (or runs on another host,
     * which cannot be checked from here). A RUNNING run without an owner is stale: nothing is known to be writing it.
     */
    public static String staleReason(RunRecord run) {
        if (run.status() != RunStatus.RUNNING) {
            return null;
        }
        if (run.owner() == null) {
            return "no owning process is recorded, so nothing can finish it";
        }
        return run.owner().goneOnThisHost() ? run.owner().describe() + " is gone" : null;
    }
}
