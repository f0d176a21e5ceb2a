package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.modellab.evalharness.core.schema.Finite;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.Map;

/**
 * {@code training_metrics.classification_metrics}: at the decision threshold, of the positive label. A metric that
 * is undefined on the rows (precision when nothing is predicted positive) is {@code null}.
 *
 * @param accuracy share of rows predicted correctly
 * @param precision share of predicted positives that are positive
 * @param recall share of positives predicted positive
 * @param f1 harmonic mean of precision and recall
 * @param auc area under the ROC curve
 * @param isBinary whether there are two classes
 * @param extra fields this library does not know, kept as read
 */
public record ClassificationMetrics(
        @JsonProperty("accuracy") @Finite @DecimalMin(value = "0", groups = ModelCard.Written.class) @DecimalMax(value = "1", groups = ModelCard.Written.class) Double accuracy,
        @JsonProperty("precision") @Finite @DecimalMin(value = "0", groups = ModelCard.Written.class) @DecimalMax(value = "1", groups = ModelCard.Written.class) Double precision,
        @JsonProperty("recall") @Finite @DecimalMin(value = "0", groups = ModelCard.Written.class) @DecimalMax(value = "1", groups = ModelCard.Written.class) Double recall,
        @JsonProperty("f1") @Finite @DecimalMin(value = "0", groups = ModelCard.Written.class) @DecimalMax(value = "1", groups = ModelCard.Written.class) Double f1,
        @JsonProperty("auc") @Finite @DecimalMin(value = "0", groups = ModelCard.Written.class) @DecimalMax(value = "1", groups = ModelCard.Written.class) Double auc,
        @JsonProperty("is_binary") Boolean isBinary,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** A missing {@code extra} becomes empty. */
    public ClassificationMetrics {
        extra = Copies.extra(extra);
    }
}
