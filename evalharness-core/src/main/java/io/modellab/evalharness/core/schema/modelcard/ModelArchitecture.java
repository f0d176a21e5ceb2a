package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * {@code model_architecture}: what the model is. The spec's fields describe a neural network; a model without
 * layers leaves them {@code null} and says what it is in {@link #description()}.
 *
 * @param predictorLayers layers of the predictor network
 * @param predictorParameters trainable parameters of the predictor
 * @param embeddingSpaceDModel the embedding dimension the predictor reads
 * @param description ModelLab extension: what the model is, in a sentence, as its pipeline says; {@code null} when
 *     the pipeline does not say
 * @param extra fields this library does not know, kept as read
 */
public record ModelArchitecture(
        @JsonProperty("predictor_layers") Integer predictorLayers,
        @JsonProperty("predictor_parameters") Long predictorParameters,
        @JsonProperty("embedding_space_d_model") Integer embeddingSpaceDModel,
        @JsonProperty("description") String description,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** A missing {@code extra} becomes empty. */
    public ModelArchitecture {
        extra = Copies.extra(extra);
    }
}
