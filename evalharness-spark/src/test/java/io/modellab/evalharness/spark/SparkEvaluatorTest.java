package io.modellab.evalharness.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.BootstrapInterval;
import io.modellab.evalharness.metrics.ClassificationMetrics;
import io.modellab.evalharness.metrics.RankBootstrap;
import io.modellab.evalharness.slicing.SliceRunner;
import io.modellab.evalharness.slicing.Slices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
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
 * The Spark path against the single-machine path on the same rows, on {@code local[2]}: one session for the class,
 * a few thousand rows, so the whole class runs in seconds.
 */
class SparkEvaluatorTest {

    private static final int ROWS = 3_000;
    private static final long SEED = 7;
    private static final PredictionColumns COLUMNS = new PredictionColumns("id", "label", "p_good",
            List.of("region", "segment"), "good", "bad");
    private static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.LongType, false)
            .add("label", DataTypes.StringType, true)
            .add("p_good", DataTypes.DoubleType, true)
            .add("region", DataTypes.StringType, true)
            .add("segment", DataTypes.StringType, true);

    private static SparkSession spark;
    private static List<Row> rows;
    private static BinaryPredictions single;
    private static Table features;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("evalharness-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        // Scores on a 1/500 grid, so that many rows tie; regions of skewed sizes, some missing.
        SplittableRandom random = new SplittableRandom(11);
        String[] regions = {"north", "south", "east", "west", "centre", "islands", "abroad"};
        rows = new ArrayList<>();
        boolean[] actual = new boolean[ROWS];
        double[] score = new double[ROWS];
        List<String[]> cells = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            int r = Math.min(regions.length - 1, (int) Math.floor(-Math.log(1 - random.nextDouble()) * 2));
            String region = random.nextDouble() < 0.12 ? null : regions[r];
            String segment = "s" + random.nextInt(3);
            actual[i] = random.nextDouble() < 0.35 + 0.05 * r;
            double noise = r == 2 ? 0.35 : 0.2;
            score[i] = Math.min(1, Math.max(0, Math.round((random.nextGaussian() * noise + (actual[i] ? 0.62 : 0.4)) * 500) / 500.0));
            rows.add(RowFactory.create((long) i, actual[i] ? "good" : "bad", score[i], region, segment));
            cells.add(new String[] {region, segment});
            ids.add(Integer.toString(i));
        }
        single = new BinaryPredictions("good", "bad", actual, score, 0.5);
        features = Table.ofRows(List.of("region", "segment"), cells, ids);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Dataset<Row> predictions(int partitions) {
        return spark.createDataFrame(rows, SCHEMA).repartition(partitions);
    }

    private static SparkEvalOptions options(int resamples) {
        return new SparkEvalOptions("run-1", "model", 0.5, resamples, SEED, 0.95, 5, 30);
    }

    @Test
    void pointMetricsSlicesAndIntervalsMatchTheSingleMachinePath() {
        SparkEvaluation spark = SparkEvaluator.evaluate(predictions(3), COLUMNS, options(400));

        // metrics.json: the whole suite, to 1e-12, same names and notes; counts exactly.
        ClassificationMetrics.Report suite = ClassificationMetrics.binary(single.toClassificationData(), 1, 0.5);
        assertSameMetrics(spark.metrics().metrics(), suite.metrics());
        assertThat(spark.metrics().rows()).isEqualTo(ROWS);
        assertThat(spark.metrics().confusionMatrix()).isEqualTo(single.confusionMatrix());
        assertThat(spark.metrics().perClass()).hasSize(2);
        for (int c = 0; c < 2; c++) {
            assertThat(spark.metrics().perClass().get(c).support()).isEqualTo(suite.perClass().get(c).support());
            assertThat(spark.metrics().perClass().get(c).f1()).isCloseTo(suite.perClass().get(c).f1(), within(1e-12));
        }

        // slices.json: the same slices, sizes and order; their metrics to 1e-12.
        List<MetricValue> overall = single.metrics(single.allRows());
        assertSameMetrics(spark.slices().overall(), overall);
        SliceRunner runner = new SliceRunner(single::metrics, 30, BinaryPredictions.ACCURACY);
        List<SliceDefinition> definitions = Stream.of("region", "segment")
                .flatMap(column -> Slices.topCategories(features, column, 5).stream()).toList();
        List<SliceResult> expected = runner.run(definitions, features, overall);
        List<SliceResult> actual = spark.slices().slices();
        assertThat(actual).extracting(SliceResult::name).containsExactlyElementsOf(
                expected.stream().map(SliceResult::name).toList());
        assertThat(actual).extracting(SliceResult::name).contains("region is missing", "region = north", "segment = s0");
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).definition()).isEqualTo(expected.get(i).definition());
            assertThat(actual.get(i).sampleSize()).isEqualTo(expected.get(i).sampleSize());
            assertThat(actual.get(i).belowMinSize()).isEqualTo(expected.get(i).belowMinSize());
            assertSameMetrics(actual.get(i).metrics(), expected.get(i).metrics());
        }

        // confidence_intervals.json: Poisson counts of ids 0..n-1 are RankBootstrap's of positions 0..n-1, so the
        // ROC-AUC interval is the single machine's Poisson interval; every width is close to the multinomial one.
        Bootstrap.Options percentile = Bootstrap.Options.of(400, SEED, 0.95);
        BootstrapInterval poisson = RankBootstrap.rocAuc(actualArray(), scoreArray(), percentile);
        ConfidenceInterval auc = interval(spark, BinaryPredictions.ROC_AUC);
        assertThat(auc.method()).isEqualTo("percentile_poisson_bootstrap");
        assertThat(auc.lower()).isCloseTo(poisson.lower(), within(1e-12));
        assertThat(auc.upper()).isCloseTo(poisson.upper(), within(1e-12));
        assertThat(auc.mean()).isCloseTo(poisson.mean(), within(1e-12));
        for (String name : SparkEvaluator.HEADLINE) {
            ConfidenceInterval ci = interval(spark, name);
            BootstrapInterval multinomial = Bootstrap.percentile(ROWS, percentile, r -> single.metric(name, r));
            BootstrapInterval bca = Bootstrap.interval(ROWS, percentile.withInterval(Bootstrap.Interval.BCA),
                    r -> single.metric(name, r));
            double width = ci.upper() - ci.lower();
            assertThat(ci.pointEstimate()).isCloseTo(multinomial.pointEstimate(), within(1e-12));
            assertThat(width).as("%s: Poisson width against the multinomial percentile width", name)
                    .isCloseTo(multinomial.upper() - multinomial.lower(), within(0.10 * width));
            assertThat(width).as("%s: Poisson width against the single machine's BCa width", name)
                    .isCloseTo(bca.upper() - bca.lower(), within(0.10 * width));
        }
    }

    @Test
    void theFilesAreTheSameBytesWhateverThePartitioning(@TempDir Path dir) throws IOException {
        for (int partitions : new int[] {1, 3, 17}) {
            SparkEvaluator.evaluate(predictions(partitions), COLUMNS, options(100)).writeTo(dir.resolve("p" + partitions));
        }
        for (String file : List.of("metrics.json", "confidence_intervals.json", "slices.json")) {
            byte[] one = Files.readAllBytes(dir.resolve("p1").resolve(file));
            assertThat(Files.readAllBytes(dir.resolve("p3").resolve(file))).as(file).isEqualTo(one);
            assertThat(Files.readAllBytes(dir.resolve("p17").resolve(file))).as(file).isEqualTo(one);
        }
    }

    @Test
    void aBadRowIsNamedByColumnAndId() {
        List<Row> bad = List.of(RowFactory.create(1L, "good", 0.9, "north", "s1"),
                RowFactory.create(7L, "good", 1.5, "north", "s1"));
        Dataset<Row> frame = spark.createDataFrame(bad, SCHEMA);
        assertThatThrownBy(() -> SparkEvaluator.evaluate(frame, COLUMNS, options(10)))
                .rootCause().hasMessage("row with id 7: column p_good holds 1.5, expected a probability in [0, 1]");

        List<Row> unknown = List.of(RowFactory.create(3L, "maybe", 0.5, "north", "s1"));
        assertThatThrownBy(() -> SparkEvaluator.evaluate(spark.createDataFrame(unknown, SCHEMA), COLUMNS, options(10)))
                .rootCause().hasMessage("row with id 3: column label holds \"maybe\", expected \"good\" or \"bad\"");

        assertThatThrownBy(() -> SparkEvaluator.evaluate(frame.drop("segment"), COLUMNS, options(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("predictions have no column \"segment\"; columns: [id, label, p_good, region]");
    }

    private static ConfidenceInterval interval(SparkEvaluation evaluation, String name) {
        return evaluation.confidenceIntervals().intervals().stream().filter(ci -> ci.metric().equals(name))
                .findFirst().orElseThrow();
    }

    private static void assertSameMetrics(List<MetricValue> actual, List<MetricValue> expected) {
        assertThat(actual).extracting(MetricValue::name).containsExactlyElementsOf(
                expected.stream().map(MetricValue::name).toList());
        for (int i = 0; i < expected.size(); i++) {
            MetricValue e = expected.get(i);
            MetricValue a = actual.get(i);
            assertThat(a.note()).as(e.name()).isEqualTo(e.note());
            assertThat(a.averaging()).as(e.name()).isEqualTo(e.averaging());
            if (e.value() == null) {
                assertThat(a.value()).as(e.name()).isNull();
            } else {
                assertThat(a.value()).as(e.name()).isCloseTo(e.value(), within(1e-12));
            }
        }
    }

    private static boolean[] actualArray() {
        boolean[] a = new boolean[ROWS];
        for (int i = 0; i < ROWS; i++) {
            a[i] = single.actualPositive(i);
        }
        return a;
    }

    private static double[] scoreArray() {
        double[] s = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            s[i] = single.score(i);
        }
        return s;
    }
}
