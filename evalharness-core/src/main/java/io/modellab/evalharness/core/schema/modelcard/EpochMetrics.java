package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.modellab.evalharness.core.schema.Finite;
import java.util.Map;

/**
 * {@code training_metrics.best_epoch} or {@code final_epoch}: the losses at one epoch. Single Predictor cards name
 * the validation loss {@code validation_loss}, Embedding Space cards {@code val_loss}; {@link #validation()} reads
 * either.
 *
 * @param epoch the epoch
 * @param trainLoss training loss
 * @param validationLoss validation loss (Single Predictor spelling)
 * @param valLoss validation loss (Embedding Space spelling)
 * @param spreadLoss spread loss component
 * @param jointLoss joint loss component
 * @param marginalLoss marginal loss component
 * @param extra fields this library does not know, kept as read
 */
public record EpochMetrics(
        @JsonProperty("epoch") Integer epoch,
        @JsonProperty("train_loss") @Finite Double trainLoss,
        @JsonProperty("validation_loss") @Finite Double validationLoss,
        @JsonProperty("val_loss") @Finite Double valLoss,
        @JsonProperty("spread_loss") @Finite Double spreadLoss,
        @JsonProperty("joint_loss") @Finite Double jointLoss,
        @JsonProperty("marginal_loss") @Finite Double marginalLoss,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** A missing {@code extra} becomes empty. */
    public EpochMetrics {
        extra = Copies.extra(extra);
    }

    /** The validation loss under either spelling, {@code null} when neither is given. */
    public Double validation() {
        return validationLoss != null ? validationLoss : valLoss;
    }
}
