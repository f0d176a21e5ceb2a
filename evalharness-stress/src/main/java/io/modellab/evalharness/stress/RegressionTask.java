package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.data.ValuePredictor;
import io.modellab.evalharness.metrics.RegressionRows;
import java.util.ArrayList;
import java.util.List;

/**
 * How a regressor's output is scored in a stress sweep: its predicted values against the rows' targets, with the
 * metrics of {@link RegressionRows} (RMSE, MAE and R² first). A regression's {@link LabelledRows} carry each target as
 * its {@link Double#toString} text ({@link #labels}), which reads back to the same double.
 *
 * <p>The standard corruptions are those of the features only ({@link StandardCorruptions#ofFeatures}): label noise
 * between two labels has no regression meaning.
 */
public record RegressionTask() implements StressTask<ValuePredictor> {

    /** The targets as labels of {@link LabelledRows}: each value's {@link Double#toString}. */
    public static List<String> labels(double[] targets) {
        List<String> labels = new ArrayList<>(targets.length);
        for (double t : targets) {
            labels.add(Double.toString(t));
        }
        return labels;
    }

    @Override
    public List<String> metricNames() {
        return RegressionRows.METRIC_NAMES;
    }

    @Override
    public ScoredRows score(ValuePredictor model, LabelledRows rows) {
        double[] predicted = model.predict(rows.features());
        if (predicted.length != rows.size()) {
            throw new IllegalArgumentException("the regressor returned " + predicted.length + " values for "
                    + rows.size() + " rows");
        }
        double[] actual = new double[rows.size()];
        for (int i = 0; i < actual.length; i++) {
            String label = rows.labels().get(i);
            try {
                actual[i] = Double.parseDouble(label);
            } catch (NumberFormatException | NullPointerException e) {
                throw new IllegalArgumentException("row " + rows.features().rowId(i) + " has target \"" + label
                        + "\", expected a number (RegressionTask.labels writes them)", e);
            }
            if (!Double.isFinite(predicted[i])) {
                throw new IllegalArgumentException("the regressor predicted " + predicted[i] + " for row "
                        + rows.features().rowId(i) + ", expected a finite number");
            }
        }
        return new RegressionScored(new RegressionRows(actual, predicted));
    }

    @Override
    public List<Corruption> standardCorruptions(Table features, String shuffleColumn) {
        return StandardCorruptions.ofFeatures(features, shuffleColumn);
    }
}
