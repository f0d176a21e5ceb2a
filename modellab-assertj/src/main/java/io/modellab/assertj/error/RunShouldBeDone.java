package io.modellab.assertj.error;

import io.modellab.evalharness.core.schema.RunRecord;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A run is still RUNNING (or crashed in it) or FAILED, so its artifacts are incomplete or invalid. */
public class RunShouldBeDone extends BasicErrorMessageFactory {

    /**
     * Creates the message, with the run's status reason when it has one.
     *
     * @param run the run
     */
    public static ErrorMessageFactory runShouldBeDone(RunRecord run) {
        return new RunShouldBeDone(run);
    }

    private RunShouldBeDone(RunRecord run) {
        super("%nExpecting run %s to be DONE, but it is %s%s", unquotedString(run.runId()),
                unquotedString(run.status().name()),
                unquotedString(run.statusReason() == null ? "" : ": " + run.statusReason()));
    }
}
