package io.modellab.evalharness.stress;

import io.modellab.evalharness.metrics.BinaryConfusion;
import io.modellab.evalharness.metrics.BinaryPredictions;
import java.util.function.ToDoubleFunction;

/**
 * A metric of one set of predictions on a resample of its rows, prepared once for the thousands of resamples a
 * table row needs: ROC-AUC through {@link ResampledRocAuc}, the threshold metrics by counting each row's confusion
 * cell into a {@link BinaryConfusion}. Both give the values {@link BinaryPredictions#metric} gives, to the last bit.
 */
final class ResampledMetric {

    private ResampledMetric() {
    }

    /** {@code metric} (one of {@link BinaryPredictions#METRIC_NAMES}) of {@code predictions} on a resample. */
    static ToDoubleFunction<int[]> of(BinaryPredictions predictions, String metric) {
        if (BinaryPredictions.ROC_AUC.equals(metric)) {
            return new ResampledRocAuc(predictions);
        }
        // Each row's cell: 2 x actual + predicted, so 3 = true positive, 2 = false negative, 1 = false positive.
        int[] cell = new int[predictions.size()];
        for (int i = 0; i < cell.length; i++) {
            cell[i] = (predictions.actualPositive(i) ? 2 : 0) + (predictions.predictedPositive(i) ? 1 : 0);
        }
        ToDoubleFunction<BinaryConfusion> ratio = switch (metric) {
            case BinaryPredictions.ACCURACY -> BinaryConfusion::accuracy;
            case BinaryPredictions.F1 -> BinaryConfusion::f1;
            case BinaryPredictions.PRECISION -> BinaryConfusion::precision;
            case BinaryPredictions.RECALL -> BinaryConfusion::recall;
            default -> throw new IllegalArgumentException("Metric value not found: " + metric + "; known are "
                    + BinaryPredictions.METRIC_NAMES);
        };
        return rows -> {
            long[] counts = new long[4];
            for (int r : rows) {
                counts[cell[r]]++;
            }
            return ratio.applyAsDouble(new BinaryConfusion(counts[3], counts[1], counts[0], counts[2]));
        };
    }
}
