package io.modellab.templates;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.data.ValuePredictor;
import io.modellab.evalharness.metrics.RegressionMetrics;
import io.modellab.evalharness.metrics.RocAuc;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.tracker.data.CsvDatasets;
import io.modellab.tracker.data.LoadedDataset;
import io.modellab.tracker.data.StratifiedSplit;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A bundled dataset split as the demos split it: 70/30, seed 42, stratified on the label (a regression target's split
 * is stratified on its quintiles, as a dataset version's quantile-stratified split draws it).
 */
record RealData(Table features, String[] labels, StratifiedSplit split) {

    static RealData classification(String file, String target) {
        LoadedDataset data = CsvDatasets.read(file, Path.of("../datasets/" + file + ".csv"), Path.of(".."));
        String[] labels = data.table().column(target);
        return new RealData(data.table().withoutColumns(target), labels, inRowOrder(StratifiedSplit.of(labels, 0.3, 42)));
    }

    static RealData regression(String file, String target) {
        LoadedDataset data = CsvDatasets.read(file, Path.of("../datasets/" + file + ".csv"), Path.of(".."));
        String[] labels = data.table().column(target);
        double[] values = Arrays.stream(labels).mapToDouble(Double::parseDouble).toArray();
        return new RealData(data.table().withoutColumns(target), labels,
                inRowOrder(StratifiedSplit.ofQuantiles(values, 5, 0.3, 42)));
    }

    /** Each part in row order, as a dataset version's split hands them out. */
    private static StratifiedSplit inRowOrder(StratifiedSplit split) {
        return new StratifiedSplit(Arrays.stream(split.train()).sorted().toArray(),
                Arrays.stream(split.test()).sorted().toArray());
    }

    Table trainRows() {
        return features.rows(split.train());
    }

    Table testRows() {
        return features.rows(split.test());
    }

    String[] trainLabels() {
        return Arrays.stream(split.train()).mapToObj(i -> labels[i]).toArray(String[]::new);
    }

    String[] testLabels() {
        return Arrays.stream(split.test()).mapToObj(i -> labels[i]).toArray(String[]::new);
    }

    double[] trainTargets() {
        return Arrays.stream(trainLabels()).mapToDouble(Double::parseDouble).toArray();
    }

    double[] testTargets() {
        return Arrays.stream(testLabels()).mapToDouble(Double::parseDouble).toArray();
    }

    double testAuc(io.modellab.evalharness.core.data.Predictor model, String positive) {
        boolean[] actual = new boolean[split.test().length];
        String[] test = testLabels();
        for (int i = 0; i < actual.length; i++) {
            actual[i] = test[i].equals(positive);
        }
        return RocAuc.of(actual, model.predict(testRows()).probabilitiesOf(positive));
    }

    double testR2(ValuePredictor model) {
        return RegressionMetrics.compute(testTargets(), model.predict(testRows()), null).stream()
                .filter(m -> m.name().equals("r2")).mapToDouble(MetricValue::value).findFirst().orElseThrow();
    }
}
