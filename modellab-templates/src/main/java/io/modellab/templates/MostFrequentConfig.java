package io.modellab.templates;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The most-frequent baseline (Tribuo's dummy classifier): it has no hyperparameter, and draws no random number.
 *
 * @param seed the run's seed, recorded
 */
public record MostFrequentConfig(@JsonProperty("seed") long seed) implements TemplateConfig {

    @Override
    public String model() {
        return ClassifierTemplate.MOST_FREQUENT.modelName();
    }

    @Override
    public MostFrequentConfig withSeed(long seed) {
        return new MostFrequentConfig(seed);
    }
}
