package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * One file of a finished run, as it was when the run became DONE: a reader that finds the file missing or of
 * another size knows the run folder is incomplete.
 *
 * @param path the file's path relative to the run folder, {@code /}-separated (e.g. {@code eval/metrics.json})
 * @param bytes its size
 * @param sha256 the SHA-256 of its bytes, 64 lowercase hex digits
 */
public record RunArtifact(
        @JsonProperty("path") @NotBlank String path,
        @JsonProperty("bytes") @NotNull @PositiveOrZero Long bytes,
        @JsonProperty("sha256") @NotNull @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be 64 lowercase hex digits") String sha256) {
}
