package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.modellab.evalharness.core.schema.Finite;
import java.util.Map;

/**
 * {@code training_metrics.optimal_threshold} (binary classification): the threshold on the positive label's
 * probability with the highest F1 on the evaluated rows. Chosen on those same rows, so its F1 is optimistic.
 *
 * @param optimalThreshold the threshold
 * @param posLabel the positive label
 * @param optimalThresholdF1 F1 at that threshold
 * @param accuracyAtOptimalThreshold accuracy at that threshold
 * @param extra fields this library does not know, kept as read
 */
public record OptimalThreshold(
        @JsonProperty("optimal_threshold") @Finite Double optimalThreshold,
        @JsonProperty("pos_label") String posLabel,
        @JsonProperty("optimal_threshold_f1") @Finite Double optimalThresholdF1,
        @JsonProperty("accuracy_at_optimal_threshold") @Finite Double accuracyAtOptimalThreshold,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** A missing {@code extra} becomes empty. */
    public OptimalThreshold {
        extra = Copies.extra(extra);
    }
}
