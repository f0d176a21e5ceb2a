package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The code a run came from.
 *
 * @param commit the full git commit hash (40 hex digits)
 * @param dirty whether the working tree had uncommitted changes, so the commit alone does not reproduce it
 */
public record CodeVersion(
        @JsonProperty("commit") @NotNull @Pattern(regexp = "^[0-9a-f]{40}$", message = "must be a 40-digit git commit hash") String commit,
        @JsonProperty("dirty") @NotNull Boolean dirty) {
}
