package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * model_card.json in the Featrix Sphere model card format: what a model is, what it was trained on, how well it
 * did and what to watch out for.
 *
 * <p>Two readings of one record. <b>Reading</b> is tolerant, because cards come from other systems too: every
 * section may be absent or {@code null}, lists may be empty, fields and sections this library does not know are
 * kept in {@link #extra()} (and in each section's {@code extra}) and written back unchanged, and enumerated values
 * keep their spelling ({@link FeatureType#parse}, {@link CardStatus#parse} read {@code ColumnType.SET} or
 * {@code done}). <b>Writing</b> our own cards is strict: the {@link Written} group requires every section but
 * {@code column_statistics}, with {@code null} wherever a value cannot be known (never an invented one).
 *
 * <p>Fields the spec does not have but ModelLab writes (the dataset version, the seed, the intervals, the rule
 * behind the assessment) are typed components documented as ModelLab extensions; other systems' cards leave them
 * {@code null}.
 *
 * @param modelIdentification name, type, status
 * @param trainingDataset rows, features, target, and (ModelLab) the dataset version and split
 * @param featureInventory one entry per input column
 * @param trainingConfiguration hyperparameters and settings
 * @param trainingMetrics how well the model did
 * @param modelArchitecture what the model is
 * @param modelQuality the assessment, warnings and recommendations
 * @param technicalDetails device, precision, loss function
 * @param provenance when the card was made and how long training took: the card's only timestamps
 * @param columnStatistics per-column statistics by column name (Embedding Space cards), {@code null} where they do
 *     not apply
 * @param extra top-level sections this library does not know, kept as read
 */
public record ModelCard(
        @JsonProperty("model_identification") @NotNull(groups = ModelCard.Written.class) @Valid ModelIdentification modelIdentification,
        @JsonProperty("training_dataset") @NotNull(groups = ModelCard.Written.class) @Valid TrainingDataset trainingDataset,
        @JsonProperty("feature_inventory") @NotNull(groups = ModelCard.Written.class) List<@NotNull(groups = ModelCard.Written.class) @Valid FeatureInfo> featureInventory,
        @JsonProperty("training_configuration") @NotNull(groups = ModelCard.Written.class) @Valid TrainingConfiguration trainingConfiguration,
        @JsonProperty("training_metrics") @NotNull(groups = ModelCard.Written.class) @Valid TrainingMetrics trainingMetrics,
        @JsonProperty("model_architecture") @NotNull(groups = ModelCard.Written.class) @Valid ModelArchitecture modelArchitecture,
        @JsonProperty("model_quality") @NotNull(groups = ModelCard.Written.class) @Valid ModelQuality modelQuality,
        @JsonProperty("technical_details") @NotNull(groups = ModelCard.Written.class) @Valid TechnicalDetails technicalDetails,
        @JsonProperty("provenance") @NotNull(groups = ModelCard.Written.class) @Valid Provenance provenance,
        @JsonProperty("column_statistics") Map<String, @Valid ColumnStatistics> columnStatistics,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /**
     * The validation group of cards this library writes: every section present. Validate with both it and
     * {@link jakarta.validation.groups.Default}.
     */
    public interface Written {
    }

    /** Copies the lists and maps; a missing {@code extra} becomes empty. */
    public ModelCard {
        featureInventory = Copies.list(featureInventory);
        columnStatistics = Copies.map(columnStatistics);
        extra = Copies.extra(extra);
    }
}
