package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/**
 * Pointers from eval_summary.json to the other items of the eval folder, relative to that folder.
 *
 * @param metrics metrics.json
 * @param confidenceIntervals confidence_intervals.json
 * @param slices slices.json
 * @param failureExamples failure_examples.json
 * @param takeaway takeaway.txt
 * @param plots the plots folder
 * @param repro repro.md
 * @param predictions predictions.json
 */
public record EvalFiles(
        @JsonProperty("metrics") @NotBlank String metrics,
        @JsonProperty("confidence_intervals") @NotBlank String confidenceIntervals,
        @JsonProperty("slices") @NotBlank String slices,
        @JsonProperty("failure_examples") @NotBlank String failureExamples,
        @JsonProperty("takeaway") @NotBlank String takeaway,
        @JsonProperty("plots") @NotBlank String plots,
        @JsonProperty("repro") @NotBlank String repro,
        @JsonProperty("predictions") @NotBlank String predictions) {

    /** The names the eval-folder writer uses. */
    public static final EvalFiles STANDARD = new EvalFiles("metrics.json", "confidence_intervals.json",
            "slices.json", "failure_examples.json", "takeaway.txt", "plots/", "repro.md", "predictions.json");
}
