package io.modellab.benchmarks;

import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.BootstrapInterval;
import io.modellab.evalharness.metrics.ClassificationData;
import io.modellab.evalharness.metrics.ClassificationMetrics;
import io.modellab.evalharness.metrics.ConfusionCounts;
import io.modellab.evalharness.metrics.CountBootstrap;
import io.modellab.evalharness.metrics.RankBootstrap;
import io.modellab.evalharness.metrics.RocAuc;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The metric hot paths. Times are per operation; compare them as ratios within one run.
 *
 * <pre>
 * benchmarks/run.sh                      # everything, then scikit-learn if installed
 * benchmarks/run.sh MetricBenchmarks.rocAuc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class MetricBenchmarks {

    /** Rows of the synthetic test set. */
    @Param({"100000", "1000000"})
    public int rows;

    private SyntheticScores data;
    private ConfusionCounts counts;
    private ClassificationData classification;
    private Bootstrap.Options twoThreads;

    /** Builds the data once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        data = new SyntheticScores(rows, 42);
        counts = new ConfusionCounts(2);
        double[][] proba = new double[rows][];
        for (int i = 0; i < rows; i++) {
            counts.add(data.actual[i] ? 1 : 0, data.score[i] >= 0.5 ? 1 : 0, 1);
            proba[i] = new double[] {1 - data.score[i], data.score[i]};
        }
        int[] actual = IntStream.range(0, rows).map(i -> data.actual[i] ? 1 : 0).toArray();
        classification = ClassificationData.ofIndices(List.of("neg", "pos"), actual, proba, null);
        twoThreads = Bootstrap.Options.of(1000, 7, 0.95).withThreads(2);
    }

    /** ROC-AUC: one sort of positives and negatives, one merge. */
    @Benchmark
    public double rocAuc() {
        return RocAuc.of(data.actual, data.score);
    }

    /** Every metric of the binary suite (and the calibration bins) on all rows. */
    @Benchmark
    public ClassificationMetrics.Report allBinaryMetrics() {
        return ClassificationMetrics.binary(classification, 1, 0.5);
    }

    /** Bootstrap of ROC-AUC, B = 1000, 2 threads: one sort, then one Poisson-weighted pass per replicate. */
    @Benchmark
    public BootstrapInterval bootstrapRocAucOnePass() {
        return RankBootstrap.rocAuc(data.actual, data.score, twoThreads);
    }

    /**
     * The straightforward version the issue measured: B = 1000 on the common fork-join pool (one thread per core
     * but one here), each replicate drawing n row indices, counting them per row, then one pass over the rows in
     * score order.
     */
    @Benchmark
    public double bootstrapRocAucStraightforward() {
        int[] order = IntStream.range(0, rows).boxed()
                .sorted((a, b) -> Double.compare(data.score[b], data.score[a])).mapToInt(Integer::intValue).toArray();
        double[] values = IntStream.range(0, 1000).parallel().mapToDouble(b -> {
            SplittableRandom random = new SplittableRandom(7 + b);
            int[] drawn = new int[rows];
            for (int i = 0; i < rows; i++) {
                drawn[random.nextInt(rows)]++;
            }
            double negativesAbove = 0;
            double lost = 0;
            double positives = 0;
            double groupPositive = 0;
            double groupNegative = 0;
            for (int i = 0; i < rows; i++) {
                int r = order[i];
                if (data.actual[r]) {
                    groupPositive += drawn[r];
                } else {
                    groupNegative += drawn[r];
                }
                if (i == rows - 1 || data.score[order[i + 1]] != data.score[r]) {
                    lost += groupPositive * (negativesAbove + 0.5 * groupNegative);
                    positives += groupPositive;
                    negativesAbove += groupNegative;
                    groupPositive = 0;
                    groupNegative = 0;
                }
            }
            return 1 - lost / (positives * negativesAbove);
        }).toArray();
        Arrays.sort(values);
        return values[25] + values[974];
    }

    /** Bootstrap of accuracy from the confusion counts (after the one pass that built them), B = 1000, 1 thread. */
    @Benchmark
    public BootstrapInterval bootstrapAccuracyFromCounts() {
        return CountBootstrap.percentile(counts, Bootstrap.Options.of(1000, 7, 0.95), ConfusionCounts::accuracy);
    }
}
