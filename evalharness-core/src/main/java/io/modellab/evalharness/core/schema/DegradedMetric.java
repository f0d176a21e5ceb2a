package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/**
 * One metric under one corruption: its clean value, its corrupted value, the difference and a paired bootstrap
 * interval of that difference (clean and corrupted predictions resampled on the same rows).
 *
 * @param name the metric's name, e.g. {@code roc_auc}
 * @param clean the metric on the clean rows, {@code null} when undefined
 * @param value the metric on the corrupted rows, {@code null} when undefined
 * @param delta {@code value - clean}: negative when the corruption hurts a higher-is-better metric; {@code null} when
 *     either side is undefined
 * @param ciLower the lower end of the paired bootstrap interval of {@code delta}, {@code null} without an interval
 * @param ciUpper the upper end of that interval, {@code null} without an interval
 */
public record DegradedMetric(
        @JsonProperty("name") @NotBlank String name,
        @JsonProperty("clean") @Finite Double clean,
        @JsonProperty("value") @Finite Double value,
        @JsonProperty("delta") @Finite Double delta,
        @JsonProperty("ci_lower") @Finite Double ciLower,
        @JsonProperty("ci_upper") @Finite Double ciUpper) {
}
