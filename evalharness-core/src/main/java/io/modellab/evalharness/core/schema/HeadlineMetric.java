package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;

/**
 * A headline metric as eval_summary.json shows it: its value and, when computed, its bootstrap interval.
 *
 * @param name the metric's name
 * @param value the point estimate on all test rows, {@code null} when undefined
 * @param ciLower the lower end of its bootstrap interval (confidence_intervals.json says how it was read off),
 *     {@code null} when no interval was computed
 * @param ciUpper the upper end of its bootstrap interval, {@code null} when no interval was computed
 */
public record HeadlineMetric(
        @JsonProperty("name") @NotBlank String name,
        @JsonProperty("value") @Finite Double value,
        @JsonProperty("ci_lower") @Finite Double ciLower,
        @JsonProperty("ci_upper") @Finite Double ciUpper) {

    /** eval_summary.json's headline rows: each of {@code metrics} on all rows with its interval where it has one. */
    public static List<HeadlineMetric> of(List<String> metrics, List<MetricValue> overall,
                                          Map<String, ConfidenceInterval> intervals) {
        return metrics.stream().map(name -> {
            ConfidenceInterval ci = intervals.get(name);
            return new HeadlineMetric(name, MetricValue.valueOf(overall, name), ci == null ? null : ci.lower(),
                    ci == null ? null : ci.upper());
        }).toList();
    }
}
