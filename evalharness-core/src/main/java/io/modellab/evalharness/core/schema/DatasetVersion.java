package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * dataset.json: one immutable dataset version, at
 * {@code <artifacts-root>/<project>/datasets/<name>/<version>/dataset.json}. The version id is derived from the
 * checksum, so the same bytes always get the same version and changed bytes a new one.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param project the project it belongs to
 * @param name the dataset's name
 * @param version {@code sha256-} and the first 12 hex digits of {@code sha256}
 * @param sha256 the file's SHA-256, or for a folder the SHA-256 of its manifest (see {@link DatasetProvenance.Kind})
 * @param rows data rows over all files
 * @param target the target column, {@code null} when none was named
 * @param missingTokens cell values read as missing (an empty cell always is)
 * @param columns the schema snapshot, in header order
 * @param files the CSV files, in the order their rows are numbered
 * @param profile missingness, distributions, top values and label balance
 * @param split the split the version defines, {@code null} when none was asked for
 * @param provenance where it came from and who ingested it when
 * @param notes free text from whoever ingested it, {@code null} when none
 */
public record DatasetVersion(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("project") @NotBlank String project,
        @JsonProperty("name") @NotBlank String name,
        @JsonProperty("version") @NotNull @Pattern(regexp = "^sha256-[0-9a-f]{12}$", message = "must be sha256- and 12 lowercase hex digits") String version,
        @JsonProperty("sha256") @NotNull @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be 64 lowercase hex digits") String sha256,
        @JsonProperty("rows") @NotNull @PositiveOrZero Long rows,
        @JsonProperty("target") String target,
        @JsonProperty("missing_tokens") @NotNull List<@NotNull String> missingTokens,
        @JsonProperty("columns") @NotEmpty List<@NotNull @Valid ColumnSchema> columns,
        @JsonProperty("files") @NotEmpty List<@NotNull @Valid SourceFile> files,
        @JsonProperty("profile") @NotNull @Valid DatasetProfile profile,
        @JsonProperty("split") @Valid DatasetSplit split,
        @JsonProperty("provenance") @NotNull @Valid DatasetProvenance provenance,
        @JsonProperty("notes") String notes) {

    /** Copies the lists. */
    public DatasetVersion {
        missingTokens = Lists.copyOf(missingTokens);
        columns = Lists.copyOf(columns);
        files = Lists.copyOf(files);
    }

    /** What a run records of this version: name, version, checksum, source and rows. */
    public DatasetRef ref() {
        return new DatasetRef(name, version, sha256, provenance.source(), rows);
    }
}
