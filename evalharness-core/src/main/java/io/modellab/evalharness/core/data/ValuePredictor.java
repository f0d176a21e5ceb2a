package io.modellab.evalharness.core.data;

/**
 * How a trained regressor is called: rows in, one predicted value per row out, in order. The regression twin of
 * {@link Predictor}: any JVM regressor joins (for a regression's stress tests, say) by implementing this one method.
 * Implementations must not read the target column and must be deterministic for the same rows.
 */
@FunctionalInterface
public interface ValuePredictor {

    /** One predicted value per row of {@code rows} (feature columns only). */
    double[] predict(Table rows);
}
