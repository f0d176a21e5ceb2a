package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * How the target's labels are balanced: exact counts of every label.
 *
 * @param target the target column
 * @param labels every label with its count, most frequent first (ties by label)
 * @param missing rows without a label
 */
public record LabelBalance(
        @JsonProperty("target") @NotBlank String target,
        @JsonProperty("labels") @NotEmpty List<@NotNull @Valid ValueCount> labels,
        @JsonProperty("missing") @NotNull @PositiveOrZero Long missing) {

    /** Copies the list. */
    public LabelBalance {
        labels = Lists.copyOf(labels);
    }
}
