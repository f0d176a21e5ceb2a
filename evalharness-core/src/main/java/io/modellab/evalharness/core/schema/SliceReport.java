package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * slices.json: metrics on subsets of the evaluated rows, each with its definition, size and delta from overall.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param runId the evaluated run
 * @param minSampleSize slices smaller than this are flagged {@code below_min_size}
 * @param overall the metrics on all rows, the reference of every delta
 * @param slices the slices, worst first by the report's worst-slice rule (small slices too, flagged)
 * @param headlineMetric the metric each slice's interval is of and the worst slice is judged by, {@code null} in
 *     reports written before slice intervals
 * @param worstSlice the name of the worst slice, {@code null} when no slice qualifies
 * @param worstRule how the worst slice was chosen, in words
 * @param keyFeature the feature whose buckets are the key-feature slices, {@code null} for none
 * @param keyFeatureRule how the key feature was chosen (named by the user, or the documented rule and its score)
 * @param confidenceLevel the level of the slice intervals
 * @param resamples bootstrap resamples per slice interval
 * @param seed the seed of the slice intervals
 */
public record SliceReport(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("run_id") @NotBlank String runId,
        @JsonProperty("min_sample_size") @NotNull @Positive Integer minSampleSize,
        @JsonProperty("overall") @NotNull List<@NotNull @Valid MetricValue> overall,
        @JsonProperty("slices") @NotNull List<@NotNull @Valid SliceResult> slices,
        @JsonProperty("headline_metric") @Size(min = 1) String headlineMetric,
        @JsonProperty("worst_slice") @Size(min = 1) String worstSlice,
        @JsonProperty("worst_rule") @Size(min = 1) String worstRule,
        @JsonProperty("key_feature") @Size(min = 1) String keyFeature,
        @JsonProperty("key_feature_rule") @Size(min = 1) String keyFeatureRule,
        @JsonProperty("confidence_level") @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double confidenceLevel,
        @JsonProperty("resamples") @Positive Integer resamples,
        @JsonProperty("seed") Long seed) {

    /** Copies the lists. */
    public SliceReport {
        overall = Lists.copyOf(overall);
        slices = Lists.copyOf(slices);
    }

    /** A report without worst-slice rule, key feature and interval settings (the form before slice intervals). */
    public SliceReport(String schemaVersion, String runId, Integer minSampleSize, List<MetricValue> overall,
                       List<SliceResult> slices) {
        this(schemaVersion, runId, minSampleSize, overall, slices, null, null, null, null, null, null, null, null);
    }
}
