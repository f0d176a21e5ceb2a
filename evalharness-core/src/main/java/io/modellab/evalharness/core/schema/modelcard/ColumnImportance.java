package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.modellab.evalharness.core.schema.Finite;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * {@code feature_inventory[].column_importance}: whether the model uses a column, and why.
 *
 * @param weight 1.0 for a column used normally, 0.0 for one the model ignores
 * @param reason {@code included_in_training}, {@code random_strings_detected}, {@code pruned_during_training}, or
 *     ModelLab's {@code not_read_by_model} (the model predicts without looking at any feature)
 * @param description the reason in a sentence
 * @param confidence how sure the detection was (random columns)
 * @param uniqueRatio share of distinct values (random columns)
 * @param semanticSimilarity average semantic similarity (random columns)
 * @param averageLoss average reconstruction loss (pruned columns)
 * @param pruningMethod how the column was pruned (pruned columns)
 * @param extra fields this library does not know, kept as read
 */
public record ColumnImportance(
        @JsonProperty("weight") @NotNull(groups = ModelCard.Written.class) @Finite Double weight,
        @JsonProperty("reason") @NotBlank(groups = ModelCard.Written.class) String reason,
        @JsonProperty("description") String description,
        @JsonProperty("confidence") @Finite Double confidence,
        @JsonProperty("unique_ratio") @Finite @DecimalMin(value = "0", groups = ModelCard.Written.class) @DecimalMax(value = "1", groups = ModelCard.Written.class) Double uniqueRatio,
        @JsonProperty("semantic_similarity") @Finite Double semanticSimilarity,
        @JsonProperty("average_loss") @Finite Double averageLoss,
        @JsonProperty("pruning_method") String pruningMethod,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** The spec's reason for a column the model uses normally. */
    public static final String INCLUDED = "included_in_training";
    /** ModelLab's reason for a column a model never reads (a baseline that predicts the majority label). */
    public static final String NOT_READ = "not_read_by_model";

    /** A missing {@code extra} becomes empty. */
    public ColumnImportance {
        extra = Copies.extra(extra);
    }

    /** A weight and reason with nothing else known. */
    public static ColumnImportance of(double weight, String reason, String description) {
        return new ColumnImportance(weight, reason, description, null, null, null, null, null, Map.of());
    }
}
