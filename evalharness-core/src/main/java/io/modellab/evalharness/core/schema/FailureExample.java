package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One example that shows what broke.
 *
 * @param exampleId the row's id in its dataset
 * @param rule the rule that selected it
 * @param prediction the predicted label (or value, or the top retrieved ids of a query)
 * @param groundTruth the actual label (or value, or the relevant ids)
 * @param confidence the model's probability for its predicted label, {@code null} where the task has none (a
 *     ranking's scores are not probabilities)
 * @param why why it counts as a failure, in words
 * @param failureMode a failure-mode taxonomy tag, one of {@link #FAILURE_MODES}, or {@code null} while untagged
 * @param features a bounded summary of the row's input features as read (missing cells are {@code null}, long
 *     values truncated)
 * @param sourceRow where to find the raw row, e.g. {@code datasets/credit-g.csv#row=17}
 * @param failureModeReason why the tag was given: the heuristic that matched, or the user's rule
 * @param featuresOmitted how many features the summary leaves out, {@code null} when none
 */
public record FailureExample(
        @JsonProperty("example_id") @NotBlank String exampleId,
        @JsonProperty("rule") @NotBlank String rule,
        @JsonProperty("prediction") @NotNull String prediction,
        @JsonProperty("ground_truth") @NotNull String groundTruth,
        @JsonProperty("confidence") @DecimalMin("0") @DecimalMax("1") Double confidence,
        @JsonProperty("why") @NotBlank String why,
        @JsonProperty("failure_mode") @Pattern(regexp = FAILURE_MODE_PATTERN, message = "must be one of the taxonomy's tags " + FAILURE_MODE_PATTERN) String failureMode,
        @JsonProperty("features") @NotNull Map<String, String> features,
        @JsonProperty("source_row") String sourceRow,
        @JsonProperty("failure_mode_reason") @Size(min = 1) String failureModeReason,
        @JsonProperty("features_omitted") @Positive Integer featuresOmitted) {

    /** The spec's failure-mode taxonomy (4.8), as tags: data, objective/metric, model/representation, optimization,
     * systems/infra, human/UX. */
    public static final List<String> FAILURE_MODES = List.of("data", "objective_metric", "model_representation",
            "optimization", "systems_infra", "human_ux");

    /** A pattern that accepts exactly the tags of {@link #FAILURE_MODES}. */
    public static final String FAILURE_MODE_PATTERN =
            "data|objective_metric|model_representation|optimization|systems_infra|human_ux";

    /** Copies the map, keeping any {@code null} cells. */
    public FailureExample {
        features = features == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(features));
    }

    /** An example without tag reason or omitted-feature count (the form before the taxonomy heuristics). */
    public FailureExample(String exampleId, String rule, String prediction, String groundTruth, Double confidence,
                          String why, String failureMode, Map<String, String> features, String sourceRow) {
        this(exampleId, rule, prediction, groundTruth, confidence, why, failureMode, features, sourceRow, null, null);
    }

    /** This example with a failure-mode tag and the reason for it. */
    public FailureExample withFailureMode(String mode, String reason) {
        return new FailureExample(exampleId, rule, prediction, groundTruth, confidence, why, mode, features, sourceRow,
                reason, featuresOmitted);
    }
}
