package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.data.ClassProbabilities;
import io.modellab.evalharness.core.data.Predictor;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.metrics.BinaryPredictions;
import java.util.List;
import java.util.Objects;

/**
 * How a classifier's output is scored in a binary evaluation: the positive label's probability against the
 * threshold.
 *
 * @param positiveLabel the label scored as positive
 * @param negativeLabel the other label
 * @param threshold a row is predicted positive when its positive probability is at least this
 */
public record BinaryTask(String positiveLabel, String negativeLabel, double threshold) implements StressTask<Predictor> {

    /** Checks the labels and the threshold. */
    public BinaryTask {
        Objects.requireNonNull(positiveLabel, "positiveLabel");
        Objects.requireNonNull(negativeLabel, "negativeLabel");
        if (positiveLabel.equals(negativeLabel)) {
            throw new IllegalArgumentException("positive and negative label are both \"" + positiveLabel + "\"");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
    }

    /** Both labels, negative first. */
    public List<String> labels() {
        return List.of(negativeLabel, positiveLabel);
    }

    @Override
    public List<String> metricNames() {
        return BinaryPredictions.METRIC_NAMES;
    }

    @Override
    public ScoredRows score(Predictor model, LabelledRows rows) {
        return new BinaryScored(score(model.predict(rows.features()), rows.labels()));
    }

    /** Missing values, label noise between the two labels, the shuffle, Gaussian noise and category swaps. */
    @Override
    public List<Corruption> standardCorruptions(Table features, String shuffleColumn) {
        return StandardCorruptions.of(features, this, shuffleColumn);
    }

    /** The predictions of {@code output} scored against {@code labels}, row for row. */
    public BinaryPredictions score(ClassProbabilities output, List<String> labels) {
        if (output.rowCount() != labels.size()) {
            throw new IllegalArgumentException("the predictor returned " + output.rowCount() + " rows for "
                    + labels.size() + " rows");
        }
        boolean[] actual = new boolean[labels.size()];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = positiveLabel.equals(labels.get(i));
        }
        return new BinaryPredictions(positiveLabel, negativeLabel, actual, output.probabilitiesOf(positiveLabel),
                threshold);
    }
}
