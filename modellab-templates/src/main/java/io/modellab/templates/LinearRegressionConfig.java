package io.modellab.templates;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Least-squares linear regression (Tribuo's LARS, run to the end, which is ordinary least squares) on imputed,
 * standardised numeric columns and one-hot categories.
 *
 * @param maxFeatures stop LARS after this many features enter the model; 0 for all (ordinary least squares)
 * @param numericFill what a missing numeric cell becomes
 * @param seed the run's seed, recorded (LARS draws no random number)
 */
public record LinearRegressionConfig(
        @JsonProperty("max_features") @PositiveOrZero @Max(100_000) int maxFeatures,
        @JsonProperty("numeric_fill") @NotNull NumericFill numericFill,
        @JsonProperty("seed") long seed) implements TemplateConfig {

    /** All features, mean imputation. */
    public static LinearRegressionConfig defaults(long seed) {
        return new LinearRegressionConfig(0, NumericFill.MEAN, seed);
    }

    @Override
    public String model() {
        return RegressorTemplate.LINEAR_REGRESSION.modelName();
    }

    @Override
    public LinearRegressionConfig withSeed(long seed) {
        return new LinearRegressionConfig(maxFeatures, numericFill, seed);
    }
}
