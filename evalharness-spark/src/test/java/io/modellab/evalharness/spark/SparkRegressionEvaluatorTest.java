package io.modellab.evalharness.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.BootstrapInterval;
import io.modellab.evalharness.metrics.RegressionRows;
import io.modellab.evalharness.plots.RegressionPlots;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.RegressionEvaluator;
import io.modellab.tracker.RegressionRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark regression path against the single machine's {@link RegressionEvaluator} on the same rows, on
 * {@code local[2]}: the bundled cpu data (209 computers) with a seeded linear predictor, and 2,000 generated rows
 * with a categorical feature, missing cells and ties.
 */
class SparkRegressionEvaluatorTest {

    private static final long SEED = 7;
    private static final String RUN = "run-20261124-020000-0a1b2c3d";
    private static final String CPU_FEATURES_CSV = "MYCT,MMIN,MMAX,CACH,CHMIN,CHMAX";
    private static final List<String> CPU_FEATURES = List.of(CPU_FEATURES_CSV.split(","));
    private static final List<String> SYNTHETIC_FEATURES = List.of("region", "size", "segment");
    private static final int SYNTHETIC_ROWS = 2_000;
    private static final DatasetRef CPU = new DatasetRef("cpu", "v1",
            "0f3c2a1b9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b", "cpu.csv", 209L);
    private static final DatasetRef SYNTHETIC = new DatasetRef("synthetic", "v1",
            "1f3c2a1b9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b", "synthetic.parquet", (long) SYNTHETIC_ROWS);
    private static final CodeVersion CODE = new CodeVersion("0123456789abcdef0123456789abcdef01234567", false);
    private static final ReproSteps REPRO = new ReproSteps("./mvnw -B -q verify", "hdfs dfs -get /data/cpu",
            "spark-submit --class Score app.jar " + ReproSteps.RUN_ID, "spark-submit --class Eval app.jar");

    private static SparkSession spark;
    private static Rows cpu;
    private static Rows synthetic;

    /** The same rows for both paths. */
    private record Rows(List<Row> rows, StructType schema, Table features, double[] actual, double[] predicted) {

        Dataset<Row> frame(int partitions) {
            return spark.createDataFrame(rows, schema).repartition(partitions);
        }
    }

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("evalharness-spark-regression-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        cpu = cpuRows();
        synthetic = syntheticRows();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** datasets/cpu.csv read by Spark's CSV reader (cells as strings), with a seeded linear prediction. */
    private static Rows cpuRows() {
        List<Row> csv = spark.read().option("header", "true").csv("../datasets/cpu.csv").collectAsList();
        SplittableRandom random = new SplittableRandom(5);
        StructType schema = new StructType().add("id", DataTypes.LongType, false)
                .add("performance", DataTypes.DoubleType, true).add("predicted", DataTypes.DoubleType, true);
        for (String f : CPU_FEATURES) {
            schema = schema.add(f, DataTypes.StringType, true);
        }
        List<Row> rows = new ArrayList<>();
        List<String[]> cells = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        double[] actual = new double[csv.size()];
        double[] predicted = new double[csv.size()];
        for (int i = 0; i < csv.size(); i++) {
            Row r = csv.get(i);
            String[] f = new String[CPU_FEATURES.size()];
            for (int c = 0; c < f.length; c++) {
                f[c] = r.getString(r.fieldIndex(CPU_FEATURES.get(c)));
            }
            actual[i] = Double.parseDouble(r.getString(r.fieldIndex("performance")));
            predicted[i] = -30 + 0.008 * Double.parseDouble(f[2]) + 0.7 * Double.parseDouble(f[3])
                    + random.nextGaussian() * 25;
            Object[] values = new Object[3 + f.length];
            values[0] = (long) i;
            values[1] = actual[i];
            values[2] = predicted[i];
            System.arraycopy(f, 0, values, 3, f.length);
            rows.add(RowFactory.create(values));
            cells.add(f);
            ids.add(Integer.toString(i));
        }
        return new Rows(rows, schema, Table.ofRows(CPU_FEATURES, cells, ids), actual, predicted);
    }

    /** Skewed targets, errors that depend on a categorical region (some missing), a numeric size with ties. */
    private static Rows syntheticRows() {
        SplittableRandom random = new SplittableRandom(11);
        String[] regions = {"north", "south", "east", "west", "centre", "islands", "abroad"};
        StructType schema = new StructType().add("id", DataTypes.LongType, false)
                .add("y", DataTypes.DoubleType, true).add("p", DataTypes.DoubleType, true)
                .add("region", DataTypes.StringType, true).add("size", DataTypes.IntegerType, true)
                .add("segment", DataTypes.StringType, true);
        List<Row> rows = new ArrayList<>();
        List<String[]> cells = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        double[] actual = new double[SYNTHETIC_ROWS];
        double[] predicted = new double[SYNTHETIC_ROWS];
        for (int i = 0; i < SYNTHETIC_ROWS; i++) {
            int r = Math.min(regions.length - 1, (int) Math.floor(-Math.log(1 - random.nextDouble()) * 2));
            String region = random.nextDouble() < 0.1 ? null : regions[r];
            Integer size = random.nextDouble() < 0.05 ? null : 1 + random.nextInt(40);
            String segment = random.nextDouble() < 0.2 ? null : "s" + random.nextInt(3);
            actual[i] = Math.round(Math.exp(random.nextGaussian() * 0.6 + 3) * 10) / 10.0 + (r == 2 ? 30 : 0);
            predicted[i] = actual[i] + random.nextGaussian() * (r == 2 ? 12 : 4) + (size == null ? 0 : size * 0.1);
            rows.add(RowFactory.create((long) i, actual[i], predicted[i], region, size, segment));
            cells.add(new String[] {region, size == null ? null : size.toString(), segment});
            ids.add(Integer.toString(i));
        }
        return new Rows(rows, schema, Table.ofRows(SYNTHETIC_FEATURES, cells, ids), actual, predicted);
    }

    private static SparkEvalOptions options(int resamples, int minSlice, String dataset, String source) {
        return new SparkEvalOptions(RUN, "linear", 0.5, resamples, SEED, 0.95, 5, minSlice, null, 0, 5, source,
                dataset);
    }

    private static EvalFolder singleMachine(Rows rows, String target, DatasetRef dataset, int resamples, int minSlice) {
        RegressionRequest request = new RegressionRequest("spark-demo", RUN, "linear", ModelRole.BASELINE, dataset,
                CODE, SEED, target, rows.features(), new RegressionRows(rows.actual(), rows.predicted()), null, null,
                null, REPRO);
        return new RegressionEvaluator(new EvalOptions(resamples, 0.95, minSlice, 5, 5, ProgressListener.NONE))
                .evaluate(request);
    }

    @Test
    void onTheCpuDataEveryNumberSliceFailureAndCountPlotIsTheSingleMachines() {
        SparkRegressionEvaluation spark = SparkRegressionEvaluator.evaluate(cpu.frame(3),
                new RegressionColumns("id", "performance", "predicted", CPU_FEATURES),
                options(200, 10, "cpu", "cpu.csv"));
        EvalFolder single = singleMachine(cpu, "performance", CPU, 200, 10);

        // metrics.json: every metric, the same names and notes, to 1e-12 (relative: errors are in the hundreds).
        assertSameMetrics(spark.metrics().metrics(), single.metrics().metrics());
        assertThat(spark.metrics().rows()).isEqualTo(209);

        // slices.json: the same key feature by the same eta² rule, the same slices, sizes and metrics; only the
        // intervals (Poisson here, multinomial there) and so possibly the order differ.
        SliceReport s = spark.slices();
        SliceReport m = single.slices();
        assertThat(s.keyFeature()).isEqualTo(m.keyFeature()).isNotNull();
        assertThat(s.keyFeatureRule()).isEqualTo(m.keyFeatureRule());
        assertThat(s.worstRule()).isEqualTo(m.worstRule());
        assertThat(s.slices()).extracting(SliceResult::name).containsExactlyInAnyOrderElementsOf(
                m.slices().stream().map(SliceResult::name).toList());
        for (SliceResult expected : m.slices()) {
            SliceResult actual = s.slices().stream().filter(r -> r.name().equals(expected.name())).findFirst()
                    .orElseThrow();
            assertThat(actual.definition()).isEqualTo(expected.definition());
            assertThat(actual.family()).isEqualTo(expected.family());
            assertThat(actual.sampleSize()).as(expected.name()).isEqualTo(expected.sampleSize());
            assertThat(actual.belowMinSize()).isEqualTo(expected.belowMinSize());
            assertSameMetrics(actual.metrics(), expected.metrics());
            if (expected.interval() != null) {
                assertThat(actual.interval().method()).isEqualTo("percentile_poisson_bootstrap");
                assertThat(actual.interval().pointEstimate()).isCloseTo(expected.interval().pointEstimate(),
                        within(1e-9));
            }
        }

        // failure_examples.json and failure_modes.md: the same bytes.
        assertThat(new String(Json.toBytes(spark.failureExamples())))
                .isEqualTo(new String(Json.toBytes(single.failureExamples())));
        assertThat(spark.failureModes()).isEqualTo(single.failureModes());

        // The plots are the same bytes but RMSE by slice (its bars carry the slices' intervals): those drawn from
        // counts, and the scatter plots, which hold every row here (209 < 5,000) in id order, the single machine's.
        for (String name : List.of(RegressionPlots.ERROR_HISTOGRAM, RegressionPlots.ERROR_BY_BUCKET,
                RegressionPlots.RESIDUALS, RegressionPlots.PREDICTED_VS_ACTUAL)) {
            assertThat(plot(spark.plots(), name)).as(name).isEqualTo(plot(single.plots(), name));
        }
        assertThat(spark.plots()).extracting(Plot::fileName).containsExactlyElementsOf(
                single.plots().stream().map(Plot::fileName).toList());

        // takeaway.txt: the same sentences but the first, whose interval bounds are Poisson ones. On these rows both
        // paths' intervals name the same worst slice (elsewhere the Poisson intervals may name another).
        List<String> sparkTakeaway = spark.takeaway(SparkRun.baseline("spark-demo", CPU, CODE, REPRO)).sentences();
        List<String> singleTakeaway = single.takeaway().sentences();
        assertThat(sparkTakeaway.get(1)).isEqualTo(singleTakeaway.get(1));
        assertThat(sparkTakeaway.get(2)).isEqualTo(singleTakeaway.get(2));
        assertThat(sparkTakeaway.get(4)).isEqualTo(singleTakeaway.get(4));
        assertThat(s.worstSlice()).isEqualTo(m.worstSlice()).isNotNull();
        assertThat(sparkTakeaway.get(3)).isEqualTo(singleTakeaway.get(3));
        assertThat(sparkTakeaway.get(0)).startsWith("linear predicts performance on the 209 test rows of cpu version v1"
                + " with RMSE 87.245 (95% CI ");
    }

    @Test
    void headlineIntervalsAreBcaWithTheSingleMachinesJackknifeAndOfTheSameWidth() {
        SparkRegressionEvaluation spark = SparkRegressionEvaluator.evaluate(synthetic.frame(3),
                new RegressionColumns("id", "y", "p", SYNTHETIC_FEATURES),
                options(400, 30, "synthetic", "synthetic.parquet"));
        RegressionRows rows = new RegressionRows(synthetic.actual(), synthetic.predicted());
        assertSameMetrics(spark.metrics().metrics(), rows.metrics(rows.allRows()));

        Bootstrap.Options bca = Bootstrap.Options.of(400, SEED, 0.95).withInterval(Bootstrap.Interval.BCA);
        assertThat(spark.confidenceIntervals().method()).isEqualTo("bca_poisson_bootstrap");
        for (String name : SparkRegressionEvaluator.HEADLINE) {
            ConfidenceInterval ci = spark.confidenceIntervals().intervals().stream()
                    .filter(c -> c.metric().equals(name)).findFirst().orElseThrow();
            BootstrapInterval multinomial = Bootstrap.interval(SYNTHETIC_ROWS, bca, r -> rows.metric(name, r));
            assertThat(ci.method()).as(name).isEqualTo("bca_poisson_bootstrap");
            assertThat(multinomial.method()).as(name).isEqualTo("bca_bootstrap");
            // The acceleration depends on the jackknife alone, which is exact here: the single machine's.
            assertThat(ci.acceleration()).as(name).isCloseTo(multinomial.bca().acceleration(),
                    within(1e-9 * Math.abs(multinomial.bca().acceleration())));
            double width = ci.upper() - ci.lower();
            assertThat(width).as("%s: Poisson BCa width against the single machine's BCa width", name)
                    .isCloseTo(multinomial.upper() - multinomial.lower(), within(0.10 * width));
        }

        // The categorical region explains most of the error's target shift: the eta² rule picks the same feature.
        EvalFolder single = singleMachine(synthetic, "y", SYNTHETIC, 400, 30);
        assertThat(spark.slices().keyFeature()).isEqualTo(single.slices().keyFeature());
        assertThat(spark.slices().keyFeatureRule()).isEqualTo(single.slices().keyFeatureRule());
        assertThat(spark.slices().slices()).extracting(SliceResult::name).containsExactlyInAnyOrderElementsOf(
                single.slices().slices().stream().map(SliceResult::name).toList());
        assertThat(new String(Json.toBytes(spark.failureExamples())))
                .isEqualTo(new String(Json.toBytes(single.failureExamples())));

        // A slice's RMSE interval: percentile over per-slice Poisson replicate sums here, over multinomial resamples
        // of the slice's rows there; on slices of at least 300 rows the widths agree within 20 % (measured: 0.88 to
        // 1.05 times the single machine's; the heavy-tailed top quintile is the furthest).
        int compared = 0;
        for (SliceResult expected : single.slices().slices()) {
            SliceResult actual = spark.slices().slices().stream().filter(r -> r.name().equals(expected.name()))
                    .findFirst().orElseThrow();
            if (expected.sampleSize() < 300 || expected.interval() == null) {
                continue;
            }
            double width = actual.interval().upper() - actual.interval().lower();
            assertThat(actual.interval().method()).isEqualTo("percentile_poisson_bootstrap");
            assertThat(width).as("%s: RMSE interval width", expected.name())
                    .isCloseTo(expected.interval().upper() - expected.interval().lower(), within(0.20 * width));
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theFilesAreTheSameBytesWhateverThePartitioning(@TempDir Path dir) throws IOException {
        RegressionColumns columns = new RegressionColumns("id", "y", "p", SYNTHETIC_FEATURES);
        SparkRun run = SparkRun.baseline("spark-demo", SYNTHETIC, CODE, REPRO);
        for (int partitions : WrittenFolders.PARTITIONS) {
            // 300 plotted rows of 2,000: the sample, too, must not depend on the partitioning.
            SparkRegressionEvaluator.evaluate(synthetic.frame(partitions), columns,
                    options(100, 30, "synthetic", "synthetic.parquet"), 300)
                    .writeFolder(WrittenFolders.root(dir, partitions), run);
        }
        Path p1 = WrittenFolders.evalDir(dir, 1, "spark-demo", RUN);
        List<String> written = WrittenFolders.files(p1);
        assertThat(written).containsExactly("confidence_intervals.json", "eval_summary.json", "failure_examples.json",
                "failure_modes.md", "metrics.json", "plots/error_by_target_quantile.png", "plots/error_histogram.png",
                "plots/predicted_vs_actual.png", "plots/residuals_vs_predicted.png", "plots/slices_rmse.png",
                "repro.md", "slices.json", "takeaway.txt");
        EvalSummary summary = ArtifactReader.read(p1.resolve("eval_summary.json"), EvalSummary.class);
        assertThat(summary.testRows()).isEqualTo((long) SYNTHETIC_ROWS);
        assertThat(summary.files().regressionPredictions()).isNull();
        assertThat(summary.files().rowsNotWritten()).isEqualTo(
                "2000 rows evaluated on Apache Spark; regression_predictions.json (every row) is not written");
        assertThat(summary.headline()).extracting(h -> h.name()).containsExactly("rmse", "mae", "r2");
        assertThat(Files.readAllLines(p1.resolve("takeaway.txt"))).hasSize(5);
        assertThat(Files.readString(p1.resolve("repro.md"))).contains("target `y`");
        WrittenFolders.assertValidAndTheSameOnEveryPartitioning(dir, "spark-demo", RUN);
    }

    @Test
    void aNamedNumericKeyFeatureGetsTheSingleMachinesBucketsAndApproximateQuintilesStayWithinTheirBound() {
        RegressionColumns columns = new RegressionColumns("id", "y", "p", SYNTHETIC_FEATURES);
        SparkRegressionEvaluation named = SparkRegressionEvaluator.evaluate(synthetic.frame(2), columns,
                options(20, 30, "synthetic", "synthetic.parquet").withKeyFeature("size"));
        RegressionRequest request = new RegressionRequest("spark-demo", RUN, "linear", ModelRole.BASELINE, SYNTHETIC,
                CODE, SEED, "y", synthetic.features(), new RegressionRows(synthetic.actual(), synthetic.predicted()),
                "size", null, null, REPRO);
        SliceReport single = new RegressionEvaluator(new EvalOptions(20, 0.95, 30, 5, 5, ProgressListener.NONE))
                .evaluate(request).slices();
        assertThat(named.slices().keyFeatureRule()).isEqualTo("named by the user");
        assertThat(named.slices().slices()).extracting(r -> r.name() + ": " + r.sampleSize())
                .containsExactlyInAnyOrderElementsOf(single.slices().stream()
                        .map(r -> r.name() + ": " + r.sampleSize()).toList())
                .anyMatch(name -> name.startsWith("size "));

        // Opted-in approximate quintiles: each start's rank among the targets within 0.005 n of the exact position.
        double error = 0.005;
        SparkRegressionEvaluation approximate = SparkRegressionEvaluator.evaluate(synthetic.frame(2), columns,
                options(20, 30, "synthetic", null).withApproximateQuantiles(error));
        List<SliceResult> quintiles = approximate.slices().slices().stream()
                .filter(r -> r.family().equals("target_quantile")).sorted(java.util.Comparator.comparing(
                        (SliceResult r) -> r.definition().lower() == null ? Double.NEGATIVE_INFINITY
                                : r.definition().lower())).toList();
        assertThat(quintiles).hasSize(5);
        for (int j = 1; j < quintiles.size(); j++) {
            double start = quintiles.get(j).definition().lower();
            long below = java.util.Arrays.stream(synthetic.actual()).filter(v -> v < start).count();
            long atOrBelow = java.util.Arrays.stream(synthetic.actual()).filter(v -> v <= start).count();
            long exact = (long) j * SYNTHETIC_ROWS / 5;
            assertThat(exact).as("quintile %d starting at %s", j, start)
                    .isBetween(below - (long) Math.ceil(error * SYNTHETIC_ROWS),
                            atOrBelow - 1 + (long) Math.ceil(error * SYNTHETIC_ROWS));
        }
    }

    @Test
    void badColumnsAndRowsAreNamed() {
        StructType schema = synthetic.schema();
        RegressionColumns columns = new RegressionColumns("id", "y", "p", SYNTHETIC_FEATURES);
        SparkEvalOptions options = options(10, 30, "synthetic", null);
        List<Row> nan = List.of(RowFactory.create(1L, 3.0, 2.5, "north", 3, "s1"),
                RowFactory.create(7L, 4.0, Double.NaN, "north", 3, "s1"));
        assertThatThrownBy(() -> SparkRegressionEvaluator.evaluate(spark.createDataFrame(nan, schema), columns, options))
                .rootCause().hasMessage("row with id 7: column p holds NaN, expected a finite number");
        List<Row> missing = List.of(RowFactory.create(4L, null, 2.5, "north", 3, "s1"));
        assertThatThrownBy(() -> SparkRegressionEvaluator.evaluate(spark.createDataFrame(missing, schema), columns,
                options)).rootCause().hasMessage("row with id 4: column y holds null, expected a finite number");
        List<Row> infinite = List.of(RowFactory.create(5L, Double.POSITIVE_INFINITY, 2.5, "north", 3, "s1"));
        assertThatThrownBy(() -> SparkRegressionEvaluator.evaluate(spark.createDataFrame(infinite, schema), columns,
                options)).rootCause().hasMessage("row with id 5: column y holds Infinity, expected a finite number");

        Dataset<Row> frame = spark.createDataFrame(nan, schema);
        assertThatThrownBy(() -> SparkRegressionEvaluator.evaluate(frame.drop("size"), columns, options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("predictions have no column \"size\"; columns: [id, y, p, region, segment]");
        assertThatThrownBy(() -> SparkRegressionEvaluator.evaluate(frame.withColumn("y",
                frame.col("y").cast("string")), columns, options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column y is of type string, expected a number (the target)");
        assertThatThrownBy(() -> SparkRegressionEvaluator.evaluate(frame, columns, options.withKeyFeature("income")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key feature \"income\" is not a feature; features are [region, size, segment]");
        assertThatThrownBy(() -> SparkRegressionEvaluator.evaluate(frame.limit(0), columns, options))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("empty input: no rows to score");
    }

    private static byte[] plot(List<Plot> plots, String name) {
        Plot plot = plots.stream().filter(p -> p.fileName().startsWith(name + ".")).findFirst().orElseThrow();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            plot.content().writeTo(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void assertSameMetrics(List<MetricValue> actual, List<MetricValue> expected) {
        assertThat(actual).extracting(MetricValue::name).containsExactlyElementsOf(
                expected.stream().map(MetricValue::name).toList());
        for (int i = 0; i < expected.size(); i++) {
            MetricValue e = expected.get(i);
            MetricValue a = actual.get(i);
            assertThat(a.note()).as(e.name()).isEqualTo(e.note());
            if (e.value() == null) {
                assertThat(a.value()).as(e.name()).isNull();
            } else {
                assertThat(a.value()).as(e.name()).isCloseTo(e.value(), within(1e-12 * Math.max(1, Math.abs(e.value()))));
            }
        }
    }
}
