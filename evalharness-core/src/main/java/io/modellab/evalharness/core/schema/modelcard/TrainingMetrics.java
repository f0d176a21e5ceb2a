package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * {@code training_metrics}: how well the model did. A Single Predictor card fills the classification fields, an
 * Embedding Space card the loss fields; the others are {@code null}.
 *
 * @param bestEpoch losses at the best epoch
 * @param finalEpoch losses at the last epoch (Embedding Space)
 * @param lossProgression initial losses and the improvement (Embedding Space)
 * @param classificationMetrics accuracy, precision, recall, F1 and ROC-AUC at the decision threshold
 * @param optimalThreshold the threshold with the highest F1 (binary classification)
 * @param argmaxMetrics the metrics when each row is predicted as its most probable class
 * @param evaluatedOn ModelLab extension: which rows the metrics were computed on, e.g. "test split, 300 rows"
 * @param headline ModelLab extension: the headline metrics with their bootstrap intervals (eval_summary.json)
 * @param extra fields this library does not know, kept as read
 */
public record TrainingMetrics(
        @JsonProperty("best_epoch") @Valid EpochMetrics bestEpoch,
        @JsonProperty("final_epoch") @Valid EpochMetrics finalEpoch,
        @JsonProperty("loss_progression") @Valid LossProgression lossProgression,
        @JsonProperty("classification_metrics") @Valid ClassificationMetrics classificationMetrics,
        @JsonProperty("optimal_threshold") @Valid OptimalThreshold optimalThreshold,
        @JsonProperty("argmax_metrics") @Valid ArgmaxMetrics argmaxMetrics,
        @JsonProperty("evaluated_on") String evaluatedOn,
        @JsonProperty("headline") List<@NotNull @Valid HeadlineMetric> headline,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Copies the list; a missing {@code extra} becomes empty. */
    public TrainingMetrics {
        headline = Copies.list(headline);
        extra = Copies.extra(extra);
    }
}
