package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Counts of rows by actual class (rows) and predicted class (columns), both in {@code labels} order.
 *
 * @param labels the class labels
 * @param counts {@code counts.get(actual).get(predicted)}
 */
public record ConfusionMatrix(
        @JsonProperty("labels") @NotEmpty List<@NotNull String> labels,
        @JsonProperty("counts") @NotEmpty List<@NotNull List<@NotNull @PositiveOrZero Long>> counts) {

    /** Copies the lists. */
    public ConfusionMatrix {
        labels = Lists.copyOf(labels);
        counts = counts == null ? null : counts.stream().map(Lists::copyOf).toList();
    }
}
