package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * slices.json: metrics on subsets of the evaluated rows, each with its definition, size and delta from overall.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param runId the evaluated run
 * @param minSampleSize slices smaller than this are flagged {@code below_min_size}
 * @param overall the metrics on all rows, the reference of every delta
 * @param slices the slices, worst first by the report's ranking metric
 */
public record SliceReport(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("run_id") @NotBlank String runId,
        @JsonProperty("min_sample_size") @NotNull @Positive Integer minSampleSize,
        @JsonProperty("overall") @NotNull List<@NotNull @Valid MetricValue> overall,
        @JsonProperty("slices") @NotNull List<@NotNull @Valid SliceResult> slices) {

    /** Copies the lists. */
    public SliceReport {
        overall = Lists.copyOf(overall);
        slices = Lists.copyOf(slices);
    }
}
