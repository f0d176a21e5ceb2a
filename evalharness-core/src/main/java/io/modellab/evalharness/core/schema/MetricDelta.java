package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/**
 * A metric's difference from a reference (slice minus overall, candidate minus baseline).
 *
 * @param name the metric's name
 * @param delta the difference, {@code null} when either side is undefined
 */
public record MetricDelta(
        @JsonProperty("name") @NotBlank String name,
        @JsonProperty("delta") @Finite Double delta) {
}
