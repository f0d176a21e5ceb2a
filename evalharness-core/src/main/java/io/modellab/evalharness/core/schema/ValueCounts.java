package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * The most frequent values of a column, counted with a bounded counter.
 *
 * @param top the most frequent values, most frequent first (ties by value)
 * @param other present values not in {@code top}
 * @param distinct distinct present values; when {@code exact} is false, a lower bound (the counter's capacity
 *     plus one)
 * @param exact whether every count is exact: true while the column has at most {@code capacity} distinct
 *     values; beyond, counts are Misra-Gries lower bounds, each within rows / (capacity + 1) of the truth
 * @param capacity how many distinct values the counter holds
 */
public record ValueCounts(
        @JsonProperty("top") @NotNull List<@NotNull @Valid ValueCount> top,
        @JsonProperty("other") @NotNull @PositiveOrZero Long other,
        @JsonProperty("distinct") @NotNull @PositiveOrZero Long distinct,
        @JsonProperty("exact") @NotNull Boolean exact,
        @JsonProperty("capacity") @NotNull @Positive Integer capacity) {

    /** Copies the list. */
    public ValueCounts {
        top = Lists.copyOf(top);
    }
}
