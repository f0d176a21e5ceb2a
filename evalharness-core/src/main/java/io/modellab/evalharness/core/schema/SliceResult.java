package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The metrics of one slice and how far they are from the overall ones.
 *
 * @param name a readable name, e.g. {@code checking_status = <0}
 * @param definition the rule that picks the slice's rows
 * @param sampleSize rows in the slice (64-bit: a distributed evaluation's slices can exceed 2^31 - 1 rows)
 * @param belowMinSize whether the slice is smaller than the report's minimum size (its numbers are noisy)
 * @param metrics the slice's metrics
 * @param deltaFromOverall slice metric minus overall metric, per metric
 * @param family the family the slice belongs to (its buckets were assigned in one pass, e.g.
 *     {@code confidence_decile}), {@code null} for a slice defined on its own
 * @param interval the bootstrap interval of the report's headline metric on the slice's rows, {@code null} when the
 *     slice is empty or the metric is undefined on it (or the report predates slice intervals)
 */
public record SliceResult(
        @JsonProperty("name") @NotBlank String name,
        @JsonProperty("definition") @NotNull @Valid SliceDefinition definition,
        @JsonProperty("sample_size") @NotNull @PositiveOrZero Long sampleSize,
        @JsonProperty("below_min_size") @NotNull Boolean belowMinSize,
        @JsonProperty("metrics") @NotNull List<@NotNull @Valid MetricValue> metrics,
        @JsonProperty("delta_from_overall") @NotNull List<@NotNull @Valid MetricDelta> deltaFromOverall,
        @JsonProperty("family") @Size(min = 1) String family,
        @JsonProperty("interval") @Valid ConfidenceInterval interval) {

    /** Copies the lists. */
    public SliceResult {
        metrics = Lists.copyOf(metrics);
        deltaFromOverall = Lists.copyOf(deltaFromOverall);
    }

    /** The same slice from a 32-bit row count, so that code written before 64-bit counts still compiles. */
    public SliceResult(String name, SliceDefinition definition, int sampleSize, Boolean belowMinSize,
                       List<MetricValue> metrics, List<MetricDelta> deltaFromOverall, String family,
                       ConfidenceInterval interval) {
        this(name, definition, (long) sampleSize, belowMinSize, metrics, deltaFromOverall, family, interval);
    }

    /** A slice without family and interval (the form slices.json had before them). */
    public SliceResult(String name, SliceDefinition definition, long sampleSize, Boolean belowMinSize,
                       List<MetricValue> metrics, List<MetricDelta> deltaFromOverall) {
        this(name, definition, sampleSize, belowMinSize, metrics, deltaFromOverall, null, null);
    }
}
