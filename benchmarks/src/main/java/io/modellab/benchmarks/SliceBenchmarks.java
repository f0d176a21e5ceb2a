package io.modellab.benchmarks;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.slicing.DefaultSlices;
import io.modellab.evalharness.slicing.SliceData;
import io.modellab.evalharness.slicing.SliceMetrics;
import io.modellab.evalharness.slicing.SliceRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * The default classification slices (confidence deciles, missingness, the key feature's top 5 categories, each
 * class: 20 slices, each with a 1000-resample accuracy interval) against the overall metrics they are compared with,
 * on the same rows. The claim of issue 8: one pass per slice family keeps the slices within a few times the overall
 * metrics. Each slice benchmark pays for everything an evaluation pays for: the slice data, the plan (quantile edges,
 * top categories), the score order of {@link SliceMetrics#binary} and the passes.
 *
 * <pre>
 * benchmarks/run.sh SliceBenchmarks -p rows=1000000 -f 1 -wi 2 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class SliceBenchmarks {

    /** Rows of the synthetic test set. */
    @Param({"1000000"})
    public int rows;

    private BinaryPredictions predictions;
    private Table table;
    private List<MetricValue> overall;

    /** Builds the data once per trial: a categorical key column of 8 values, a numeric column, 5 % missing cells. */
    @Setup(Level.Trial)
    public void setUp() {
        SyntheticScores scores = new SyntheticScores(rows, 42);
        SplittableRandom random = new SplittableRandom(7);
        List<String[]> cells = new ArrayList<>(rows);
        List<String> ids = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            cells.add(new String[] {"c" + random.nextInt(8), random.nextDouble() < 0.05 ? null
                    : Integer.toString(random.nextInt(100)), random.nextDouble() < 0.05 ? null : "x"});
            ids.add(Integer.toString(i));
        }
        table = Table.ofRows(List.of("segment", "age", "flag"), cells, ids);
        predictions = new BinaryPredictions("pos", "neg", scores.actual, scores.score, 0.5);
        overall = predictions.metrics(predictions.allRows());
    }

    private SliceRunner.Evaluation slices(String keyFeature) {
        SliceData data = SliceData.classification(table, predictions);
        SliceRunner runner = new SliceRunner(SliceMetrics.binary(predictions, Bootstrap.Options.of(1000, 7, 0.95)), 30,
                BinaryPredictions.ACCURACY, true);
        return runner.run(DefaultSlices.SPEC.classification(data, keyFeature).families(), data, overall);
    }

    /** The overall metrics on all rows (accuracy, ROC-AUC, F1, precision, recall): the reference cost. */
    @Benchmark
    public List<MetricValue> overallMetrics() {
        return predictions.metrics(predictions.allRows());
    }

    /** The default slices with the key feature named: bucket edges, one pass per family, metrics and intervals. */
    @Benchmark
    public SliceRunner.Evaluation defaultSlices() {
        return slices("segment");
    }

    /** The same with the key feature chosen by the mutual-information rule (one more pass per categorical column). */
    @Benchmark
    public SliceRunner.Evaluation defaultSlicesChoosingTheKeyFeature() {
        return slices(null);
    }
}
