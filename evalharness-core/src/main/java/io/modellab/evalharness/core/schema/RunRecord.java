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
 * three are required, and so is its split.
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
 * @param split the split the run trained and evaluated on
 * @param baselineRunId for an improved run, the baseline run it claims to improve on; {@code null} for a baseline
 * @param baselineCheck for an improved run, whether that claim holds (the baseline-first rule); {@code null} for a
 *     baseline or before the check ran
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
        @JsonProperty("split") @NotNull @Valid SplitRef split,
        @JsonProperty("baseline_run_id") String baselineRunId,
        @JsonProperty("baseline_check") @Valid BaselineCheck baselineCheck,
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
                dataset, split, baselineRunId, baselineCheck, config, newTimings, environment);
    }

    /** This record with the outcome of the baseline-first check. */
    public RunRecord withBaselineCheck(BaselineCheck check) {
        return new RunRecord(schemaVersion, runId, project, model, role, status, statusReason, seed, codeVersion,
                dataset, split, baselineRunId, check, config, timings, environment);
    }
}
