package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One example that shows what broke.
 *
 * @param exampleId the row's id in its dataset
 * @param rule the rule that selected it
 * @param prediction the predicted label
 * @param groundTruth the actual label
 * @param confidence the model's probability for its predicted label; {@code null} where the task has none (a
 *     ranking's scores are not probabilities)
 * @param why why it counts as a failure, in words
 * @param failureMode a failure-mode taxonomy tag, or {@code null} while untagged
 * @param features the row's input features as read (missing cells are {@code null}), written sorted by column name
 * @param sourceRow where to find the raw row, e.g. {@code datasets/credit-g.csv#row=17}
 */
public record FailureExample(
        @JsonProperty("example_id") @NotBlank String exampleId,
        @JsonProperty("rule") @NotBlank String rule,
        @JsonProperty("prediction") @NotNull String prediction,
        @JsonProperty("ground_truth") @NotNull String groundTruth,
        @JsonProperty("confidence") @DecimalMin("0") @DecimalMax("1") Double confidence,
        @JsonProperty("why") @NotBlank String why,
        @JsonProperty("failure_mode") String failureMode,
        @JsonProperty("features") @NotNull Map<String, String> features,
        @JsonProperty("source_row") String sourceRow) {

    /** Copies the map, keeping any {@code null} cells. */
    public FailureExample {
        features = features == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(features));
    }
}
