package io.modellab.evalharness.metrics;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.data.Predictor;
import io.modellab.evalharness.core.data.Table;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Measures a {@link Predictor}'s inference latency: warm-up batches first (JIT compilation, caches), then timed
 * batches of a fixed size, cycling through the rows. Reports the median, 95th and 99th percentile batch time and
 * the mean time per row.
 *
 * <p>Wall-clock figures depend on the machine and on what else runs on it: compare them within one run, as
 * ratios, and read the median before the tail.
 */
public final class LatencyHarness {

    private final LongSupplier nanoClock;

    /** A harness timed by {@link System#nanoTime()}. */
    public LatencyHarness() {
        this(System::nanoTime);
    }

    /** A harness timed by the given clock (tests use a fake one). */
    LatencyHarness(LongSupplier nanoClock) {
        this.nanoClock = Objects.requireNonNull(nanoClock);
    }

    /**
     * How to measure.
     *
     * @param batchSize rows per call to the predictor
     * @param warmupBatches untimed calls first
     * @param measuredBatches timed calls
     * @param device where the model runs, as recorded ({@code cpu}, {@code cuda:0}...)
     */
    public record Options(int batchSize, int warmupBatches, int measuredBatches, String device) {

        /** Checks the counts. */
        public Options {
            if (batchSize < 1 || warmupBatches < 0 || measuredBatches < 1) {
                throw new IllegalArgumentException("need batchSize >= 1, warmupBatches >= 0 and measuredBatches >= 1");
            }
            Objects.requireNonNull(device, "device");
        }
    }

    /**
     * What was measured.
     *
     * @param batchSize rows per call
     * @param device where the model ran
     * @param warmupBatches untimed calls
     * @param measuredBatches timed calls
     * @param p50Millis median batch time
     * @param p95Millis 95th percentile batch time
     * @param p99Millis 99th percentile batch time
     * @param meanMillis mean batch time
     * @param microsPerRow mean time per row
     */
    public record Report(int batchSize, String device, int warmupBatches, int measuredBatches, double p50Millis,
                         double p95Millis, double p99Millis, double meanMillis, double microsPerRow) {
    }

    /** Runs the measurement, reporting each batch to {@code progress}. */
    public Report measure(Predictor predictor, Table rows, Options options, ProgressListener progress) {
        if (rows.rowCount() == 0) {
            throw new IllegalArgumentException("empty input: no rows to predict");
        }
        // Slicing the table is preparation, not inference: it stays outside the timed span.
        return time(rows.rowCount(), rows::rows, predictor::predict, options, progress);
    }

    /**
     * Times any batch call, for systems that are not a {@link Predictor} (a retriever answering queries, a
     * reranker): {@code call} gets the indices of one batch's items among {@code items}, cycling through them; the
     * time of building the index array is not counted.
     *
     * @param items how many items there are to cycle through, at least 1
     * @param call does one batch's work
     */
    public Report measure(int items, Consumer<int[]> call, Options options, ProgressListener progress) {
        if (items < 1) {
            throw new IllegalArgumentException("empty input: no items to time");
        }
        return time(items, batch -> batch, call, options, progress);
    }

    private <T> Report time(int items, Function<int[], T> prepare, Consumer<T> call, Options options,
                            ProgressListener progress) {
        int total = options.warmupBatches() + options.measuredBatches();
        double[] millis = new double[options.measuredBatches()];
        int next = 0;
        for (int b = 0; b < total; b++) {
            int[] batch = new int[options.batchSize()];
            for (int i = 0; i < batch.length; i++) {
                batch[i] = next;
                next = (next + 1) % items;
            }
            T input = prepare.apply(batch);
            long start = nanoClock.getAsLong();
            call.accept(input);
            long elapsed = nanoClock.getAsLong() - start;
            if (b >= options.warmupBatches()) {
                millis[b - options.warmupBatches()] = elapsed / 1e6;
            }
            progress.progress(b < options.warmupBatches() ? "latency warm-up" : "latency", b + 1, total);
        }
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(millis);
        double mean = 0;
        for (double m : millis) {
            mean += m / millis.length;
        }
        return new Report(options.batchSize(), options.device(), options.warmupBatches(), options.measuredBatches(),
                percentile.evaluate(50), percentile.evaluate(95), percentile.evaluate(99), mean,
                mean * 1000 / options.batchSize());
    }
}
