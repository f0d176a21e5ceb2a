package io.modellab.benchmarks;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.ClassificationMetrics;
import io.modellab.evalharness.metrics.ConfusionCounts;
import io.modellab.evalharness.metrics.CountBootstrap;
import io.modellab.evalharness.metrics.RankBootstrap;
import io.modellab.evalharness.slicing.SliceRunner;
import io.modellab.evalharness.slicing.DefaultSlices;
import io.modellab.evalharness.slicing.SliceData;
import io.modellab.evalharness.slicing.SliceInterval;
import io.modellab.evalharness.spark.PredictionColumns;
import io.modellab.evalharness.spark.SparkEvalOptions;
import io.modellab.evalharness.spark.SparkEvaluation;
import io.modellab.evalharness.spark.SparkEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Rows per second per core of the Spark path ({@code local[2]}, reading Parquet) next to the single-machine path
 * (one thread, arrays in memory) on the same generated rows, measured once: {@code benchmarks/spark-throughput.sh
 * [rows] [resamples]} (defaults 10,000,000 and 100). Scores are on a 1e-4 grid (10,001 distinct values), two slice
 * columns of 7 and 3 values. Each timed step runs once after one untimed warm-up on a tenth of the rows. Per core
 * means per CPU-second of the process, so that a machine shared with other work still gives a fair figure; wall
 * times are printed too.
 */
public final class SparkThroughput {

    private static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.LongType, false)
            .add("label", DataTypes.StringType, false)
            .add("p_good", DataTypes.DoubleType, false)
            .add("region", DataTypes.StringType, false)
            .add("segment", DataTypes.StringType, false);
    private static final String[] REGIONS = {"north", "south", "east", "west", "centre", "islands", "abroad"};
    private static final PredictionColumns COLUMNS = new PredictionColumns("id", "label", "p_good",
            List.of("region", "segment"), "good", "bad");

    private SparkThroughput() {
    }

    public static void main(String[] args) {
        double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int resamples = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        String dir = System.getProperty("java.io.tmpdir") + "/modellab-spark-throughput";
        SparkSession spark = SparkSession.builder().master("local[2]").appName("modellab-spark-throughput")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        spark.range(rows).map((MapFunction<Long, Row>) SparkThroughput::row, Encoders.row(SCHEMA))
                .write().mode(SaveMode.Overwrite).parquet(dir);
        spark.range(rows / 10).map((MapFunction<Long, Row>) SparkThroughput::row, Encoders.row(SCHEMA))
                .write().mode(SaveMode.Overwrite).parquet(dir + "-warmup");

        SparkEvaluator.evaluate(spark.read().parquet(dir + "-warmup"), COLUMNS, options(resamples));
        Timing pointSpark = Timing.of(() -> SparkEvaluator.evaluate(spark.read().parquet(dir), COLUMNS, options(1)));
        SparkEvaluation[] kept = new SparkEvaluation[1];
        Timing bootSpark = Timing.of(() -> kept[0] = SparkEvaluator.evaluate(spark.read().parquet(dir), COLUMNS,
                options(resamples)));
        spark.stop();

        int n = Math.toIntExact(rows);
        boolean[] actual = new boolean[n];
        double[] score = new double[n];
        List<String[]> cells = new ArrayList<>(n);
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Row r = row((long) i);
            actual[i] = r.getString(1).equals("good");
            score[i] = r.getDouble(2);
            cells.add(new String[] {r.getString(3), r.getString(4)});
            ids.add(Long.toString(i));
        }
        BinaryPredictions p = new BinaryPredictions("good", "bad", actual, score, 0.5);
        Table table = Table.ofRows(List.of("region", "segment"), cells, ids);
        singlePoint(p, table, n / 10);
        Timing pointSingle = Timing.of(() -> singlePoint(p, table, n));
        Bootstrap.Options options = Bootstrap.Options.of(resamples, 1, 0.95);
        Timing bootSingle = Timing.of(() -> {
            RankBootstrap.rocAuc(actual, score, options);
            ConfusionCounts counts = ClassificationMetrics.binaryCounts(p.toClassificationData(), 1, 0.5);
            CountBootstrap.percentile(counts, options, ConfusionCounts::accuracy);
            CountBootstrap.percentile(counts, options, c -> c.f1(1));
        });

        System.out.printf(Locale.ROOT, "rows %,d, %d resamples; Spark local[2] reading Parquet, single machine one thread "
                + "on arrays; load average before: %.1f on %d cores%n", rows, resamples, loadBefore,
                Runtime.getRuntime().availableProcessors());
        System.out.println("point metrics + slices, Spark:          " + pointSpark.perCore(rows));
        System.out.println("point metrics + slices, single machine: " + pointSingle.perCore(rows));
        System.out.println("with " + resamples + " Poisson replicates in the same pass, Spark: " + bootSpark.perCore(rows));
        System.out.println(resamples + " replicates, single machine (RankBootstrap + CountBootstrap, after the point "
                + "metrics): " + bootSingle.perCore(rows));
        System.out.println("roc_auc interval " + kept[0].confidenceIntervals().intervals().get(0));
    }

    private static SparkEvalOptions options(int resamples) {
        return new SparkEvalOptions("bench", "synthetic", 0.5, resamples, 1, 0.95, 5, 30, null, 0, 5, null, "generated");
    }

    /** The single machine's point metrics, the suite and the default slices, as EvalHarness computes them. */
    private static void singlePoint(BinaryPredictions p, Table table, int rows) {
        BinaryPredictions part = rows == p.size() ? p : sub(p, rows);
        Table t = rows == p.size() ? table : table.rows(java.util.stream.IntStream.range(0, rows).toArray());
        ClassificationMetrics.binary(part.toClassificationData(), 1, 0.5);
        var overall = part.metrics(part.allRows());
        SliceData data = SliceData.classification(t, part);
        new SliceRunner(part::metrics, 30, BinaryPredictions.ACCURACY, true,
                SliceInterval.accuracy(part, Bootstrap.Options.of(100, 1, 0.95)))
                .run(DefaultSlices.SPEC.classification(data, null).families(), data, overall);
    }

    private static BinaryPredictions sub(BinaryPredictions p, int rows) {
        boolean[] a = new boolean[rows];
        double[] s = new double[rows];
        for (int i = 0; i < rows; i++) {
            a[i] = p.actualPositive(i);
            s[i] = p.score(i);
        }
        return new BinaryPredictions("good", "bad", a, s, 0.5);
    }

    /** Row {@code id} of the generated data: a function of the id alone, the same on both paths. */
    static Row row(Long id) {
        long h = Timing.mix(id + 1);
        long g = Timing.mix(h);
        boolean positive = (h & 0xFFFF) < 0.3 * 65536;
        // Irwin-Hall of four 16-bit uniforms: near-normal noise, sd 0.2.
        double sum = 0;
        for (int k = 0; k < 4; k++) {
            sum += ((g >>> (16 * k)) & 0xFFFF) / 65536.0;
        }
        double noise = (sum - 2) * Math.sqrt(3) * 0.2;
        double score = Math.min(1, Math.max(0, Math.round((noise + (positive ? 0.62 : 0.4)) * 1e4) / 1e4));
        int region = (int) Math.min(REGIONS.length - 1, Math.floor(-Math.log(1 - ((h >>> 16) & 0xFFFF) / 65536.0) * 2));
        return RowFactory.create(id, positive ? "good" : "bad", score, REGIONS[region], "s" + ((h >>> 32) & 0xFFFF) % 3);
    }
}
