package io.modellab.assertj;

import static io.modellab.assertj.error.ShouldHaveSlicesToCheck.shouldHaveWorstSlice;
import static io.modellab.assertj.error.ShouldHoldFile.shouldHoldFile;
import static io.modellab.assertj.error.ShouldReportMetric.shouldReportMetric;

import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceResult;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one evaluation: an {@link EvalFolder} in memory or an eval folder read from disk.
 *
 * <pre>{@code
 * EvalAssert eval = assertThatEvalFolder(evalDir);
 * eval.hasNoLeakage().passesBaselineFirst();
 * eval.metric("roc_auc").isAtLeast(0.75);
 * eval.metric("roc_auc").lowerBound().isAtLeast(0.70);
 * eval.everySlice().hasMetricAtLeast("accuracy", 0.6);
 * eval.worstSlice().hasMetricAtLeast("accuracy", 0.6);
 * eval.failureExamples().allTagged();
 * }</pre>
 *
 * <p>{@link #hasNoLeakage()} reads the run's leakage.json, which lives beside the eval folder in the run folder: an
 * eval folder read from disk finds it there, an eval result in memory needs it passed in.
 */
public class EvalAssert extends AbstractAssert<EvalAssert, EvalFolder> {

    private final LeakageEvidence leakage;

    EvalAssert(EvalFolder actual, LeakageEvidence leakage) {
        super(actual, EvalAssert.class);
        this.leakage = leakage;
    }

    /**
     * One metric of the run's metrics.json, with its interval from confidence_intervals.json when it has one.
     *
     * @param name the metric, e.g. {@code roc_auc}
     * @return an assert on its value, labelled "metric roc_auc of run ..."
     * @throws AssertionError when the run does not report the metric, naming those it does
     */
    @CheckReturnValue
    public MetricAssert metric(String name) {
        String runId = runId();
        if (actual.metrics() == null) {
            throw assertionError(shouldHoldFile(runId, EvalFiles.STANDARD.metrics()));
        }
        MetricValue metric = actual.metrics().metrics().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> assertionError(shouldReportMetric("run " + runId, name,
                        Texts.names(actual.metrics().metrics()))));
        MetricReading reading = reading(metric, "run " + runId);
        return MetricAssert.on(reading, info, null);
    }

    /**
     * Verifies that the run's leakage report (leakage.json in its run folder) shows no failed rule. Warnings, such as
     * a likely target proxy, do not fail it.
     *
     * @return this assert
     * @throws AssertionError naming every failed rule and what it found, or saying that there is no report
     */
    public EvalAssert hasNoLeakage() {
        String runId = runId();
        leakage.problem(runId).ifPresent(problem -> {
            throw assertionError(problem);
        });
        return myself;
    }

    /**
     * Verifies that the run may claim an improvement over its baseline: eval_summary.json's baseline check is OK. A
     * baseline run passes, being first.
     *
     * @return this assert
     * @throws AssertionError with the check's status and message, or when an improved run has no check
     */
    public EvalAssert passesBaselineFirst() {
        String runId = runId();
        BaselineFirstVerdict.problem(runId, actual.summary().role(), actual.summary().baselineCheck(),
                EvalFolderWriter.SUMMARY).ifPresent(problem -> {
                    throw assertionError(problem);
                });
        return myself;
    }

    /**
     * The run's slices (slices.json), for claims about every one of them. Only slices of at least the minimum size
     * are checked unless {@link SlicesAssert#includingSmallSlices()} is called: a small slice's numbers are noise.
     *
     * @return an assert on the slices
     */
    @CheckReturnValue
    public SlicesAssert everySlice() {
        SliceReport slices = slices();
        return Texts.labelled(new SlicesAssert(slices), info, null, "slices of run " + slices.runId());
    }

    /**
     * The worst slice: the one slices.json names as worst (by its size-aware rule), or, in a file that names none, the
     * first (slices.json lists them worst first) that is not below the minimum size; the one whose errors
     * failure_examples.json shows.
     *
     * @return an assert on that slice, labelled "worst slice ... of run ..."
     * @throws AssertionError when no slice reaches the minimum size
     */
    @CheckReturnValue
    public SliceAssert worstSlice() {
        SliceReport slices = slices();
        SliceResult worst = slices.slices().stream()
                .filter(s -> slices.worstSlice() == null ? !s.belowMinSize() : s.name().equals(slices.worstSlice()))
                .findFirst().orElseThrow(() -> assertionError(shouldHaveWorstSlice(slices)));
        String label = "worst slice " + worst.name() + " of run " + slices.runId();
        return Texts.labelled(new SliceAssert(worst, slices.runId(), slices.overall(), slices.confidenceLevel(), label), info, null, label);
    }

    /**
     * The run's failure examples (failure_examples.json).
     *
     * @return an assert on them
     */
    @CheckReturnValue
    public FailureExamplesAssert failureExamples() {
        String runId = runId();
        if (actual.failureExamples() == null) {
            throw assertionError(shouldHoldFile(runId, EvalFiles.STANDARD.failureExamples()));
        }
        return Texts.labelled(new FailureExamplesAssert(actual.failureExamples()), info, null,
                "failure examples of run " + runId);
    }

    private SliceReport slices() {
        String runId = runId();
        if (actual.slices() == null) {
            throw assertionError(shouldHoldFile(runId, EvalFiles.STANDARD.slices()));
        }
        return actual.slices();
    }

    /** The metric with its interval from confidence_intervals.json, or why it has none. */
    private MetricReading reading(MetricValue metric, String owner) {
        ConfidenceIntervals file = actual.confidenceIntervals();
        String interval = EvalFiles.STANDARD.confidenceIntervals();
        if (file == null) {
            return new MetricReading(metric.name(), owner, metric.value(), metric.note(), "", null,
                    "the eval result holds no " + interval);
        }
        return file.intervals().stream().filter(ci -> ci.metric().equals(metric.name())).findFirst()
                .map(ci -> new MetricReading(metric.name(), owner, metric.value(), metric.note(), "",
                        Interval.of(ci, file), null))
                .orElseGet(() -> new MetricReading(metric.name(), owner, metric.value(), metric.note(), "", null,
                        interval + " has intervals only for "
                                + file.intervals().stream().map(ConfidenceInterval::metric).toList()));
    }

    private String runId() {
        isNotNull();
        if (actual.summary() == null) {
            throw assertionError(shouldHoldFile("(unknown)", EvalFolderWriter.SUMMARY));
        }
        return actual.summary().runId();
    }
}
