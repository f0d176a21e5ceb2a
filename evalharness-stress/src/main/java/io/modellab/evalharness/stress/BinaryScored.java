package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.metrics.BinaryPredictions;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** A binary classifier's scored rows: {@link BinaryPredictions} as a stress sweep compares them. */
record BinaryScored(BinaryPredictions predictions) implements ScoredRows {

    @Override
    public int size() {
        return predictions.size();
    }

    @Override
    public List<MetricValue> metrics(int[] rows) {
        return predictions.metrics(rows);
    }

    @Override
    public double metric(String name, int[] rows) {
        return predictions.metric(name, rows);
    }

    @Override
    public ToDoubleFunction<int[]> resampled(String name) {
        return ResampledMetric.of(predictions, name);
    }

    @Override
    public boolean sameAs(ScoredRows other) {
        if (!(other instanceof BinaryScored b) || b.size() != size()) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (predictions.score(i) != b.predictions.score(i)
                    || predictions.actualPositive(i) != b.predictions.actualPositive(i)) {
                return false;
            }
        }
        return true;
    }
}
