package io.modellab.assertj.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.MetricDirection;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.LeakageCheck;
import io.modellab.evalharness.core.schema.LeakageReport;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RunEnvironment;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SplitRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.description.TextDescription;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.presentation.StandardRepresentation;
import org.junit.jupiter.api.Test;

/** Every message's layout, with made-up numbers, as AssertJ tests its own factories. */
class ErrorMessagesTest {

    private static final String RUN = "run-20261123-120100-0000000b";
    private static final String BASE = "run-20261123-120000-0000000a";

    private static String create(ErrorMessageFactory factory) {
        return factory.create(new TextDescription("Test"), new StandardRepresentation());
    }

    @Test
    void shouldReportMetric() {
        assertThat(create(ShouldReportMetric.shouldReportMetric("run " + RUN, "rocauc", List.of("accuracy", "roc_auc"))))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting run %s to report metric \"rocauc\", but it reports only:%n"
                        + "  accuracy, roc_auc", RUN));
    }

    @Test
    void metricShouldBeDefined() {
        assertThat(create(MetricShouldBeDefined.metricShouldBeDefined("roc_auc of run " + RUN, "one class only")))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting roc_auc of run %s to be defined, but it is undefined: one class only", RUN));
        assertThat(create(MetricShouldBeDefined.metricShouldBeDefined("roc_auc of run " + RUN, null)))
                .endsWith("but it is undefined: no reason is given");
    }

    @Test
    void shouldBeAtLeast() {
        assertThat(create(ShouldBeAtLeast.shouldBeAtLeast("roc_auc of run " + RUN, 0.71, 0.75,
                "roc_auc: 0.71, 95% confidence interval [0.66, 0.76] (bca_bootstrap, 1000 resamples)")))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting roc_auc of run %s:%n"
                        + "  0.71%n"
                        + "to be at least:%n"
                        + "  0.75%n"
                        + "roc_auc: 0.71, 95%% confidence interval [0.66, 0.76] (bca_bootstrap, 1000 resamples)", RUN));
    }

    @Test
    void shouldBeAtMost() {
        assertThat(create(ShouldBeAtMost.shouldBeAtMost("log_loss of run " + RUN, 0.52, 0.5,
                "log_loss: 0.52, no confidence interval (none computed)")))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting log_loss of run %s:%n"
                        + "  0.52%n"
                        + "to be at most:%n"
                        + "  0.5%n"
                        + "log_loss: 0.52, no confidence interval (none computed)", RUN));
    }

    @Test
    void shouldHaveConfidenceInterval() {
        assertThat(create(ShouldHaveConfidenceInterval.shouldHaveConfidenceInterval("recall of run " + RUN,
                "confidence_intervals.json has intervals only for [roc_auc]")))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting recall of run %s to have a confidence interval, but confidence_intervals.json"
                        + " has intervals only for [roc_auc]", RUN));
    }

    @Test
    void shouldHaveLeakageReport() {
        assertThat(create(ShouldHaveLeakageReport.shouldHaveLeakageReport(RUN, "none was given")))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting run %s to have no leakage, but there is no leakage report to show it: none was"
                        + " given", RUN));
    }

    @Test
    void shouldHaveNoLeakage() {
        LeakageReport report = new LeakageReport(SchemaVersion.CURRENT, RUN, false, List.of(
                new LeakageCheck("split_disjoint", LeakageCheck.Status.FAIL, "3 test rows are in train", Map.of()),
                new LeakageCheck("fit_on_train_only", LeakageCheck.Status.PASS, "all fits saw train rows only", Map.of()),
                new LeakageCheck("target_proxy", LeakageCheck.Status.WARN, "income separates the label", Map.of()),
                new LeakageCheck("time_ordered", LeakageCheck.Status.FAIL, "2 test rows are older", Map.of())));

        assertThat(create(ShouldHaveNoLeakage.shouldHaveNoLeakage(report)))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting run %s to have no leakage, but 2 of its 4 leakage rules failed:%n"
                        + "  split_disjoint: 3 test rows are in train%n"
                        + "  time_ordered: 2 test rows are older", RUN));
    }

    @Test
    void aReportThatDidNotPassWithoutAFailedRuleSaysSo() {
        LeakageReport report = new LeakageReport(SchemaVersion.CURRENT, RUN, false, List.of());

        assertThat(create(ShouldHaveNoLeakage.shouldHaveNoLeakage(report)))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting run %s to have no leakage, but 0 of its 0 leakage rules failed:%n"
                        + "  the report says it did not pass, yet names no failed rule", RUN));
    }

    @Test
    void shouldPassBaselineFirst() {
        BaselineCheck check = new BaselineCheck(BaselineCheck.Status.NOT_DONE, BASE, "run x names baseline y, which is FAILED");

        assertThat(create(ShouldPassBaselineFirst.shouldPassBaselineFirst(RUN, "run.json", check)))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting improved run %s to pass the baseline-first rule, but the baseline check in its"
                        + " run.json is NOT_DONE:%n"
                        + "  run x names baseline y, which is FAILED", RUN));
        assertThat(create(ShouldPassBaselineFirst.shouldHaveBaselineCheck(RUN, "eval_summary.json")))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting improved run %s to pass the baseline-first rule, but its eval_summary.json has no"
                        + " baseline check: resolve its baseline (RunRules.resolveBaseline) before evaluating", RUN));
    }

    @Test
    void runShouldBeDone() {
        RunRecord running = new RunRecord(SchemaVersion.CURRENT, RUN, "proj", "m", ModelRole.BASELINE,
                RunStatus.RUNNING, null, 1L, new CodeVersion("a".repeat(40), false),
                new DatasetRef("d", "v1", "0".repeat(64), "d.csv", 1L), new SplitRef("s", "1".repeat(64)), null, null,
                Map.of(), new RunTimings("2026-11-23T12:00:00Z", null, null), RunEnvironment.current("test"));

        assertThat(create(RunShouldBeDone.runShouldBeDone(running)))
                .isEqualTo(String.format("[Test] %nExpecting run %s to be DONE, but it is RUNNING", RUN));
        assertThat(create(RunShouldBeDone.runShouldBeDone(running.finish(RunStatus.FAILED, "out of memory",
                running.timings()))))
                .isEqualTo(String.format("[Test] %nExpecting run %s to be DONE, but it is FAILED: out of memory", RUN));
    }

    @Test
    void shouldHaveSlicesToCheck() {
        SliceReport none = new SliceReport(SchemaVersion.CURRENT, RUN, 30, List.of(), List.of());

        assertThat(create(ShouldHaveSlicesToCheck.shouldHaveSlicesToCheck(none, false)))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting run %s to have a slice of at least 30 rows, but its slices.json has no slice", RUN));
        assertThat(create(ShouldHaveSlicesToCheck.shouldHaveSlicesToCheck(none, true)))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting run %s to have a slice to check, but its slices.json has no slice", RUN));
        assertThat(create(ShouldHaveSlicesToCheck.shouldHaveWorstSlice(none)))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting run %s to have a worst slice of at least 30 rows, but its slices.json has no"
                        + " slice", RUN));
    }

    @Test
    void slicesShouldHaveMetricAtLeast() {
        assertThat(create(SlicesShouldHaveMetricAtLeast.slicesShouldHaveMetricAtLeast(RUN, " of at least 30 rows",
                "recall", 0.5, 3, List.of("  a = 1 (40 rows): 0.25", "  a = 2 (35 rows): undefined (no positive row)"),
                "(1 slice below the minimum size of 30 rows was not checked: includingSmallSlices() checks it)")))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting every slice of run %s of at least 30 rows to have recall at least:%n"
                        + "  0.5%n"
                        + "but 2 of the 3 slices checked did not:%n"
                        + "  a = 1 (40 rows): 0.25%n"
                        + "  a = 2 (35 rows): undefined (no positive row)%n"
                        + "(1 slice below the minimum size of 30 rows was not checked: includingSmallSlices() checks"
                        + " it)", RUN));
    }

    @Test
    void failureExamplesShouldBeTagged() {
        FailureExamples examples = new FailureExamples(SchemaVersion.CURRENT, RUN, List.of(), List.of(
                example("17", "confident_wrong", null), example("23", "confident_wrong", "label_noise"),
                example("40", "uncertain_correct", " ")));

        assertThat(create(FailureExamplesShouldBeTagged.failureExamplesShouldBeTagged(examples)))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting every failure example of run %s to carry a failure-mode tag, but 2 of its 3"
                        + " examples are untagged:%n"
                        + "  17 (confident_wrong), 40 (uncertain_correct)", RUN));
    }

    @Test
    void shouldImprove() {
        assertThat(create(ShouldImprove.shouldImprove("roc_auc", BASE, RUN, MetricDirection.HIGHER_IS_BETTER, 0.8,
                0.78, "delta -0.02, 95% paired bootstrap interval [-0.05, 0.01], verdict no_clear_change")))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting roc_auc to improve from run %s to run %s (higher is better), but it went from:%n"
                        + "  0.8%n"
                        + "to:%n"
                        + "  0.78%n"
                        + "delta -0.02, 95%% paired bootstrap interval [-0.05, 0.01], verdict no_clear_change", BASE, RUN));
    }

    @Test
    void shouldImproveSignificantly() {
        assertThat(create(ShouldImproveSignificantly.shouldImproveSignificantly("the 95% paired bootstrap interval",
                "log_loss", BASE, RUN, -0.04, 0.01, MetricDirection.LOWER_IS_BETTER,
                "log_loss: 0.5 to 0.48, delta -0.02, verdict no_clear_change, 300 paired rows, 1000 resamples")))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting the 95%% paired bootstrap interval of the change in log_loss from run %s to run"
                        + " %s:%n"
                        + "  [-0.04, 0.01]%n"
                        + "to lie entirely below 0 (lower is better), but it does not%n"
                        + "log_loss: 0.5 to 0.48, delta -0.02, verdict no_clear_change, 300 paired rows, 1000 resamples",
                        BASE, RUN));
    }

    @Test
    void shouldHavePairedInterval() {
        assertThat(create(ShouldHavePairedInterval.shouldHavePairedInterval("roc_auc", BASE, RUN, "not_tested",
                "the runs used different dataset versions")))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting the change in roc_auc from run %s to run %s to have a paired bootstrap interval,"
                        + " but the comparison has none (verdict not_tested): the runs used different dataset"
                        + " versions", BASE, RUN));
    }

    @Test
    void slicesShouldNotRegress() {
        assertThat(create(SlicesShouldNotRegress.slicesShouldNotRegress(0.05, BASE, RUN, 6,
                List.of("  a = 1, accuracy: 0.8 to 0.7 (delta -0.1; 40 and 40 rows)"))))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting no slice to get worse by more than:%n"
                        + "  0.05%n"
                        + "from run %s to run %s, but 1 of the 6 slice metrics compared did:%n"
                        + "  a = 1, accuracy: 0.8 to 0.7 (delta -0.1; 40 and 40 rows)", BASE, RUN));
    }

    @Test
    void shouldHaveSliceDeltas() {
        assertThat(create(ShouldHaveSliceDeltas.shouldHaveSliceDeltas(BASE, RUN, null)))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting the comparison of run %s with run %s to compare slices, but it has no slice both"
                        + " runs define the same way", RUN, BASE));
        assertThat(create(ShouldHaveSliceDeltas.shouldHaveSliceDeltas(BASE, RUN, "key_feature")))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting the comparison of run %s with run %s to compare slices in family key_feature, but"
                        + " it has no slice both runs define the same way in that family", RUN, BASE));
    }

    @Test
    void shouldBeReadable() {
        assertThat(create(ShouldBeReadable.shouldBeReadable("an eval folder", Path.of("/tmp/x/eval"),
                "it does not exist")))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting an eval folder at:%n"
                        + "  /tmp/x/eval%n"
                        + "but it does not exist"));
    }

    @Test
    void shouldHoldFile() {
        assertThat(create(ShouldHoldFile.shouldHoldFile(RUN, "slices.json")))
                .isEqualTo(String.format("[Test] %n"
                        + "Expecting the eval result of run %s to hold slices.json, but it has none", RUN));
    }

    private static FailureExample example(String id, String rule, String mode) {
        return new FailureExample(id, rule, "good", "bad", 0.9, "wrong", mode, Map.of(), null);
    }
}
