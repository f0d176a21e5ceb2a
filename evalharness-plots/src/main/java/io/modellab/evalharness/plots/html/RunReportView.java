package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.MetricDirection;
import java.util.List;

/**
 * What the run report shows, every number already formatted: the template only places and escapes strings.
 *
 * @param header who, what and with which data and code
 * @param headline the headline metrics with their intervals and the baseline's value
 * @param intervalMethod how the intervals were made, e.g. "percentile_bootstrap, 1000 resamples, seed 42, 95 %"
 * @param checks the rules' verdicts (baseline first, leakage)
 * @param plots the eval folder's plots, inlined
 * @param sliceMetric the metric the slices are sorted by (worst first: lowest, or highest where lower is better)
 * @param minSliceSize slices smaller than this are flagged
 * @param slices the slices, worst first
 * @param failureGroups failure examples grouped by failure mode (or by the rule that picked them when untagged)
 * @param metrics every metric of metrics.json
 * @param perClass per-class metrics
 * @param takeaway the five sentences
 * @param repro repro.md, shown as text
 * @param config the run's configuration from run.json, nested keys joined with dots
 * @param stress the degradation table, or {@code null} when the eval has no stress.json
 */
public record RunReportView(Header header, List<Headline> headline, String intervalMethod, List<Check> checks,
                            List<Image> plots, String sliceMetric, String minSliceSize, List<SliceRow> slices,
                            List<FailureGroup> failureGroups, List<Metric> metrics, List<ClassRow> perClass,
                            List<String> takeaway, String repro, List<Setting> config, Stress stress) {

    /** How the slices are ordered, worst first: "lowest first", or "highest first" for an error such as RMSE. */
    public String sliceOrder() {
        return MetricDirection.of(sliceMetric) == MetricDirection.LOWER_IS_BETTER ? "highest first" : "lowest first";
    }

    /**
     * The stress section.
     *
     * @param method how the intervals were made, e.g. "percentile_bootstrap (paired difference), 1,000 resamples,
     *     seed 42, 95 % level"
     * @param metrics the metrics of every row, in column order
     * @param corruptions what each corruption does
     * @param rows the clean row, then every corruption at every severity above 0
     * @param importanceMetric the metric permutation importance is measured with
     * @param importance per column, largest first
     * @param plots the degradation plots, inlined
     */
    public record Stress(String method, List<String> metrics, List<Setting> corruptions, List<StressRow> rows,
                         String importanceMetric, List<Importance> importance, List<Image> plots) {
    }

    /** One row of the degradation table; {@code cells} follow {@link Stress#metrics()}. */
    public record StressRow(String corruption, String severity, String rows, String touched, List<StressCell> cells) {
    }

    /** One metric under one corruption: its value, the difference from clean and the interval of that difference. */
    public record StressCell(String value, String delta, String interval) {
    }

    /** One column's permutation importance with its interval. */
    public record Importance(String column, String importance, String interval) {
    }

    /** The page header; {@code modelCardHref} links the run's model card page, or is {@code null} without one. */
    public record Header(String project, String runId, String model, String role, String status, String statusReason,
                         String task, String dataset, String datasetVersion, String datasetSha256, String datasetSource,
                         String commit, boolean dirty, String seed, String testRows, String baselineRunId,
                         String baselineHref, String modelCardHref) {
    }

    /** One headline metric: value, interval, baseline value and the difference. */
    public record Headline(String name, String value, String interval, String baseline, String delta) {
    }

    /** One rule's verdict; {@code status} is PASS, FAIL, WARN, SKIPPED, OK or a baseline-check status. */
    public record Check(String rule, String status, boolean failed, String message) {
    }

    /** An inlined plot. */
    public record Image(String title, String dataUri, String fileName) {
    }

    /** One slice. */
    public record SliceRow(String name, String definition, String size, boolean small, String value, String delta,
                           double sortKey) {
    }

    /** Failure examples that share a failure mode. */
    public record FailureGroup(String tag, String description, List<FailureRow> examples) {
    }

    /** One failure example. */
    public record FailureRow(String id, String groundTruth, String prediction, String confidence, String why,
                             String features, String sourceRow) {
    }

    /** One metric of metrics.json; {@code note} says why a null value is undefined, or how it was averaged. */
    public record Metric(String name, String value, String note) {
    }

    /** One configuration value. */
    public record Setting(String key, String value) {
    }

    /** Per-class metrics. */
    public record ClassRow(String label, String support, String precision, String recall, String f1,
                           String specificity) {
    }
}
