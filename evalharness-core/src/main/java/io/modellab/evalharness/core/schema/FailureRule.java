package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A rule that selected failure examples.
 *
 * @param name the rule's id, used in each example's {@code rule}
 * @param description what the rule picks and in which order
 * @param limit at most this many examples
 * @param matched how many rows matched the rule before the limit was applied
 */
public record FailureRule(
        @JsonProperty("name") @NotBlank String name,
        @JsonProperty("description") @NotBlank String description,
        @JsonProperty("limit") @NotNull @PositiveOrZero Integer limit,
        @JsonProperty("matched") @NotNull @PositiveOrZero Long matched) {
}
