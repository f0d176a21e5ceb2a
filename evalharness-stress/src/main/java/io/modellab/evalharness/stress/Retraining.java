package io.modellab.evalharness.stress;

import java.util.Objects;

/**
 * What a distribution shift needs besides the test rows: the rows the model was trained on, and how to train it.
 *
 * @param train the training rows with their labels
 * @param trainer trains the model the same way on a subset of them
 * @param <M> how the trained model is called
 */
public record Retraining<M>(LabelledRows train, Trainer<M> trainer) {

    /** Checks that both are given. */
    public Retraining {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(trainer, "trainer");
    }
}
