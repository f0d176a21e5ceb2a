package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * metrics.json: every metric of the task on the evaluated rows, and the baseline's when this is an improved run.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param runId the evaluated run
 * @param task the prediction task
 * @param model the model's name
 * @param split which split was scored, e.g. {@code test}
 * @param rows number of rows scored (64-bit: a distributed evaluation can score more than 2^31 - 1)
 * @param positiveLabel the label scored as positive; {@code null} exactly when the task is not
 *     {@link Task#BINARY_CLASSIFICATION}
 * @param decisionThreshold the probability at or above which a row is predicted positive; {@code null} exactly for
 *     a ranking or a regression
 * @param metrics the metrics, in a fixed order
 * @param perClass each label's one-vs-rest metrics, in label order
 * @param confusionMatrix counts at the decision threshold; {@code null} exactly for a ranking or a regression
 * @param baseline the baseline's metrics for an improved run, {@code null} for a baseline
 */
public record MetricsReport(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("run_id") @NotBlank String runId,
        @JsonProperty("task") @NotNull Task task,
        @JsonProperty("model") @NotBlank String model,
        @JsonProperty("split") @NotBlank String split,
        @JsonProperty("rows") @NotNull @PositiveOrZero Long rows,
        @JsonProperty("positive_label") @Size(min = 1) String positiveLabel,
        @JsonProperty("decision_threshold") @DecimalMin("0") @DecimalMax("1") Double decisionThreshold,
        @JsonProperty("metrics") @NotEmpty List<@NotNull @Valid MetricValue> metrics,
        @JsonProperty("per_class") @NotNull List<@NotNull @Valid ClassMetrics> perClass,
        @JsonProperty("confusion_matrix") @Valid ConfusionMatrix confusionMatrix,
        @JsonProperty("baseline") @Valid BaselineMetrics baseline) {

    /** Copies the list. */
    public MetricsReport {
        metrics = Lists.copyOf(metrics);
        perClass = Lists.copyOf(perClass);
    }

    /** The same report from a 32-bit row count, so that code written before 64-bit counts still compiles. */
    public MetricsReport(String schemaVersion, String runId, Task task, String model, String split, int rows,
                         String positiveLabel, Double decisionThreshold, List<MetricValue> metrics,
                         List<ClassMetrics> perClass, ConfusionMatrix confusionMatrix, BaselineMetrics baseline) {
        this(schemaVersion, runId, task, model, split, (long) rows, positiveLabel, decisionThreshold, metrics, perClass,
                confusionMatrix, baseline);
    }

    /** A classification has its positive label, threshold and confusion matrix, a ranking or a regression none. */
    @JsonIgnore
    @AssertTrue(message = "positive_label, decision_threshold and confusion_matrix are required for a binary"
            + " classification and absent for a ranking or a regression")
    public boolean isClassificationFieldsMatchingTask() {
        return Task.classificationFieldsMatch(task, positiveLabel, decisionThreshold, confusionMatrix);
    }

    /** This report with {@code baseline} as its baseline's metrics (a run learns them after its metrics are computed). */
    public MetricsReport withBaseline(BaselineMetrics baseline) {
        return new MetricsReport(schemaVersion, runId, task, model, split, rows, positiveLabel, decisionThreshold,
                metrics, perClass, confusionMatrix, baseline);
    }
}
