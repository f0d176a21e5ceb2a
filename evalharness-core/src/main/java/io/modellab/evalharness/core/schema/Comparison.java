package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * compare.json: what changed from one run (the reference, usually the baseline) to another (the candidate), and how
 * sure we are (spec 4.7).
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param project the project of both runs
 * @param reference the run compared against
 * @param candidate the run compared
 * @param significance whether intervals of the differences could be claimed, and how they were made
 * @param metricDeltas candidate minus reference, for every metric both report
 * @param sliceDeltas candidate minus reference per slice both define the same way
 * @param failures rows that became wrong, became right, or stayed wrong
 * @param failureModes failure examples per failure-mode tag, before and after
 * @param configChanges configuration keys added, removed or changed (nested keys joined with dots)
 * @param dataset the two runs' dataset versions and splits
 * @param artifactChanges eval-folder files added, removed or changed, by content hash
 * @param answers the six answers of spec 4.7.2, one sentence each
 */
public record Comparison(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("project") @NotBlank String project,
        @JsonProperty("reference") @NotNull @Valid RunSide reference,
        @JsonProperty("candidate") @NotNull @Valid RunSide candidate,
        @JsonProperty("significance") @NotNull @Valid Significance significance,
        @JsonProperty("metric_deltas") @NotNull List<@NotNull @Valid Delta> metricDeltas,
        @JsonProperty("slice_deltas") @NotNull List<@NotNull @Valid SliceDelta> sliceDeltas,
        @JsonProperty("failures") @NotNull @Valid FailureDiff failures,
        @JsonProperty("failure_modes") @NotNull List<@NotNull @Valid ModeCount> failureModes,
        @JsonProperty("config_changes") @NotNull List<@NotNull @Valid Change> configChanges,
        @JsonProperty("dataset") @NotNull @Valid DatasetDiff dataset,
        @JsonProperty("artifact_changes") @NotNull List<@NotNull @Valid Change> artifactChanges,
        @JsonProperty("answers") @NotNull @Valid Answers answers) {

    /** Copies the lists. */
    public Comparison {
        metricDeltas = Lists.copyOf(metricDeltas);
        sliceDeltas = Lists.copyOf(sliceDeltas);
        failureModes = Lists.copyOf(failureModes);
        configChanges = Lists.copyOf(configChanges);
        artifactChanges = Lists.copyOf(artifactChanges);
    }

    /**
     * One side of the comparison.
     *
     * @param runId the run
     * @param model the model's name
     * @param role baseline or improved
     * @param baselineRunId the run's own baseline, shown beside it (baseline first), or null
     * @param plots the run's plot files, relative to its eval folder
     */
    public record RunSide(
            @JsonProperty("run_id") @NotBlank String runId,
            @JsonProperty("model") @NotBlank String model,
            @JsonProperty("role") @NotNull ModelRole role,
            @JsonProperty("baseline_run_id") String baselineRunId,
            @JsonProperty("plots") @NotNull List<@NotBlank String> plots) {
        /** Copies the list. */
        public RunSide {
            plots = Lists.copyOf(plots);
        }
    }

    /**
     * Whether the differences get intervals.
     *
     * @param claimed true when both runs scored the same rows of the same dataset version and split
     * @param reason why not, or how: e.g. "paired bootstrap on 300 rows both runs scored"
     * @param method e.g. {@code paired_percentile_bootstrap}, or null when not claimed
     * @param pairedRows rows both runs scored, matched by row id
     * @param resamples bootstrap resamples
     * @param seed the bootstrap's seed
     * @param confidenceLevel e.g. 0.95
     */
    public record Significance(
            @JsonProperty("claimed") @NotNull Boolean claimed,
            @JsonProperty("reason") @NotBlank String reason,
            @JsonProperty("method") String method,
            @JsonProperty("paired_rows") @NotNull @PositiveOrZero Integer pairedRows,
            @JsonProperty("resamples") @NotNull @Positive Integer resamples,
            @JsonProperty("seed") @NotNull Long seed,
            @JsonProperty("confidence_level") @NotNull Double confidenceLevel) {
    }

    /**
     * A metric's difference, candidate minus reference.
     *
     * @param name the metric
     * @param reference its value in the reference run (null when undefined)
     * @param candidate its value in the candidate run
     * @param delta candidate minus reference
     * @param ciLower lower end of the paired bootstrap interval of the difference, or null when not computed
     * @param ciUpper upper end
     * @param verdict {@code better}, {@code worse} (the interval excludes 0), {@code no_clear_change} (it includes 0)
     *     or {@code not_tested} (no interval)
     */
    public record Delta(
            @JsonProperty("name") @NotBlank String name,
            @JsonProperty("reference") @Finite Double reference,
            @JsonProperty("candidate") @Finite Double candidate,
            @JsonProperty("delta") @Finite Double delta,
            @JsonProperty("ci_lower") @Finite Double ciLower,
            @JsonProperty("ci_upper") @Finite Double ciUpper,
            @JsonProperty("verdict") @NotBlank String verdict) {
    }

    /**
     * One slice defined the same way in both runs.
     *
     * @param name the slice
     * @param metric the metric compared
     * @param referenceSize rows of the slice in the reference run
     * @param candidateSize rows in the candidate run
     * @param reference the metric in the reference run
     * @param candidate the metric in the candidate run
     * @param delta candidate minus reference
     * @param family the slice's family in slices.json (e.g. {@code key_feature}), {@code null} when it names none
     */
    public record SliceDelta(
            @JsonProperty("name") @NotBlank String name,
            @JsonProperty("metric") @NotBlank String metric,
            @JsonProperty("reference_size") @NotNull @PositiveOrZero Long referenceSize,
            @JsonProperty("candidate_size") @NotNull @PositiveOrZero Long candidateSize,
            @JsonProperty("reference") @Finite Double reference,
            @JsonProperty("candidate") @Finite Double candidate,
            @JsonProperty("delta") @Finite Double delta,
            @JsonProperty("family") String family) {

        /** A slice delta without a family. */
        public SliceDelta(String name, String metric, Long referenceSize, Long candidateSize, Double reference,
                          Double candidate, Double delta) {
            this(name, metric, referenceSize, candidateSize, reference, candidate, delta, null);
        }
    }

    /**
     * Row-level failures on the paired rows.
     *
     * @param newlyWrong rows the candidate gets wrong and the reference got right
     * @param fixed rows the candidate gets right and the reference got wrong
     * @param stillWrong rows both get wrong
     * @param newlyWrongIds up to {@value #EXAMPLE_IDS} of the newly wrong rows, most confident first
     * @param fixedIds up to {@value #EXAMPLE_IDS} of the fixed rows, most confident first
     */
    public record FailureDiff(
            @JsonProperty("newly_wrong") @NotNull @PositiveOrZero Integer newlyWrong,
            @JsonProperty("fixed") @NotNull @PositiveOrZero Integer fixed,
            @JsonProperty("still_wrong") @NotNull @PositiveOrZero Integer stillWrong,
            @JsonProperty("newly_wrong_ids") @NotNull List<@NotBlank String> newlyWrongIds,
            @JsonProperty("fixed_ids") @NotNull List<@NotBlank String> fixedIds) {

        /** At most this many example ids are listed per kind. */
        public static final int EXAMPLE_IDS = 20;

        /** Copies the lists. */
        public FailureDiff {
            newlyWrongIds = Lists.copyOf(newlyWrongIds);
            fixedIds = Lists.copyOf(fixedIds);
        }
    }

    /**
     * Failure examples carrying one failure-mode tag ({@code untagged} when none), in each run.
     */
    public record ModeCount(
            @JsonProperty("mode") @NotBlank String mode,
            @JsonProperty("reference") @NotNull @PositiveOrZero Integer reference,
            @JsonProperty("candidate") @NotNull @PositiveOrZero Integer candidate) {
    }

    /**
     * A key or file that was added, removed or changed.
     *
     * @param key the config key (dotted) or the file's path in the eval folder
     * @param change {@code added}, {@code removed} or {@code changed}
     * @param reference the value (or SHA-256) before, null when added
     * @param candidate the value (or SHA-256) after, null when removed
     */
    public record Change(
            @JsonProperty("key") @NotBlank String key,
            @JsonProperty("change") @NotBlank @Pattern(regexp = "added|removed|changed") String change,
            @JsonProperty("reference") String reference,
            @JsonProperty("candidate") String candidate) {
    }

    /**
     * The dataset side.
     *
     * @param same true when both runs used the same dataset version and the same split
     * @param reference the reference run's dataset
     * @param candidate the candidate run's dataset
     * @param referenceSplit the reference run's split
     * @param candidateSplit the candidate run's split
     * @param schemaChanges columns added, removed or retyped (types as reference and candidate values) from the
     *     reference's dataset version to the candidate's; empty for one version, null when either version's
     *     dataset.json is not in the project
     */
    public record DatasetDiff(
            @JsonProperty("same") @NotNull Boolean same,
            @JsonProperty("reference") @NotNull @Valid DatasetRef reference,
            @JsonProperty("candidate") @NotNull @Valid DatasetRef candidate,
            @JsonProperty("reference_split") @NotNull @Valid SplitRef referenceSplit,
            @JsonProperty("candidate_split") @NotNull @Valid SplitRef candidateSplit,
            @JsonProperty("schema_changes") List<@NotNull @Valid Change> schemaChanges) {
        /** Copies the list. */
        public DatasetDiff {
            schemaChanges = Lists.copyOf(schemaChanges);
        }
    }

    /** The six answers of spec 4.7.2, generated from the numbers above. */
    public record Answers(
            @JsonProperty("what_improved") @NotBlank String whatImproved,
            @JsonProperty("what_got_worse") @NotBlank String whatGotWorse,
            @JsonProperty("slices_shifted") @NotBlank String slicesShifted,
            @JsonProperty("new_failures") @NotBlank String newFailures,
            @JsonProperty("config_changed") @NotBlank String configChanged,
            @JsonProperty("how_confident") @NotBlank String howConfident) {
    }
}
