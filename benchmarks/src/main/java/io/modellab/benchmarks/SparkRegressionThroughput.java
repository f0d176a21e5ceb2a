package io.modellab.benchmarks;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.metrics.RegressionRows;
import io.modellab.evalharness.spark.RegressionColumns;
import io.modellab.evalharness.spark.SparkEvalOptions;
import io.modellab.evalharness.spark.SparkRegressionEvaluator;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.RegressionEvaluator;
import io.modellab.tracker.RegressionRequest;
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
 * Rows per CPU-second of the Spark regression path ({@code local[2]}, reading Parquet) next to the single machine's
 * {@code RegressionEvaluator} (arrays in memory, no files written) on the same generated rows, once:
 * {@code benchmarks/spark-throughput.sh regression [rows] [resamples]} (defaults 1,000,000 and 100). Each row has a
 * target, a prediction off by noise that grows with one feature, a categorical feature of 7 values and a numeric one
 * of 1,000. Each timed step runs once after an untimed warm-up on a tenth of the rows.
 */
public final class SparkRegressionThroughput {

    private static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.LongType, false)
            .add("y", DataTypes.DoubleType, false)
            .add("p", DataTypes.DoubleType, false)
            .add("region", DataTypes.StringType, false)
            .add("size", DataTypes.StringType, false);
    private static final String[] REGIONS = {"north", "south", "east", "west", "centre", "islands", "abroad"};
    private static final RegressionColumns COLUMNS = new RegressionColumns("id", "y", "p", List.of("region", "size"));

    private SparkRegressionThroughput() {
    }

    public static void main(String[] args) {
        double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int resamples = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        String dir = System.getProperty("java.io.tmpdir") + "/modellab-spark-regression-throughput";
        SparkSession spark = SparkSession.builder().master("local[2]").appName("modellab-spark-regression-throughput")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        for (String part : List.of("", "-warmup")) {
            long n = part.isEmpty() ? rows : rows / 10;
            spark.range(n).map((MapFunction<Long, Row>) SparkRegressionThroughput::row, Encoders.row(SCHEMA))
                    .write().mode(SaveMode.Overwrite).parquet(dir + part);
        }
        SparkEvalOptions options = new SparkEvalOptions("run-20261124-000000-00000000", "synthetic", 0.5, resamples, 1,
                0.95, 5, 30, null, 0, 5, null, "generated");
        SparkRegressionEvaluator.evaluate(spark.read().parquet(dir + "-warmup"), COLUMNS, options);
        Timing onSpark = Timing.of(() -> SparkRegressionEvaluator.evaluate(spark.read().parquet(dir), COLUMNS, options));
        spark.stop();

        RegressionEvaluator single = new RegressionEvaluator(new EvalOptions(resamples, 0.95, 30, 5, 5,
                ProgressListener.NONE));
        single.evaluate(request(rows / 10));
        RegressionRequest request = request(rows);
        Timing onOne = Timing.of(() -> single.evaluate(request));
        System.out.printf(Locale.ROOT, "%,d rows, %d resamples; load average before: %.1f on %d cores%n", rows,
                resamples, loadBefore, Runtime.getRuntime().availableProcessors());
        System.out.println("Spark local[2] from Parquet (metrics, exact medians and quintiles, slices, intervals): "
                + onSpark.perCore(rows));
        System.out.println("single machine RegressionEvaluator, rows in memory:                                 "
                + onOne.perCore(rows));
    }

    /** Row {@code id}: a target, a prediction whose noise grows with {@code size}, and the two features. */
    static Row row(long id) {
        long h = Timing.mix(id + 1);
        int size = (int) ((h >>> 20) % 1000);
        double y = 100 + (h & 0xFFFF) / 100.0;
        double noise = ((h >>> 40) & 0xFFF) / 4096.0 - 0.5;
        return RowFactory.create(id, y, y + noise * (1 + size / 50.0), REGIONS[(int) ((h >>> 32) % REGIONS.length)],
                Integer.toString(size));
    }

    private static RegressionRequest request(int rows) {
        double[] actual = new double[rows];
        double[] predicted = new double[rows];
        List<String[]> cells = new ArrayList<>(rows);
        List<String> ids = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            Row r = row(i);
            actual[i] = r.getDouble(1);
            predicted[i] = r.getDouble(2);
            cells.add(new String[] {r.getString(3), r.getString(4)});
            ids.add(Long.toString(i));
        }
        return new RegressionRequest("bench", "run-20261124-000000-00000000", "synthetic", ModelRole.BASELINE,
                new DatasetRef("generated", "v1", "0".repeat(64), "generated", (long) rows),
                new CodeVersion("0".repeat(40), false), 1, "y", Table.ofRows(List.of("region", "size"), cells, ids),
                new RegressionRows(actual, predicted), null, null, null, new ReproSteps("", "", "", ""));
    }
}
