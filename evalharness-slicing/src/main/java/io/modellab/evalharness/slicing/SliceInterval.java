package io.modellab.evalharness.slicing;

import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.BootstrapInterval;
import io.modellab.evalharness.metrics.ConfusionCounts;
import io.modellab.evalharness.metrics.CountBootstrap;
import java.util.function.ToDoubleFunction;

/**
 * The bootstrap interval of a slice's headline metric, from the slice's rows.
 *
 * <p>{@link #accuracy} uses the multinomial fast path over the slice's 2 x 2 confusion counts
 * ({@link CountBootstrap}): one slice's interval costs O(resamples), whatever its size. {@link #resampling} resamples
 * the slice's rows ({@link Bootstrap#interval}) and costs O(resamples x rows).
 */
@FunctionalInterface
public interface SliceInterval {

    /** The interval on {@code rows} (ascending positions, never empty), or {@code null} when it is undefined. */
    BootstrapInterval of(int[] rows);

    /** Accuracy of a binary classifier by the confusion-count bootstrap. */
    static SliceInterval accuracy(BinaryPredictions p, Bootstrap.Options options) {
        return rows -> {
            ConfusionCounts counts = new ConfusionCounts(2);
            for (int r : rows) {
                counts.add(p.actualPositive(r) ? 1 : 0, p.predictedPositive(r) ? 1 : 0, 1);
            }
            return accuracyOfCounts(counts, options);
        };
    }

    /**
     * The interval {@link #accuracy} gives a slice, from the slice's 2 x 2 confusion counts alone (actual, predicted;
     * 1 positive): for counts merged elsewhere (a distributed engine's), the same interval, bit for bit.
     */
    static BootstrapInterval accuracyOfCounts(ConfusionCounts counts, Bootstrap.Options options) {
        return CountBootstrap.interval(counts, options, ConfusionCounts::accuracy);
    }

    /**
     * Any metric by resampling the slice's rows.
     *
     * @param metric the metric on positions of the evaluated rows (with repeats)
     */
    static SliceInterval resampling(Bootstrap.Options options, ToDoubleFunction<int[]> metric) {
        return rows -> Bootstrap.interval(rows.length, options, resample -> {
            int[] mapped = new int[resample.length];
            for (int i = 0; i < mapped.length; i++) {
                mapped[i] = rows[resample[i]];
            }
            return metric.applyAsDouble(mapped);
        });
    }
}
