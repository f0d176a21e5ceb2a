package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * run.json: one run's metadata. A run without dataset version, seed and code version is invalid, so all
 * three are required, and so is its split.
 *
 * <p>Files written before {@code kind}, {@code tags}, {@code owner} and {@code artifacts} existed still read: a
 * missing kind is {@link RunKind#TRAIN} (every run then trained its model), missing tags are none, and a missing
 * owner or artifact list is {@code null}.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param runId the run's id
 * @param project the project
 * @param model the model's name
 * @param role baseline or improved
 * @param kind train or eval
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
 * @param tags free labels to find runs by, sorted and without duplicates; each is 1-64 letters, digits, {@code .},
 *     {@code _}, {@code -}, {@code :} or {@code =}
 * @param timings start and end
 * @param environment where it ran
 * @param owner the process that writes the run while it is RUNNING, so a reader can tell a crashed run (whose
 *     process is gone) from a live one; {@code null} when unknown
 * @param artifacts every file of the run folder (besides run.json) as it was when the run became DONE, by path;
 *     {@code null} while the run is RUNNING or FAILED, or when the run was not finished through a run handle
 */
public record RunRecord(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("run_id") @NotBlank String runId,
        @JsonProperty("project") @NotBlank String project,
        @JsonProperty("model") @NotBlank String model,
        @JsonProperty("role") @NotNull ModelRole role,
        @JsonProperty("kind") @NotNull RunKind kind,
        @JsonProperty("status") @NotNull RunStatus status,
        @JsonProperty("status_reason") String statusReason,
        @JsonProperty("seed") @NotNull Long seed,
        @JsonProperty("code_version") @NotNull @Valid CodeVersion codeVersion,
        @JsonProperty("dataset") @NotNull @Valid DatasetRef dataset,
        @JsonProperty("split") @NotNull @Valid SplitRef split,
        @JsonProperty("baseline_run_id") String baselineRunId,
        @JsonProperty("baseline_check") @Valid BaselineCheck baselineCheck,
        @JsonProperty("config") @NotNull Map<String, Object> config,
        @JsonProperty("tags") @NotNull List<@NotNull @Pattern(regexp = TAG_PATTERN, message = "must be 1-64 letters, digits, '.', '_', '-', ':' or '='") String> tags,
        @JsonProperty("timings") @NotNull @Valid RunTimings timings,
        @JsonProperty("environment") @NotNull @Valid RunEnvironment environment,
        @JsonProperty("owner") @Valid RunOwner owner,
        @JsonProperty("artifacts") List<@NotNull @Valid RunArtifact> artifacts) {

    /** What a tag may be. */
    public static final String TAG_PATTERN = "^[A-Za-z0-9._:=-]{1,64}$";

    /** Copies the config into key order and the tags into order without duplicates; fills in what old files lack. */
    public RunRecord {
        kind = kind == null ? RunKind.TRAIN : kind;
        config = config == null ? null : Collections.unmodifiableMap(new TreeMap<>(config));
        // TreeSet refuses null, so a null tag is kept for validation to name.
        tags = tags == null ? List.of()
                : tags.stream().anyMatch(java.util.Objects::isNull) ? Lists.copyOf(tags) : List.copyOf(new TreeSet<>(tags));
        artifacts = Lists.copyOf(artifacts);
    }

    /**
     * A train run with no tags, owner or artifact list: the record as it was before those fields existed, so code
     * written against it keeps compiling.
     */
    public RunRecord(String schemaVersion, String runId, String project, String model, ModelRole role,
                     RunStatus status, String statusReason, Long seed, CodeVersion codeVersion, DatasetRef dataset,
                     SplitRef split, String baselineRunId, BaselineCheck baselineCheck, Map<String, Object> config,
                     RunTimings timings, RunEnvironment environment) {
        this(schemaVersion, runId, project, model, role, RunKind.TRAIN, status, statusReason, seed, codeVersion,
                dataset, split, baselineRunId, baselineCheck, config, List.of(), timings, environment, null, null);
    }

    /** This record with another status, reason and timings. */
    public RunRecord finish(RunStatus newStatus, String reason, RunTimings newTimings) {
        return new RunRecord(schemaVersion, runId, project, model, role, kind, newStatus, reason, seed, codeVersion,
                dataset, split, baselineRunId, baselineCheck, config, tags, newTimings, environment, owner, artifacts);
    }

    /** This record with the outcome of the baseline-first check. */
    public RunRecord withBaselineCheck(BaselineCheck check) {
        return new RunRecord(schemaVersion, runId, project, model, role, kind, status, statusReason, seed, codeVersion,
                dataset, split, baselineRunId, check, config, tags, timings, environment, owner, artifacts);
    }

    /** This record with another config. */
    public RunRecord withConfig(Map<String, Object> newConfig) {
        return new RunRecord(schemaVersion, runId, project, model, role, kind, status, statusReason, seed, codeVersion,
                dataset, split, baselineRunId, baselineCheck, newConfig, tags, timings, environment, owner, artifacts);
    }

    /** This record with another kind. */
    public RunRecord withKind(RunKind newKind) {
        return new RunRecord(schemaVersion, runId, project, model, role, newKind, status, statusReason, seed,
                codeVersion, dataset, split, baselineRunId, baselineCheck, config, tags, timings, environment, owner,
                artifacts);
    }

    /** This record with these tags added to its own. */
    public RunRecord withTags(List<String> moreTags) {
        List<String> all = new ArrayList<>(tags);
        all.addAll(moreTags);
        return new RunRecord(schemaVersion, runId, project, model, role, kind, status, statusReason, seed, codeVersion,
                dataset, split, baselineRunId, baselineCheck, config, all, timings, environment, owner, artifacts);
    }

    /** This record with another owner. */
    public RunRecord withOwner(RunOwner newOwner) {
        return new RunRecord(schemaVersion, runId, project, model, role, kind, status, statusReason, seed, codeVersion,
                dataset, split, baselineRunId, baselineCheck, config, tags, timings, environment, newOwner, artifacts);
    }

    /** This record with the list of its files. */
    public RunRecord withArtifacts(List<RunArtifact> files) {
        return new RunRecord(schemaVersion, runId, project, model, role, kind, status, statusReason, seed, codeVersion,
                dataset, split, baselineRunId, baselineCheck, config, tags, timings, environment, owner, files);
    }
}
