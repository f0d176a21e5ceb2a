package io.modellab.maven;

import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.CompareFolder;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.Comparison;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.tracker.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The gates of one run, read from its files: baseline first, the metric thresholds, and significant improvements
 * over its baseline (the paired interval of the difference, from the comparison with the baseline, excludes 0).
 *
 * @param artifactsRoot where the runs are
 * @param project the project
 * @param gates the thresholds
 * @param significantImprovement metrics whose improvement over the baseline must be significant
 */
record GateCheck(Path artifactsRoot, String project, List<MetricGate> gates, List<String> significantImprovement) {

    /**
     * Every broken rule and missed gate of the run, one line each, empty when all hold.
     *
     * @throws IllegalArgumentException when a gate names a metric the run does not report
     */
    List<String> violations(String runId) {
        List<String> out = new ArrayList<>();
        RunRecord run = new RunStore(artifactsRoot).load(project, runId);
        BaselineCheck check = run.baselineCheck();
        if (check != null && !check.ok()) {
            out.add("[modellab] rule baseline_first broken by run " + runId + ": " + check.status() + " - "
                    + check.message());
        }
        Path eval = EvalFolderWriter.evalDir(artifactsRoot, project, runId);
        EvalSummary summary = ArtifactReader.read(eval.resolve(EvalFolderWriter.SUMMARY), EvalSummary.class);
        MetricsReport metrics = ArtifactReader.read(eval.resolve(summary.files().metrics()), MetricsReport.class);
        for (MetricGate gate : gates) {
            gate.check(summary, metrics).ifPresent(why ->
                    out.add("[modellab] gate \"" + gate.text() + "\" missed by run " + runId + ": " + why));
        }
        for (String metric : significantImprovement) {
            String gate = "[modellab] gate \"significant improvement in " + metric + "\" missed by run " + runId + ": ";
            if (run.baselineRunId() == null || check == null || !check.ok()) {
                out.add(gate + "it has no DONE baseline to improve on");
                continue;
            }
            Path file = CompareFolder.dir(artifactsRoot, project, run.baselineRunId(), runId)
                    .resolve(CompareFolder.COMPARISON);
            if (!Files.exists(file)) {
                out.add(gate + "no comparison with baseline " + run.baselineRunId() + " at " + file);
                continue;
            }
            Comparison c = ArtifactReader.read(file, Comparison.class);
            Comparison.Delta d = c.metricDeltas().stream().filter(x -> x.name().equals(metric)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("significantImprovement names " + metric
                            + ", which the comparison of run " + runId + " with its baseline does not report"));
            if (d.ciLower() == null) {
                out.add(gate + metric + " " + signed(d.delta()) + " over baseline " + run.baselineRunId()
                        + " has no paired interval: " + c.significance().reason());
            } else if (!d.verdict().equals("better")) {
                out.add(gate + metric + " " + signed(d.delta()) + " over baseline " + run.baselineRunId() + ", paired "
                        + percent(c.significance().confidenceLevel()) + " interval [" + signed(d.ciLower()) + ", "
                        + signed(d.ciUpper()) + "] " + (d.verdict().equals("worse") ? "is below 0" : "includes 0"));
            }
        }
        return out;
    }

    private static String signed(Double value) {
        return value == null ? "undefined" : String.format(Locale.ROOT, "%+.3f", value);
    }

    private static String percent(double level) {
        return new java.math.BigDecimal(Double.toString(level * 100)).stripTrailingZeros().toPlainString() + "%";
    }
}
