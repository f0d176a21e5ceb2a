package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * run.json: one run's metadata. A run without dataset version, seed and code version is invalid, so all
 * three are required.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param runId the run's id
 * @param project the project
 * @param model the model's name
 * @param role baseline or improved
 * @param status RUNNING, DONE or FAILED
 * @param statusReason why the run FAILED, {@code null} otherwise
 * @param seed the seed
 * @param codeVersion the commit
 * @param dataset the dataset version
 * @param config the run's configuration, keys sorted
 * @param timings start and end
 * @param environment where it ran
 */
public record RunRecord(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("run_id") @NotBlank String runId,
        @JsonProperty("project") @NotBlank String project,
        @JsonProperty("model") @NotBlank String model,
        @JsonProperty("role") @NotNull ModelRole role,
        @JsonProperty("status") @NotNull RunStatus status,
        @JsonProperty("status_reason") String statusReason,
        @JsonProperty("seed") @NotNull Long seed,
        @JsonProperty("code_version") @NotNull @Valid CodeVersion codeVersion,
        @JsonProperty("dataset") @NotNull @Valid DatasetRef dataset,
        @JsonProperty("config") @NotNull Map<String, Object> config,
        @JsonProperty("timings") @NotNull @Valid RunTimings timings,
        @JsonProperty("environment") @NotNull @Valid RunEnvironment environment) {

    /** Copies the config into key order. */
    public RunRecord {
        config = config == null ? null : Collections.unmodifiableMap(new TreeMap<>(config));
    }

    /** This record with another status, reason and timings. */
    public RunRecord finish(RunStatus newStatus, String reason, RunTimings newTimings) {
        return new RunRecord(schemaVersion, runId, project, model, role, newStatus, reason, seed, codeVersion,
                dataset, config, newTimings, environment);
    }
}
