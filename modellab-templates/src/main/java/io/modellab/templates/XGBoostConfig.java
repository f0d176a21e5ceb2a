package io.modellab.templates;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Gradient-boosted trees (XGBoost through Tribuo), for classification ({@code binary:logistic} / {@code multi:softprob})
 * and regression (squared error). Numeric columns are imputed but not scaled (trees do not need it); categories are
 * one-hot.
 *
 * @param task {@code classification} or {@code regression}: which template it configures
 * @param trees boosting rounds
 * @param eta learning rate, in (0, 1]
 * @param maxDepth the deepest a tree grows
 * @param minChildWeight the least hessian weight a leaf needs
 * @param subsample the share of rows each tree samples, in (0, 1]
 * @param featureSubsample the share of features each tree samples, in (0, 1]
 * @param lambda L2 penalty on leaf weights
 * @param alpha L1 penalty on leaf weights
 * @param gamma least loss reduction to split
 * @param threads XGBoost's threads; one keeps the machine free and the result independent of the core count
 * @param seed XGBoost's seed: the same seed and rows give bit-identical models
 */
public record XGBoostConfig(
        @JsonProperty("task") @NotNull @Pattern(regexp = "^(classification|regression)$",
                message = "must be classification or regression") String task,
        @JsonProperty("trees") @Min(1) @Max(5000) int trees,
        @JsonProperty("eta") @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") double eta,
        @JsonProperty("max_depth") @Min(1) @Max(20) int maxDepth,
        @JsonProperty("min_child_weight") @PositiveOrZero double minChildWeight,
        @JsonProperty("subsample") @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") double subsample,
        @JsonProperty("feature_subsample") @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") double featureSubsample,
        @JsonProperty("lambda") @PositiveOrZero double lambda,
        @JsonProperty("alpha") @PositiveOrZero double alpha,
        @JsonProperty("gamma") @PositiveOrZero double gamma,
        @JsonProperty("threads") @Min(1) @Max(64) int threads,
        @JsonProperty("seed") long seed) implements TemplateConfig {

    /** XGBoost's own defaults (eta 0.3, depth 6, no sampling, lambda 1) with 50 trees, one thread. */
    public static XGBoostConfig classification(long seed) {
        return new XGBoostConfig("classification", 50, 0.3, 6, 1, 1, 1, 1, 0, 0, 1, seed);
    }

    /** XGBoost's own defaults (eta 0.3, depth 6, no sampling, lambda 1) with 50 trees, one thread. */
    public static XGBoostConfig regression(long seed) {
        return new XGBoostConfig("regression", 50, 0.3, 6, 1, 1, 1, 1, 0, 0, 1, seed);
    }

    @Override
    public String model() {
        return "xgboost";
    }

    @Override
    public XGBoostConfig withSeed(long seed) {
        return new XGBoostConfig(task, trees, eta, maxDepth, minChildWeight, subsample, featureSubsample, lambda, alpha,
                gamma, threads, seed);
    }
}
