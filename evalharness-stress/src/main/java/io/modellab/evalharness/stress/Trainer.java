package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.data.Predictor;

/**
 * Trains the model under test again on other rows, the same way it was trained: what a distribution shift needs,
 * since a shift changes what the model learned from rather than what it is shown.
 *
 * @param <M> how the trained model is called: a {@link Predictor} for a classifier, a
 *     {@link io.modellab.evalharness.core.data.ValuePredictor} for a regressor
 */
@FunctionalInterface
public interface Trainer<M> {

    /**
     * Trains on {@code rows} and returns the model. Must be deterministic: the same rows give the same model.
     *
     * @param rows the training rows with their labels
     */
    M train(LabelledRows rows);
}
