package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.data.Table;
import java.util.List;

/**
 * What a stress sweep needs to know about the task: how a model of type {@code M} is run on labelled rows and scored,
 * which metrics it has, and which corruptions a standard sweep runs. {@link BinaryTask} (a
 * {@link io.modellab.evalharness.core.data.Predictor} scored by ROC-AUC, accuracy, F1...) and {@link RegressionTask}
 * (a {@link io.modellab.evalharness.core.data.ValuePredictor} scored by RMSE, MAE, R²...) are the two tasks.
 *
 * @param <M> how the model is called
 */
public interface StressTask<M> {

    /** The metrics a degradation table of this task may hold. */
    List<String> metricNames();

    /**
     * Runs {@code model} on the rows' features and scores its predictions against their labels.
     *
     * @throws IllegalArgumentException when the model returns another number of rows, or a value that cannot be scored
     */
    ScoredRows score(M model, LabelledRows rows);

    /**
     * The corruptions a standard sweep runs on {@code features} ({@link StandardCorruptions}).
     *
     * @param shuffleColumn the column to shuffle, e.g. the one permutation importance ranks first
     */
    List<Corruption> standardCorruptions(Table features, String shuffleColumn);
}
