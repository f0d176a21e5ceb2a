package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * pack.json, the manifest at the root of a repro pack: what the run was, what it needs to run again, and what was
 * left out or redacted on the way.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param project the run's project
 * @param runId the packed run
 * @param model the model's name
 * @param seed the run's seed
 * @param codeVersion the commit and dirty flag the run was made with
 * @param dataset the dataset version and its checksum
 * @param datasetIncluded whether the dataset file travels in the pack (at {@code project/<dataset source>})
 * @param environment the Java, OS and library versions the run recorded
 * @param libraries Maven coordinates of the libraries the run used, e.g. {@code io.modellab:modellab-tracker:0.1.0}
 * @param environmentVariables the allow-listed environment variables, as found when packing
 * @param commands install, dataset retrieval, run and evaluate commands, by name
 * @param redactions config keys whose values were redacted, with the reason
 * @param files every file of the pack but this manifest, with its SHA-256
 */
public record ReproPackManifest(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("project") @NotBlank String project,
        @JsonProperty("run_id") @NotBlank String runId,
        @JsonProperty("model") @NotBlank String model,
        @JsonProperty("seed") @NotNull Long seed,
        @JsonProperty("code_version") @NotNull @Valid CodeVersion codeVersion,
        @JsonProperty("dataset") @NotNull @Valid DatasetRef dataset,
        @JsonProperty("dataset_included") @NotNull Boolean datasetIncluded,
        @JsonProperty("environment") @NotNull @Valid RunEnvironment environment,
        @JsonProperty("libraries") @NotNull List<@NotBlank String> libraries,
        @JsonProperty("environment_variables") @NotNull Map<String, String> environmentVariables,
        @JsonProperty("commands") @NotNull Map<String, String> commands,
        @JsonProperty("redactions") @NotNull List<@NotNull @Valid Redaction> redactions,
        @JsonProperty("files") @NotNull Map<String, String> files) {

    /** Copies the lists and maps. */
    public ReproPackManifest {
        libraries = Lists.copyOf(libraries);
        redactions = Lists.copyOf(redactions);
        commands = commands == null ? null : Collections.unmodifiableMap(new TreeMap<>(commands));
        files = files == null ? null : Collections.unmodifiableMap(new TreeMap<>(files));
        environmentVariables = environmentVariables == null ? null
                : Collections.unmodifiableMap(new TreeMap<>(environmentVariables));
    }

    /**
     * A value that did not travel.
     *
     * @param where the file and key, e.g. {@code run.json config.db.password}
     * @param reason why it looked like a credential
     */
    public record Redaction(
            @JsonProperty("where") @NotBlank String where,
            @JsonProperty("reason") @NotBlank String reason) {
    }
}
