package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.modellab.evalharness.core.schema.Finite;
import jakarta.validation.Valid;
import java.util.Map;

/**
 * {@code training_configuration}: hyperparameters and settings. The neural-network fields are {@code null} for a
 * model that has no epochs, embedding or batches.
 *
 * @param epochsTotal epochs trained
 * @param bestEpoch the epoch with the best validation performance
 * @param dModel embedding dimension
 * @param batchSize training batch size
 * @param learningRate learning rate
 * @param optimizer optimizer name
 * @param dropoutSchedule dropout settings (Embedding Space)
 * @param seed ModelLab extension: the run's seed (split, training and bootstrap)
 * @param runConfig ModelLab extension: the run's configuration as run.json records it, keys sorted
 * @param extra fields this library does not know, kept as read
 */
public record TrainingConfiguration(
        @JsonProperty("epochs_total") Integer epochsTotal,
        @JsonProperty("best_epoch") Integer bestEpoch,
        @JsonProperty("d_model") Integer dModel,
        @JsonProperty("batch_size") Integer batchSize,
        @JsonProperty("learning_rate") @Finite Double learningRate,
        @JsonProperty("optimizer") String optimizer,
        @JsonProperty("dropout_schedule") @Valid DropoutSchedule dropoutSchedule,
        @JsonProperty("seed") Long seed,
        @JsonProperty("run_config") Map<String, Object> runConfig,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Copies the config; a missing {@code extra} becomes empty. */
    public TrainingConfiguration {
        runConfig = Copies.map(runConfig);
        extra = Copies.extra(extra);
    }
}
