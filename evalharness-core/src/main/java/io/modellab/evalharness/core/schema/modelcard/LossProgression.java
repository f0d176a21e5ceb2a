package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.modellab.evalharness.core.schema.Finite;
import java.util.Map;

/**
 * {@code training_metrics.loss_progression}: where the losses started, and how much they improved.
 *
 * @param initialTrain training loss at the start
 * @param initialVal validation loss at the start
 * @param improvementPct improvement from the initial to the final loss, as the file gives it
 * @param extra fields this library does not know, kept as read
 */
public record LossProgression(
        @JsonProperty("initial_train") @Finite Double initialTrain,
        @JsonProperty("initial_val") @Finite Double initialVal,
        @JsonProperty("improvement_pct") @Finite Double improvementPct,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** A missing {@code extra} becomes empty. */
    public LossProgression {
        extra = Copies.extra(extra);
    }
}
