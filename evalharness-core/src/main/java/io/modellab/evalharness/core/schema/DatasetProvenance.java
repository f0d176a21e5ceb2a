package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Where a dataset version came from, and who or what made it. The timestamp lives here and nowhere else in
 * dataset.json, so the same bytes and options give the same file but for {@code ingested_at}.
 *
 * @param kind a single CSV file, or a folder of CSV files
 * @param source the file or folder, relative to the project folder it was ingested from (never absolute)
 * @param ingestedBy who or what ingested it, e.g. a user name or {@code CreditGDemo}
 * @param tool the library that wrote it, e.g. {@code modellab 0.1.0}
 * @param ingestedAt when, an ISO-8601 UTC instant
 */
public record DatasetProvenance(
        @JsonProperty("kind") @NotNull Kind kind,
        @JsonProperty("source") @NotBlank @Pattern(regexp = "^(?![A-Za-z]:)[^/\\\\].*$", message = "must be a relative path") String source,
        @JsonProperty("ingested_by") @NotBlank String ingestedBy,
        @JsonProperty("tool") @NotBlank String tool,
        @JsonProperty("ingested_at") @NotBlank String ingestedAt) {

    /** What the source is. */
    public enum Kind {
        /** One CSV file: the version's checksum is the file's SHA-256. */
        @JsonProperty("file") FILE,
        /**
         * The CSV files directly in a folder, in name order: the version's checksum is the SHA-256 of the manifest,
         * one line {@code <sha256>  <file name>\n} per file, which is what
         * {@code (cd <folder> && LC_ALL=C sha256sum *.csv | sha256sum)} prints.
         */
        @JsonProperty("folder") FOLDER
    }
}
