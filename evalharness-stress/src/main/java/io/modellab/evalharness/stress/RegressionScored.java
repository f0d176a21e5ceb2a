package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.metrics.RegressionRows;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** A regressor's scored rows: {@link RegressionRows} as a stress sweep compares them. */
record RegressionScored(RegressionRows rows) implements ScoredRows {

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    public List<MetricValue> metrics(int[] positions) {
        return rows.metrics(positions);
    }

    @Override
    public double metric(String name, int[] positions) {
        return rows.metric(name, positions);
    }

    @Override
    public ToDoubleFunction<int[]> resampled(String name) {
        // RegressionRows' one-pass metrics already cost O(rows) per resample.
        return positions -> rows.metric(name, positions);
    }

    @Override
    public boolean sameAs(ScoredRows other) {
        if (!(other instanceof RegressionScored r) || r.size() != size()) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (rows.predicted(i) != r.rows.predicted(i) || rows.actual(i) != r.rows.actual(i)) {
                return false;
            }
        }
        return true;
    }
}
