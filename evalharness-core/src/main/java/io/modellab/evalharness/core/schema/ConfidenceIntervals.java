package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * confidence_intervals.json: bootstrap intervals of the headline metrics, with how they were made.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param runId the evaluated run
 * @param method how rows were resampled and intervals read off, e.g. {@code percentile_bootstrap} or
 *     {@code bca_bootstrap}; where intervals differ, each interval's own method says which it is
 * @param confidenceLevel e.g. 0.95
 * @param resamples the number of bootstrap resamples drawn
 * @param seed the seed of the resampling
 * @param intervals one interval per headline metric
 */
public record ConfidenceIntervals(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("run_id") @NotBlank String runId,
        @JsonProperty("method") @NotBlank String method,
        @JsonProperty("confidence_level") @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double confidenceLevel,
        @JsonProperty("resamples") @NotNull @Positive Integer resamples,
        @JsonProperty("seed") @NotNull Long seed,
        @JsonProperty("intervals") @NotNull List<@NotNull @Valid ConfidenceInterval> intervals) {

    /** Copies the list. */
    public ConfidenceIntervals {
        intervals = Lists.copyOf(intervals);
    }
}
