package io.modellab.templates;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The mean-predictor baseline (Tribuo's dummy regressor): predicts the train rows' mean target for every row.
 *
 * @param seed the run's seed, recorded (the model draws no random number)
 */
public record MeanConfig(@JsonProperty("seed") long seed) implements TemplateConfig {

    @Override
    public String model() {
        return RegressorTemplate.MEAN.modelName();
    }

    @Override
    public MeanConfig withSeed(long seed) {
        return new MeanConfig(seed);
    }
}
