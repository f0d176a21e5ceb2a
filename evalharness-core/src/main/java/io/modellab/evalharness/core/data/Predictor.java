package io.modellab.evalharness.core.data;

/**
 * How a trained classifier enters the evaluation: rows in, class probabilities out.
 *
 * <p>Implementations adapt a model of any JVM library. They must not read the target column, must be
 * deterministic for the same rows, and return one output row per input row, in order.
 */
@FunctionalInterface
public interface Predictor {

    /**
     * Predicts class probabilities for every row of {@code rows}.
     *
     * @param rows feature columns only; the target is not in it
     * @return one probability row per input row
     */
    ClassProbabilities predict(Table rows);
}
