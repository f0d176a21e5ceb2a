package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Counts of a numeric column's values in consecutive bins: bin {@code i} holds values from {@code edges[i]}
 * (inclusive) to {@code edges[i + 1]} (exclusive; the last bin includes its upper edge).
 *
 * @param edges the bin edges, ascending, one more than the counts
 * @param counts values per bin
 * @param exact whether the counts are exact; otherwise they come from the bounded quantile sketch and each is
 *     within the sketch's rank error
 */
public record Histogram(
        @JsonProperty("edges") @NotEmpty List<@NotNull @Finite Double> edges,
        @JsonProperty("counts") @NotEmpty List<@NotNull @PositiveOrZero Long> counts,
        @JsonProperty("exact") @NotNull Boolean exact) {

    /** Copies the lists. */
    public Histogram {
        edges = Lists.copyOf(edges);
        counts = Lists.copyOf(counts);
    }
}
