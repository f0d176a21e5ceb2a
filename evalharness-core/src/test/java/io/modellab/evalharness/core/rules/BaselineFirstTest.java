package io.modellab.evalharness.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.Samples;
import io.modellab.evalharness.core.schema.SplitRef;
import org.junit.jupiter.api.Test;

class BaselineFirstTest {

    static RunRecord run(String id, ModelRole role, RunStatus status, DatasetRef dataset, SplitRef split, String baseline) {
        RunRecord s = Samples.run();
        return new RunRecord(s.schemaVersion(), id, s.project(), s.model(), role, status, null, s.seed(), s.codeVersion(),
                dataset, split, baseline, null, s.config(), s.timings(), s.environment());
    }

    static final String B = Samples.BASELINE_RUN;
    static final String I = Samples.RUN;
    static final RunRecord BASELINE = run(B, ModelRole.BASELINE, RunStatus.DONE, Samples.dataset(), Samples.split(), null);
    static final RunRecord IMPROVED = run(I, ModelRole.IMPROVED, RunStatus.DONE, Samples.dataset(), Samples.split(), B);

    @Test
    void aDoneBaselineOnTheSameDataAndSplitLetsTheRunClaimAnImprovement() {
        BaselineCheck check = BaselineFirst.verify(IMPROVED, BASELINE);

        assertThat(check.ok()).isTrue();
        assertThat(check.message()).startsWith("run " + I + " improves on baseline " + B + " (DONE, same dataset version");
    }

    @Test
    void everyWayOfBreakingTheRuleIsNamed() {
        DatasetRef otherData = new DatasetRef("credit-g", "sha256-111111111111", "1".repeat(64), "datasets/credit-g.csv", 1000L);
        SplitRef otherSplit = new SplitRef("stratified 70/30 seed 7", "cd".repeat(32));

        assertThat(BaselineFirst.verify(run(I, ModelRole.IMPROVED, RunStatus.DONE, Samples.dataset(), Samples.split(), null), null))
                .isEqualTo(new BaselineCheck(BaselineCheck.Status.MISSING, null, "run " + I + " names no baseline run"));
        assertThat(BaselineFirst.verify(IMPROVED, null))
                .isEqualTo(new BaselineCheck(BaselineCheck.Status.MISSING, B, "run " + I + " names baseline " + B + ", which does not exist"));
        assertThat(BaselineFirst.verify(IMPROVED, run(B, ModelRole.BASELINE, RunStatus.FAILED, Samples.dataset(), Samples.split(), null)))
                .isEqualTo(new BaselineCheck(BaselineCheck.Status.NOT_DONE, B, "run " + I + " names baseline " + B + ", which is FAILED"));
        assertThat(BaselineFirst.verify(IMPROVED, run(B, ModelRole.IMPROVED, RunStatus.DONE, Samples.dataset(), Samples.split(), null)))
                .isEqualTo(new BaselineCheck(BaselineCheck.Status.NOT_A_BASELINE, B, "run " + I + " names baseline " + B
                        + ", but that run is improved"));
        assertThat(BaselineFirst.verify(IMPROVED, run(B, ModelRole.BASELINE, RunStatus.DONE, otherData, Samples.split(), null)))
                .isEqualTo(new BaselineCheck(BaselineCheck.Status.OTHER_DATASET_VERSION, B, "run " + I
                        + " used dataset credit-g version v-0f3c2a1b9e8d, but baseline " + B + " used version sha256-111111111111"));
        assertThat(BaselineFirst.verify(IMPROVED, run(B, ModelRole.BASELINE, RunStatus.DONE, Samples.dataset(), otherSplit, null)))
                .isEqualTo(new BaselineCheck(BaselineCheck.Status.OTHER_SPLIT, B, "run " + I
                        + " used split stratified 70/30 seed 42 (digest abababababab), but baseline " + B
                        + " used stratified 70/30 seed 7 (digest cdcdcdcdcdcd)"));
    }
}
