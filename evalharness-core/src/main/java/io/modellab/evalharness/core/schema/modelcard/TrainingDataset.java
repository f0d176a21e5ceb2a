package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.SplitRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * {@code training_dataset}: the data the model learned from and was measured on.
 *
 * @param trainRows rows the model was trained on
 * @param valRows held-out rows the metrics were computed on (ModelLab: the test split; there is no separate
 *     validation split)
 * @param totalRows {@code train_rows + val_rows}
 * @param totalFeatures number of input columns
 * @param featureNames the input columns, in order
 * @param targetColumn the predicted column
 * @param dataset ModelLab extension: the dataset version (name, version, SHA-256, source, rows)
 * @param split ModelLab extension: how the rows were split, and the split's digest
 * @param extra fields this library does not know, kept as read
 */
public record TrainingDataset(
        @JsonProperty("train_rows") @NotNull(groups = ModelCard.Written.class) Integer trainRows,
        @JsonProperty("val_rows") Integer valRows,
        @JsonProperty("total_rows") @NotNull(groups = ModelCard.Written.class) Integer totalRows,
        @JsonProperty("total_features") @NotNull(groups = ModelCard.Written.class) Integer totalFeatures,
        @JsonProperty("feature_names") @NotNull(groups = ModelCard.Written.class) List<String> featureNames,
        @JsonProperty("target_column") String targetColumn,
        @JsonProperty("dataset") @Valid DatasetRef dataset,
        @JsonProperty("split") @Valid SplitRef split,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Copies the list; a missing {@code extra} becomes empty. */
    public TrainingDataset {
        featureNames = Copies.list(featureNames);
        extra = Copies.extra(extra);
    }
}
