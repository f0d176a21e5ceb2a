package io.modellab.evalharness.core.rules;

import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import java.util.Locale;

/**
 * The baseline-first rule: an improved run's improvement counts only when a DONE baseline run exists for the same
 * dataset version and split.
 */
public final class BaselineFirst {

    private BaselineFirst() {
    }

    /**
     * Checks an improved run against the baseline it names.
     *
     * @param improved the improved run
     * @param baseline the run {@code improved.baselineRunId()} names, or {@code null} when none was found
     */
    public static BaselineCheck verify(RunRecord improved, RunRecord baseline) {
        String run = "run " + improved.runId();
        if (improved.baselineRunId() == null) {
            return new BaselineCheck(BaselineCheck.Status.MISSING, improved.baselineRunId(), run + " names no baseline run");
        }
        String named = "baseline " + improved.baselineRunId();
        if (baseline == null) {
            return new BaselineCheck(BaselineCheck.Status.MISSING, improved.baselineRunId(), run + " names " + named + ", which does not exist");
        }
        if (baseline.role() != ModelRole.BASELINE) {
            return new BaselineCheck(BaselineCheck.Status.NOT_A_BASELINE, improved.baselineRunId(), run + " names " + named
                    + ", but that run is " + baseline.role().name().toLowerCase(Locale.ROOT));
        }
        if (baseline.status() != RunStatus.DONE) {
            return new BaselineCheck(BaselineCheck.Status.NOT_DONE, improved.baselineRunId(), run + " names " + named + ", which is "
                    + baseline.status() + (baseline.statusReason() == null ? "" : " (" + baseline.statusReason() + ")"));
        }
        if (!baseline.dataset().sha256().equals(improved.dataset().sha256())) {
            return new BaselineCheck(BaselineCheck.Status.OTHER_DATASET_VERSION, improved.baselineRunId(), run + " used dataset "
                    + improved.dataset().name() + " version " + improved.dataset().version() + ", but " + named
                    + " used version " + baseline.dataset().version());
        }
        if (!baseline.split().digest().equals(improved.split().digest())) {
            return new BaselineCheck(BaselineCheck.Status.OTHER_SPLIT, improved.baselineRunId(), run + " used split " + improved.split().strategy()
                    + " (digest " + improved.split().digest().substring(0, 12) + "), but " + named + " used "
                    + baseline.split().strategy() + " (digest " + baseline.split().digest().substring(0, 12) + ")");
        }
        return new BaselineCheck(BaselineCheck.Status.OK, improved.baselineRunId(), run + " improves on " + named + " (DONE, same dataset version "
                + improved.dataset().version() + " and split " + improved.split().digest().substring(0, 12) + ")");
    }
}
