package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * {@code technical_details}: how the model was computed.
 *
 * @param pytorchVersion the PyTorch version ({@code null} for a model not trained with PyTorch)
 * @param device {@code GPU} or {@code CPU}
 * @param precision numeric precision, e.g. {@code float64}
 * @param normalization normalization method (Embedding Space)
 * @param lossFunction the loss minimised in training
 * @param runtime ModelLab extension: the Java runtime and operating system the run used
 * @param extra fields this library does not know, kept as read
 */
public record TechnicalDetails(
        @JsonProperty("pytorch_version") String pytorchVersion,
        @JsonProperty("device") String device,
        @JsonProperty("precision") String precision,
        @JsonProperty("normalization") String normalization,
        @JsonProperty("loss_function") String lossFunction,
        @JsonProperty("runtime") String runtime,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** A missing {@code extra} becomes empty. */
    public TechnicalDetails {
        extra = Copies.extra(extra);
    }
}
