package io.modellab.assertj;

import static io.modellab.assertj.ModelLabAssertions.assertThat;
import static io.modellab.assertj.ModelLabAssertions.assertThatEvalFolder;
import static io.modellab.assertj.SyntheticProject.BASELINE;
import static io.modellab.assertj.SyntheticProject.IMPROVED;
import static io.modellab.assertj.SyntheticProject.LEAKY;
import static io.modellab.assertj.SyntheticProject.OTHER_DATA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules, the slices and the failure examples of one evaluation, on disk and in memory. */
class EvalAssertTest {

    static SyntheticProject project;

    @BeforeAll
    static void writeTheProject() {
        project = SyntheticProject.shared();
    }

    @Test
    void aRunWhoseLeakageRulesPassedHasNoLeakage() {
        assertThatEvalFolder(project.evalDir(IMPROVED)).hasNoLeakage();
        assertThat(project.eval(IMPROVED), project.leakage(IMPROVED)).hasNoLeakage();
    }

    @Test
    void aRunWithTestRowsInTrainFailsNamingTheRuleAndWhatItFound() {
        String expected = String.format("%nExpecting run %s to have no leakage, but 1 of its 4 leakage rules failed:%n"
                + "  split_disjoint: 10 held-out rows are also in train by key [r400, r401, r402, r403, r404]", LEAKY);

        assertThatThrownBy(() -> assertThatEvalFolder(project.evalDir(LEAKY)).hasNoLeakage()).hasMessage(expected);
        assertThatThrownBy(() -> assertThat(project.eval(LEAKY), project.leakage(LEAKY)).hasNoLeakage())
                .hasMessage(expected);
    }

    @Test
    void aRunFolderWithoutLeakageJsonIsNotTakenAsClean() {
        assertThatThrownBy(() -> assertThatEvalFolder(project.evalDir(OTHER_DATA)).hasNoLeakage())
                .hasMessage(String.format("%nExpecting run %s to have no leakage, but there is no leakage report to"
                        + " show it: its run folder %s has no leakage.json: run the leakage rules"
                        + " (RunRules.checkLeakage) before evaluating", OTHER_DATA, project.runDir(OTHER_DATA)));
    }

    @Test
    void anEvalResultInMemoryNeedsItsLeakageReportPassedIn() {
        assertThatThrownBy(() -> assertThat(project.eval(IMPROVED)).hasNoLeakage())
                .hasMessage(String.format("%nExpecting run %s to have no leakage, but there is no leakage report to"
                        + " show it: an eval result in memory carries no leakage report: pass its run's report with"
                        + " assertThat(eval, leakage), or assert on the eval folder on disk with"
                        + " assertThatEvalFolder(path), which reads leakage.json from its run folder", IMPROVED));
        assertThatThrownBy(() -> assertThat(project.eval(IMPROVED), null).hasNoLeakage())
                .hasMessage(String.format("%nExpecting run %s to have no leakage, but there is no leakage report to"
                        + " show it: the leakage report given is null", IMPROVED));
    }

    @Test
    void anImprovedRunWithAnOkBaselineCheckAndABaselinePassBaselineFirst() {
        assertThatEvalFolder(project.evalDir(IMPROVED)).passesBaselineFirst();
        assertThatEvalFolder(project.evalDir(BASELINE)).passesBaselineFirst();
    }

    @Test
    void anImprovedRunOnAnotherSplitThanItsBaselineFailsBaselineFirst() {
        EvalSummary summary = project.eval(LEAKY).summary();

        assertThatThrownBy(() -> assertThatEvalFolder(project.evalDir(LEAKY)).passesBaselineFirst())
                .hasMessage(String.format("%nExpecting improved run %s to pass the baseline-first rule, but the"
                        + " baseline check in its eval_summary.json is OTHER_SPLIT:%n  %s", LEAKY,
                        summary.baselineCheck().message()));
    }

    @Test
    void anImprovedRunWithoutABaselineCheckFailsBaselineFirst() {
        EvalFolder eval = project.eval(IMPROVED);
        EvalSummary s = eval.summary();
        EvalSummary unchecked = new EvalSummary(s.schemaVersion(), s.project(), s.runId(), s.task(), s.model(),
                s.role(), s.dataset(), s.codeVersion(), s.seed(), s.testRows(), s.positiveLabel(), s.headline(),
                s.baselineRunId(), null, s.files(), s.keyPlots());

        assertThatThrownBy(() -> assertThat(withSummary(eval, unchecked)).passesBaselineFirst())
                .hasMessage(String.format("%nExpecting improved run %s to pass the baseline-first rule, but its"
                        + " eval_summary.json has no baseline check: resolve its baseline (RunRules.resolveBaseline)"
                        + " before evaluating", IMPROVED));
    }

    @Test
    void everySliceOfAtLeastTheMinimumSizeMeetingTheBoundPasses() {
        double lowest = project.eval(IMPROVED).slices().slices().stream().filter(s -> !s.belowMinSize())
                .mapToDouble(s -> value(s, "accuracy")).min().orElseThrow();

        assertThatEvalFolder(project.evalDir(IMPROVED)).everySlice().hasMetricAtLeast("accuracy", lowest);
    }

    @Test
    void aSliceBelowTheBoundFailsAndTheSkippedSmallSlicesAreCounted() {
        SliceResult south = slice(project.eval(IMPROVED).slices(), "region = south");

        assertThatThrownBy(() -> assertThatEvalFolder(project.evalDir(IMPROVED)).everySlice().inFamily("key_feature")
                .hasMetricAtLeast("recall", 0.5))
                .hasMessage(String.format("[slices of run %s] %n"
                        + "Expecting every slice of run %s in family key_feature of at least 30 rows to have recall"
                        + " at least:%n"
                        + "  0.5%n"
                        + "but 1 of the 2 slices checked did not:%n"
                        + "  region = south (180 rows): %s%n"
                        + "(2 slices below the minimum size of 30 rows were not checked: includingSmallSlices() checks"
                        + " them)", IMPROVED, IMPROVED, value(south, "recall")));
    }

    @Test
    void smallSlicesAreCheckedWhenAsked() {
        SliceReport slices = project.eval(IMPROVED).slices();
        double bound = 0.999;
        String below = slices.slices().stream().filter(s -> "key_feature".equals(s.family()))
                .filter(s -> value(s, "accuracy") < bound)
                .map(s -> "  " + s.name() + " (" + s.sampleSize() + " rows): " + value(s, "accuracy"))
                .collect(Collectors.joining(System.lineSeparator()));

        assertThatThrownBy(() -> assertThatEvalFolder(project.evalDir(IMPROVED)).everySlice().inFamily("key_feature")
                .includingSmallSlices().hasMetricAtLeast("accuracy", bound))
                .hasMessage(String.format("[slices of run %s] %n"
                        + "Expecting every slice of run %s in family key_feature, small ones included, to have accuracy"
                        + " at least:%n"
                        + "  0.999%n"
                        + "but 4 of the 4 slices checked did not:%n"
                        + "%s", IMPROVED, IMPROVED, below));
    }

    @Test
    void anEmptySliceNeverMeetsABoundAndSaysItIsEmpty() {
        SliceReport slices = project.eval(IMPROVED).slices();
        SliceResult empty = slices.slices().stream().filter(s -> s.sampleSize() == 0).findFirst().orElseThrow();

        assertThatThrownBy(() -> assertThatEvalFolder(project.evalDir(IMPROVED)).everySlice().inFamily(empty.family())
                .includingSmallSlices().hasMetricAtLeast("accuracy", 0.0))
                .hasMessageContaining("  " + empty.name() + " (0 rows): empty slice");
    }

    @Test
    void aFamilyTheSlicesDoNotHaveFailsNamingThoseTheyHave() {
        assertThatThrownBy(() -> assertThatEvalFolder(project.evalDir(IMPROVED)).everySlice().inFamily("keyfeature"))
                .hasMessage(String.format("[slices of run %s] %n"
                        + "Expecting run %s to have slices in family keyfeature, but its slices.json has only:%n"
                        + "  actual_class, confidence_decile, key_feature, missingness", IMPROVED, IMPROVED));
    }

    @Test
    void aClaimAboutEverySliceThatChecksNoneFails() {
        EvalFolder eval = project.eval(IMPROVED);
        SliceReport s = eval.slices();
        SliceReport allSmall = new SliceReport(s.schemaVersion(), s.runId(), s.minSampleSize(), s.overall(),
                s.slices().stream().map(r -> new SliceResult(r.name(), r.definition(), r.sampleSize(), true,
                        r.metrics(), r.deltaFromOverall())).toList());
        EvalFolder smallSlicesOnly = withSlices(eval, allSmall);

        assertThatThrownBy(() -> assertThat(smallSlicesOnly).everySlice().hasMetricAtLeast("accuracy", 0.1))
                .hasMessage(String.format("[slices of run %s] %n"
                        + "Expecting run %s to have a slice of at least 30 rows, but its %s slices are all smaller"
                        + " (includingSmallSlices() checks small slices too)", IMPROVED, IMPROVED, s.slices().size()));
        assertThat(withSlices(eval, new SliceReport(s.schemaVersion(), s.runId(), s.minSampleSize(), s.overall(),
                allSmall.slices().stream().filter(r -> r.sampleSize() > 0).toList())))
                .everySlice().includingSmallSlices().hasMetricAtLeast("accuracy", 0.1);
    }

    @Test
    void aMisspeltSliceMetricFailsNamingTheMetricsTheSlicesReport() {
        assertThatThrownBy(() -> assertThatEvalFolder(project.evalDir(IMPROVED)).everySlice()
                .hasMetricAtLeast("recal", 0.5))
                .hasMessage(String.format("[slices of run %s] %n"
                        + "Expecting the slices of run %s to report metric \"recal\", but it reports only:%n"
                        + "  accuracy, roc_auc, f1, precision, recall", IMPROVED, IMPROVED));
    }

    @Test
    void theWorstSliceIsTheOneSlicesJsonNamesAndItsMessageGivesTheSlicesInterval() {
        SliceReport slices = project.eval(IMPROVED).slices();
        SliceResult worst = slice(slices, slices.worstSlice());
        double overall = MetricValue.valueOf(slices.overall(), "accuracy");
        ConfidenceInterval ci = worst.interval();

        assertThatEvalFolder(project.evalDir(IMPROVED)).worstSlice().hasMetricAtLeast("accuracy", 0.6)
                .satisfies(s -> assertThat(s.name()).isEqualTo("actual = yes"));
        assertThatThrownBy(() -> assertThatEvalFolder(project.evalDir(IMPROVED)).worstSlice()
                .hasMetricAtLeast("accuracy", 0.9))
                .hasMessage(String.format("[metric accuracy of slice actual = yes of run %s] %n"
                        + "Expecting accuracy of slice actual = yes of run %s:%n"
                        + "  %s%n"
                        + "to be at least:%n"
                        + "  0.9%n"
                        + "accuracy: %s on 133 rows, overall %s, %s confidence interval %s (%s, %s)",
                        IMPROVED, IMPROVED, value(worst, "accuracy"), value(worst, "accuracy"), overall,
                        Texts.percent(slices.confidenceLevel()), Texts.interval(ci.lower(), ci.upper()), ci.method(),
                        Texts.count(ci.resamplesUsed(), "resample", "resamples")));
    }

    @Test
    void noWorstSliceFailsSayingWhy() {
        EvalFolder eval = project.eval(IMPROVED);
        SliceReport s = eval.slices();

        assertThatThrownBy(() -> assertThat(withSlices(eval, new SliceReport(s.schemaVersion(), s.runId(),
                s.minSampleSize(), s.overall(), List.of()))).worstSlice())
                .hasMessage(String.format("%nExpecting run %s to have a worst slice of at least 30 rows, but its"
                        + " slices.json has no slice", IMPROVED));
    }

    @Test
    void theHarnessTagsEveryExampleAndAnUntaggedOneIsNamedByIdAndRule() {
        EvalFolder eval = project.eval(IMPROVED);
        FailureExamples f = eval.failureExamples();
        FailureExample first = f.examples().get(0);
        List<FailureExample> oneUntagged = new ArrayList<>(f.examples());
        oneUntagged.set(0, first.withFailureMode(null, null));

        assertThatEvalFolder(project.evalDir(IMPROVED)).failureExamples().allTagged();
        assertThatThrownBy(() -> assertThat(withFailures(eval, new FailureExamples(f.schemaVersion(), f.runId(),
                f.rules(), oneUntagged))).failureExamples().allTagged())
                .hasMessage(String.format("[failure examples of run %s] %n"
                        + "Expecting every failure example of run %s to carry a failure-mode tag, but 1 of its %s"
                        + " examples are untagged:%n"
                        + "  %s (%s)", IMPROVED, IMPROVED, f.examples().size(), first.exampleId(), first.rule()));
    }

    @Test
    void taggedFailureExamplesPass() {
        EvalFolder eval = project.eval(IMPROVED);
        FailureExamples f = eval.failureExamples();
        FailureExamples tagged = new FailureExamples(f.schemaVersion(), f.runId(), f.rules(), f.examples().stream()
                .map(e -> new FailureExample(e.exampleId(), e.rule(), e.prediction(), e.groundTruth(), e.confidence(),
                        e.why(), "model_representation", e.features(), e.sourceRow())).toList());

        assertThat(withFailures(eval, tagged)).failureExamples().allTagged();
        assertThat(withFailures(eval, new FailureExamples(f.schemaVersion(), f.runId(), f.rules(), List.of())))
                .failureExamples().allTagged();
    }

    @Test
    void anEvalResultMissingAnItemSaysWhichOne() {
        EvalFolder eval = project.eval(IMPROVED);

        assertThatThrownBy(() -> assertThat(withSlices(eval, null)).everySlice())
                .hasMessage(String.format("%nExpecting the eval result of run %s to hold slices.json, but it has none",
                        IMPROVED));
    }

    static double value(SliceResult slice, String metric) {
        return MetricValue.valueOf(slice.metrics(), metric);
    }

    static SliceResult slice(SliceReport slices, String name) {
        return slices.slices().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    static EvalFolder withSummary(EvalFolder e, EvalSummary summary) {
        return new EvalFolder(summary, e.metrics(), e.confidenceIntervals(), e.slices(), e.failureExamples(),
                e.takeaway(), e.plots(), e.repro(), e.predictions());
    }

    static EvalFolder withSlices(EvalFolder e, SliceReport slices) {
        return new EvalFolder(e.summary(), e.metrics(), e.confidenceIntervals(), slices, e.failureExamples(),
                e.takeaway(), e.plots(), e.repro(), e.predictions());
    }

    static EvalFolder withFailures(EvalFolder e, FailureExamples failures) {
        return new EvalFolder(e.summary(), e.metrics(), e.confidenceIntervals(), e.slices(), failures, e.takeaway(),
                e.plots(), e.repro(), e.predictions());
    }
}
