package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * model/signature.json: how to call a saved model, beside its model file in a run's {@code model/} folder. It names
 * the feature columns a row must have and their types, the labels a classifier predicts, and every preprocessing
 * step with what it learned from the train rows, so the saved model predicts new rows exactly as it predicted the
 * test rows.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param model the model's name as the run shows it, e.g. {@code xgboost}
 * @param task {@code binary_classification}, {@code multiclass_classification} or {@code regression}
 * @param modelFile the model file's name in the same folder
 * @param modelFormat how the model file is written, e.g. {@code tribuo-protobuf 4.3.2}
 * @param target the target column the model was trained to predict
 * @param features the input columns, in order, with their types
 * @param labels a classifier's labels, sorted; empty for a regressor
 * @param preprocessing the fitted steps applied to a row before the model sees it, in order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InferenceSignature(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("model") @NotBlank String model,
        @JsonProperty("task") @NotNull @Pattern(regexp = "^(binary_classification|multiclass_classification|regression)$",
                message = "must be binary_classification, multiclass_classification or regression") String task,
        @JsonProperty("model_file") @NotNull @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$",
                message = "must be a plain file name") String modelFile,
        @JsonProperty("model_format") @NotBlank String modelFormat,
        @JsonProperty("target") @NotBlank String target,
        @JsonProperty("features") @NotEmpty List<@NotNull @Valid SignatureFeature> features,
        @JsonProperty("labels") @NotNull List<@NotBlank String> labels,
        @JsonProperty("preprocessing") @NotNull List<@NotNull @Valid PreprocessingStep> preprocessing) {

    /** The file's name in a run's {@code model/} folder. */
    public static final String FILE = "signature.json";

    /** Copies the lists. */
    public InferenceSignature {
        features = Lists.copyOf(features);
        labels = Lists.copyOf(labels);
        preprocessing = Lists.copyOf(preprocessing);
    }
}
