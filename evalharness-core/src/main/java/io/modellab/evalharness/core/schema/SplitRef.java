package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Which split a run used: two runs with the same digest scored the same rows.
 *
 * @param strategy how the split was made, e.g. {@code stratified 70/30 seed 42}
 * @param digest SHA-256 of the row keys of each part, in order
 */
public record SplitRef(
        @JsonProperty("strategy") @NotBlank String strategy,
        @JsonProperty("digest") @NotNull @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be 64 lowercase hex digits") String digest) {
}
