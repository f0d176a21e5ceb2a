package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * eval_summary.json: the first file to open. It ties the evaluation to its run, dataset version, seed and
 * commit, shows the headline metrics with their intervals, and points to everything else.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param project the project the run belongs to
 * @param runId the run that was evaluated
 * @param task the prediction task
 * @param model the model's name, e.g. {@code logistic_regression}
 * @param role baseline or improved
 * @param dataset the dataset version
 * @param codeVersion the commit the run came from
 * @param seed the seed of the run (training and bootstrap; a split of its own, such as a dataset version's, names
 *     its seed in its description)
 * @param testRows number of rows evaluated
 * @param positiveLabel the label scored as positive; {@code null} exactly when the task is not
 *     {@link Task#BINARY_CLASSIFICATION}
 * @param headline the headline metrics with their intervals
 * @param baselineRunId for an improved run, the baseline run it is measured against; {@code null} for a baseline
 * @param baselineCheck for an improved run, whether it may claim an improvement over that baseline
 * @param files pointers to the other files
 * @param keyPlots the plots worth showing first, relative to the eval folder
 */
public record EvalSummary(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("project") @NotBlank String project,
        @JsonProperty("run_id") @NotBlank String runId,
        @JsonProperty("task") @NotNull Task task,
        @JsonProperty("model") @NotBlank String model,
        @JsonProperty("role") @NotNull ModelRole role,
        @JsonProperty("dataset") @NotNull @Valid DatasetRef dataset,
        @JsonProperty("code_version") @NotNull @Valid CodeVersion codeVersion,
        @JsonProperty("seed") @NotNull Long seed,
        @JsonProperty("test_rows") @NotNull @PositiveOrZero Long testRows,
        @JsonProperty("positive_label") @Size(min = 1) String positiveLabel,
        @JsonProperty("headline") @NotEmpty List<@NotNull @Valid HeadlineMetric> headline,
        @JsonProperty("baseline_run_id") String baselineRunId,
        @JsonProperty("baseline_check") @Valid BaselineCheck baselineCheck,
        @JsonProperty("files") @NotNull @Valid EvalFiles files,
        @JsonProperty("key_plots") @NotNull List<@NotBlank String> keyPlots) {

    /** Copies the lists. */
    public EvalSummary {
        headline = Lists.copyOf(headline);
        keyPlots = Lists.copyOf(keyPlots);
    }

    /** A classification names its positive label, a ranking or a regression has none. */
    @JsonIgnore
    @AssertTrue(message = "positive_label is required for a binary classification and absent for a ranking or a"
            + " regression")
    public boolean isPositiveLabelMatchingTask() {
        return Task.classificationFieldsMatch(task, positiveLabel);
    }
}
