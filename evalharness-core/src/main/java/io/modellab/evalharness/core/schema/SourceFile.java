package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * One CSV file of a dataset version.
 *
 * @param path where the file is, relative to the project folder it was ingested from (never absolute)
 * @param sha256 the SHA-256 of its bytes
 * @param bytes its size
 * @param rows its data rows (the header and blank lines are not counted)
 */
public record SourceFile(
        @JsonProperty("path") @NotBlank @Pattern(regexp = "^(?![A-Za-z]:)[^/\\\\].*$", message = "must be a relative path") String path,
        @JsonProperty("sha256") @NotNull @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be 64 lowercase hex digits") String sha256,
        @JsonProperty("bytes") @NotNull @PositiveOrZero Long bytes,
        @JsonProperty("rows") @NotNull @PositiveOrZero Long rows) {
}
