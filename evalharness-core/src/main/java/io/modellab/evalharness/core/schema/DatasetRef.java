package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Which dataset version a run used.
 *
 * @param name the dataset's name
 * @param version the version id, derived from the checksum so that the same bytes always get the same version
 * @param sha256 the SHA-256 of the file's bytes, 64 lowercase hex digits
 * @param source where the file is, relative to the project that ran (never an absolute path)
 * @param rows number of data rows in the file
 */
public record DatasetRef(
        @JsonProperty("name") @NotBlank String name,
        @JsonProperty("version") @NotBlank String version,
        @JsonProperty("sha256") @NotNull @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be 64 lowercase hex digits") String sha256,
        @JsonProperty("source") @NotBlank @Pattern(regexp = "^(?![A-Za-z]:)[^/\\\\].*$", message = "must be a relative path") String source,
        @JsonProperty("rows") @NotNull @PositiveOrZero Long rows) {
}
