package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * predictions.json: every test row's id, actual label and score, in columns, so that compare mode can pair two runs'
 * rows by id and bootstrap the difference of their metrics on the rows both scored.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param runId the run that predicted
 * @param task the task
 * @param positiveLabel the label scored as positive
 * @param decisionThreshold a row is predicted positive when its score is at least this
 * @param rowIds the rows' ids (unique), as in the dataset's row keys
 * @param actual each row's actual label
 * @param score each row's predicted probability of the positive label, in [0, 1]
 */
public record TestPredictions(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("run_id") @NotBlank String runId,
        @JsonProperty("task") @NotNull Task task,
        @JsonProperty("positive_label") @NotBlank String positiveLabel,
        @JsonProperty("decision_threshold") @NotNull @DecimalMin("0") @DecimalMax("1") Double decisionThreshold,
        @JsonProperty("row_ids") @NotNull List<@NotBlank String> rowIds,
        @JsonProperty("actual") @NotNull List<@NotNull String> actual,
        @JsonProperty("score") @NotNull List<@NotNull @DecimalMin("0") @DecimalMax("1") Double> score) {

    /** Copies the columns; they must have one value per row and unique row ids. */
    public TestPredictions {
        rowIds = Lists.copyOf(rowIds);
        actual = Lists.copyOf(actual);
        score = Lists.copyOf(score);
        if (rowIds != null && actual != null && score != null) {
            if (actual.size() != rowIds.size() || score.size() != rowIds.size()) {
                throw new IllegalArgumentException("predictions of run " + runId + ": " + rowIds.size() + " row ids, "
                        + actual.size() + " actual labels and " + score.size() + " scores; expected one of each per row");
            }
            Set<String> seen = new HashSet<>();
            for (String id : rowIds) {
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("predictions of run " + runId + ": row id " + id
                            + " appears twice; row ids must be unique to pair runs");
                }
            }
        }
    }
}
