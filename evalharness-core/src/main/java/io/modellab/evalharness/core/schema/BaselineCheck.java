package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Whether an improved run may claim an improvement over its baseline (the baseline-first rule).
 *
 * @param status the verdict
 * @param baselineRunId the baseline run the improved run names, {@code null} when it names none
 * @param message why, naming both runs
 */
public record BaselineCheck(
        @JsonProperty("status") @NotNull Status status,
        @JsonProperty("baseline_run_id") String baselineRunId,
        @JsonProperty("message") @NotBlank String message) {

    /** The verdicts. Only {@link #OK} lets a run claim an improvement. */
    public enum Status {
        /** The baseline exists, is DONE, is a baseline, and used the same dataset version and split. */
        @JsonProperty("OK") OK,
        /** The run names no baseline, the named run does not exist, or it has no evaluation to compare with. */
        @JsonProperty("MISSING") MISSING,
        /** The baseline run has not finished, or failed. */
        @JsonProperty("NOT_DONE") NOT_DONE,
        /** The named run is not a baseline. */
        @JsonProperty("NOT_A_BASELINE") NOT_A_BASELINE,
        /** The baseline used another dataset version. */
        @JsonProperty("OTHER_DATASET_VERSION") OTHER_DATASET_VERSION,
        /** The baseline used another split. */
        @JsonProperty("OTHER_SPLIT") OTHER_SPLIT
    }

    /** Whether the run may claim an improvement. */
    public boolean ok() {
        return status == Status.OK;
    }
}
