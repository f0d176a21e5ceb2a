package io.modellab.templates;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * L2-regularised logistic regression (liblinear) on imputed, standardised numeric columns and one-hot categories.
 *
 * @param cost liblinear's C, the inverse of the regularisation strength
 * @param maxIterations the solver's iteration limit
 * @param tolerance the solver's stopping tolerance
 * @param numericFill what a missing numeric cell becomes
 * @param seed the solver's seed
 */
public record LogisticRegressionConfig(
        @JsonProperty("cost") @Positive double cost,
        @JsonProperty("max_iterations") @Min(1) @Max(1_000_000) int maxIterations,
        @JsonProperty("tolerance") @Positive double tolerance,
        @JsonProperty("numeric_fill") @NotNull NumericFill numericFill,
        @JsonProperty("seed") long seed) implements TemplateConfig {

    /** C = 1, at most 1000 iterations, tolerance 0.01, mean imputation. */
    public static LogisticRegressionConfig defaults(long seed) {
        return new LogisticRegressionConfig(1.0, 1000, 0.01, NumericFill.MEAN, seed);
    }

    @Override
    public String model() {
        return ClassifierTemplate.LOGISTIC_REGRESSION.modelName();
    }

    @Override
    public LogisticRegressionConfig withSeed(long seed) {
        return new LogisticRegressionConfig(cost, maxIterations, tolerance, numericFill, seed);
    }
}
