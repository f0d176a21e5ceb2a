package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.Collection;
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

    /** The file-level method when the intervals were read off in different ways. */
    public static final String MIXED_METHOD = "mixed: see each interval's method";

    /** Copies the list. */
    public ConfidenceIntervals {
        intervals = Lists.copyOf(intervals);
    }

    /**
     * The file of {@code intervals}, under the one method they share: {@code methodWhenNone} when there are none,
     * {@link #MIXED_METHOD} when they differ.
     */
    public static ConfidenceIntervals of(String runId, String methodWhenNone, double confidenceLevel, int resamples,
                                         long seed, Collection<ConfidenceInterval> intervals) {
        List<String> methods = intervals.stream().map(ConfidenceInterval::method).distinct().toList();
        return new ConfidenceIntervals(SchemaVersion.CURRENT, runId,
                methods.isEmpty() ? methodWhenNone : methods.size() == 1 ? methods.get(0) : MIXED_METHOD,
                confidenceLevel, resamples, seed, List.copyOf(intervals));
    }
}
