package io.modellab.tracker.card;

import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.LeakageCheck;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.TestPredictions;
import io.modellab.evalharness.core.schema.modelcard.QualityWarning;
import io.modellab.evalharness.core.schema.modelcard.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The card's {@code model_quality.warnings}, most severe first, each from a number or a rule's verdict of the run:
 *
 * <ul>
 *   <li>{@code LEAKAGE_SUSPECTED} (HIGH): a leakage rule that warned, e.g. a single feature that separates the
 *       label almost perfectly;</li>
 *   <li>{@code BASELINE_NOT_VALID} (HIGH): an improved run whose baseline-first check did not pass;</li>
 *   <li>{@code SMALL_TEST_SET}: fewer than {@value #TINY_CLASS} test rows of a label (HIGH), or fewer than
 *       {@value #SMALL_CLASS} of a label or {@value #SMALL_ROWS} rows in all (MODERATE): the intervals are wide;</li>
 *   <li>{@code NOT_BETTER_THAN_BASELINE} (MODERATE): an improved run whose ROC-AUC interval reaches down to the
 *       baseline's ROC-AUC;</li>
 *   <li>{@code CONSTANT_SCORES}: every test row has the same score, so the model ranks nothing (LOW for a baseline,
 *       which is expected to, MODERATE otherwise);</li>
 *   <li>{@code UNDEFINED_METRIC} (MODERATE): metrics that are undefined on the test rows, with why;</li>
 *   <li>{@code CLASS_IMBALANCE}: the smaller label is under {@value #RARE_SHARE} of the training rows (MODERATE) or
 *       under {@value #UNCOMMON_SHARE} (LOW);</li>
 *   <li>{@code UNCOMMITTED_CODE} (LOW): the run came from a working tree with uncommitted changes.</li>
 * </ul>
 */
final class QualityWarnings {

    static final int TINY_CLASS = 10;
    static final int SMALL_CLASS = 30;
    static final int SMALL_ROWS = 100;
    static final double RARE_SHARE = 0.10;
    static final double UNCOMMON_SHARE = 0.20;

    private QualityWarnings() {
    }

    /**
     * The warnings of a run.
     *
     * @param run the run's files
     * @param trainLabelCounts each label's number of training rows
     * @param rocAucLower the lower end of ROC-AUC's interval, {@code null} when undefined
     */
    static List<QualityWarning> of(RunEvidence run, Map<String, Integer> trainLabelCounts, Double rocAucLower) {
        List<QualityWarning> out = new ArrayList<>();
        if (run.leakage() != null) {
            for (LeakageCheck check : run.leakage().checks()) {
                if (check.status() == LeakageCheck.Status.WARN) {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("rule", check.rule());
                    details.putAll(check.evidence());
                    out.add(QualityWarning.of("LEAKAGE_SUSPECTED", Severity.HIGH, check.message(), details,
                            "Find out why this is so predictive before trusting any metric: a column derived from the"
                                    + " target, or recorded after the outcome, must be dropped."));
                }
            }
        }
        BaselineCheck baseline = run.summary().baselineCheck();
        boolean improved = run.summary().role() == ModelRole.IMPROVED;
        if (improved && baseline != null && baseline.status() != BaselineCheck.Status.OK) {
            out.add(QualityWarning.of("BASELINE_NOT_VALID", Severity.HIGH, baseline.message(),
                    Map.of("status", baseline.status().name()),
                    "Run a baseline on the same dataset version and split first; until then no improvement is shown."));
        }
        smallTestSet(run.predictions(), out);
        notBetterThanBaseline(run, rocAucLower, out);
        constantScores(run, out);
        undefinedMetrics(run.metrics().metrics(), out);
        classImbalance(trainLabelCounts, out);
        if (run.run().codeVersion().dirty()) {
            out.add(QualityWarning.of("UNCOMMITTED_CODE", Severity.LOW, "The run came from commit "
                    + run.run().codeVersion().commit() + " with uncommitted changes.", Map.of("commit",
                    run.run().codeVersion().commit()), "Commit the code and run again so that the commit reproduces"
                    + " the model."));
        }
        out.sort(Comparator.comparing(w -> w.level().orElseThrow()));
        return out;
    }

    private static void smallTestSet(TestPredictions p, List<QualityWarning> out) {
        Map<String, Integer> counts = counts(p.actual());
        int smallest = counts.size() < 2 ? 0 : counts.values().stream().min(Integer::compare).orElse(0);
        int rows = p.actual().size();
        Severity severity = smallest < TINY_CLASS ? Severity.HIGH
                : smallest < SMALL_CLASS || rows < SMALL_ROWS ? Severity.MODERATE : null;
        if (severity != null) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("test_rows", rows);
            details.put("rows_per_label", counts);
            out.add(QualityWarning.of("SMALL_TEST_SET", severity, String.format(Locale.ROOT,
                    "The test split has %d rows, %d of the rarer label: the metrics move a lot with a few rows.",
                    rows, smallest), details, "Read the intervals, not the point estimates; evaluate on more rows"
                    + " when you can."));
        }
    }

    private static void notBetterThanBaseline(RunEvidence run, Double rocAucLower, List<QualityWarning> out) {
        if (run.metrics().baseline() == null || rocAucLower == null) {
            return;
        }
        Double baseline = MetricValue.valueOf(run.metrics().baseline().metrics(), "roc_auc");
        if (baseline != null && rocAucLower <= baseline) {
            out.add(QualityWarning.of("NOT_BETTER_THAN_BASELINE", Severity.MODERATE, String.format(Locale.ROOT,
                    "The lower end of ROC-AUC's interval, %.3f, is not above the baseline's ROC-AUC, %.3f.",
                    rocAucLower, baseline), Map.of("baseline_run_id", run.metrics().baseline().runId(),
                    "baseline_roc_auc", baseline, "roc_auc_lower", rocAucLower),
                    "See the compare report's paired interval of the difference before claiming an improvement."));
        }
    }

    private static void constantScores(RunEvidence run, List<QualityWarning> out) {
        List<Double> scores = run.predictions().score();
        if (scores.isEmpty() || scores.stream().distinct().count() > 1) {
            return;
        }
        boolean baseline = run.summary().role() == ModelRole.BASELINE;
        out.add(QualityWarning.of("CONSTANT_SCORES", baseline ? Severity.LOW : Severity.MODERATE, String.format(
                Locale.ROOT, "Every test row gets the same score, %s: the model ranks nothing, so its ROC-AUC is 0.5 by"
                        + " construction.", scores.get(0)), Map.of("score", scores.get(0)), baseline
                ? "Expected of a baseline: it is the floor a candidate must beat."
                : "Check that the model learned anything: it gives every row the same answer."));
    }

    private static void undefinedMetrics(List<MetricValue> metrics, List<QualityWarning> out) {
        Map<String, Object> undefined = new LinkedHashMap<>();
        for (MetricValue m : metrics) {
            if (m.value() == null) {
                undefined.put(m.name(), m.note());
            }
        }
        if (!undefined.isEmpty()) {
            out.add(QualityWarning.of("UNDEFINED_METRIC", Severity.MODERATE, "Undefined on the test rows: "
                    + String.join(", ", undefined.keySet()) + ".", undefined,
                    "Judge the model by the metrics that are defined; the details say why each one is not."));
        }
    }

    private static void classImbalance(Map<String, Integer> labels, List<QualityWarning> out) {
        int total = labels.values().stream().mapToInt(Integer::intValue).sum();
        if (labels.size() < 2 || total == 0) {
            return;
        }
        Map.Entry<String, Integer> rarest = labels.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
        double share = rarest.getValue() / (double) total;
        Severity severity = share < RARE_SHARE ? Severity.MODERATE : share < UNCOMMON_SHARE ? Severity.LOW : null;
        if (severity != null) {
            out.add(QualityWarning.of("CLASS_IMBALANCE", severity, String.format(Locale.ROOT,
                    "Label %s is %.1f%% of the training rows (%d of %d).", rarest.getKey(), share * 100,
                    rarest.getValue(), total), Map.of("train_distribution", labels),
                    "Accuracy flatters a model that ignores the rare label: read recall, F1 and average precision."));
        }
    }

    private static Map<String, Integer> counts(List<String> labels) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        labels.forEach(l -> counts.merge(l, 1, Integer::sum));
        return counts;
    }
}
