package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A corruption of a stress test, as data.
 *
 * @param name the name degradation rows refer to, e.g. {@code shuffle_column[checking_status]}
 * @param kind what it does: {@code missing_values}, {@code label_noise}, {@code shuffle_column},
 *     {@code gaussian_noise}, {@code category_swap} or {@code distribution_shift}
 * @param columns the feature columns it corrupts (for a shift, the column of the held-out segment); empty for label
 *     noise
 * @param description what severity means for it, in words
 */
public record StressCorruption(
        @JsonProperty("name") @NotBlank String name,
        @JsonProperty("kind") @NotBlank String kind,
        @JsonProperty("columns") @NotNull List<@NotBlank String> columns,
        @JsonProperty("description") @NotBlank String description) {

    /** Copies the list. */
    public StressCorruption {
        columns = Lists.copyOf(columns);
    }
}
