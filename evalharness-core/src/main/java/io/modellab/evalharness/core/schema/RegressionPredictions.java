package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * regression_predictions.json: every test row's id, actual value and prediction, in columns, the regression
 * counterpart of predictions.json, so that compare mode can pair two regression runs' rows by id and bootstrap the
 * difference of their errors on the rows both predicted.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param runId the run that predicted
 * @param task always {@link Task#REGRESSION}
 * @param target the name of the predicted column
 * @param rowIds the rows' ids (unique), as in the dataset's row keys
 * @param actual each row's actual value
 * @param predicted each row's prediction
 */
public record RegressionPredictions(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("run_id") @NotBlank String runId,
        @JsonProperty("task") @NotNull Task task,
        @JsonProperty("target") @NotBlank String target,
        @JsonProperty("row_ids") @NotNull List<@NotBlank String> rowIds,
        @JsonProperty("actual") @NotNull List<@NotNull @Finite Double> actual,
        @JsonProperty("predicted") @NotNull List<@NotNull @Finite Double> predicted) {

    /** The file's name in the eval folder. */
    public static final String FILE = "regression_predictions.json";

    /** Copies the columns; they must have one value per row and unique row ids. */
    public RegressionPredictions {
        rowIds = Lists.copyOf(rowIds);
        actual = Lists.copyOf(actual);
        predicted = Lists.copyOf(predicted);
        if (rowIds != null && actual != null && predicted != null) {
            if (actual.size() != rowIds.size() || predicted.size() != rowIds.size()) {
                throw new IllegalArgumentException("regression predictions of run " + runId + ": " + rowIds.size()
                        + " row ids, " + actual.size() + " actual values and " + predicted.size()
                        + " predictions; expected one of each per row");
            }
            Set<String> seen = new HashSet<>();
            for (String id : rowIds) {
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("regression predictions of run " + runId + ": row id " + id
                            + " appears twice; row ids must be unique to pair runs");
                }
            }
        }
    }

    /** The file holds a regression's rows only. */
    @JsonIgnore
    @AssertTrue(message = "task must be regression")
    public boolean isRegressionTask() {
        return task == null || task == Task.REGRESSION;
    }
}
