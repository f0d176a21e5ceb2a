package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * One class's metrics, one-vs-rest, at the decision rule of the report (threshold for binary, argmax otherwise).
 *
 * @param label the class
 * @param support the (weighted) number of rows of this class
 * @param precision right predictions of the class over all predictions of it (0 when never predicted)
 * @param recall right predictions of the class over its rows (0 when it has none)
 * @param f1 harmonic mean of precision and recall
 * @param specificity rows of other classes not predicted as this one, over all rows of other classes
 */
public record ClassMetrics(
        @JsonProperty("label") @NotBlank String label,
        @JsonProperty("support") @NotNull @PositiveOrZero @Finite Double support,
        @JsonProperty("precision") @NotNull @Finite Double precision,
        @JsonProperty("recall") @NotNull @Finite Double recall,
        @JsonProperty("f1") @NotNull @Finite Double f1,
        @JsonProperty("specificity") @NotNull @Finite Double specificity) {
}
