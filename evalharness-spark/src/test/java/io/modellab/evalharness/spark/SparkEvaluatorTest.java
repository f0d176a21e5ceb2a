package io.modellab.evalharness.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modellab.evalharness.core.ReproSteps;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.slicing.TakeawaySentences;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.FailureRule;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.BootstrapInterval;
import io.modellab.evalharness.metrics.ClassificationMetrics;
import io.modellab.evalharness.metrics.RankBootstrap;
import io.modellab.evalharness.metrics.RankMetrics;
import io.modellab.evalharness.metrics.RocCurve;
import io.modellab.evalharness.plots.BinaryPlots;
import io.modellab.evalharness.plots.ClassificationPlots;
import io.modellab.evalharness.plots.ImageFormat;
import io.modellab.evalharness.slicing.DefaultSlices;
import io.modellab.evalharness.slicing.FailureModesTemplate;
import io.modellab.evalharness.slicing.FailureSelection;
import io.modellab.evalharness.slicing.FailureSelector;
import io.modellab.evalharness.slicing.FailureTagging;
import io.modellab.evalharness.slicing.SliceData;
import io.modellab.evalharness.slicing.SliceInterval;
import io.modellab.evalharness.slicing.SliceRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
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
    private static final String RUN = "run-20261124-010000-0a1b2c3d";
    private static final SparkRun SPARK_RUN = SparkRun.baseline("spark-demo",
            new DatasetRef("synthetic", "v1", "0f3c2a1b9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b",
                    "predictions.parquet", (long) ROWS),
            new CodeVersion("0123456789abcdef0123456789abcdef01234567", false),
            new ReproSteps("./mvnw -B -q verify", "hdfs dfs -get /data/predictions.parquet",
                    "spark-submit --class Score app.jar " + ReproSteps.RUN_ID, "spark-submit --class Eval app.jar"));
    private static final PredictionColumns COLUMNS = new PredictionColumns("id", "label", "p_good",
            List.of("region", "segment", "age"), "good", "bad");
    private static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.LongType, false)
            .add("label", DataTypes.StringType, true)
            .add("p_good", DataTypes.DoubleType, true)
            .add("region", DataTypes.StringType, true)
            .add("segment", DataTypes.StringType, true)
            .add("age", DataTypes.StringType, true);

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
            // Ages with ties and 8 % missing; together with a missing region, some rows reach medium missingness.
            String age = random.nextDouble() < 0.08 ? null : Integer.toString(18 + random.nextInt(60));
            actual[i] = random.nextDouble() < 0.35 + 0.05 * r;
            double noise = r == 2 ? 0.35 : 0.2;
            score[i] = Math.min(1, Math.max(0, Math.round((random.nextGaussian() * noise + (actual[i] ? 0.62 : 0.4)) * 500) / 500.0));
            rows.add(RowFactory.create((long) i, actual[i] ? "good" : "bad", score[i], region, segment, age));
            cells.add(new String[] {region, segment, age});
            ids.add(Integer.toString(i));
        }
        single = new BinaryPredictions("good", "bad", actual, score, 0.5);
        features = Table.ofRows(List.of("region", "segment", "age"), cells, ids);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Dataset<Row> predictions(int partitions) {
        return spark.createDataFrame(rows, SCHEMA).repartition(partitions);
    }

    private static SparkEvalOptions options(int resamples) {
        return new SparkEvalOptions(RUN, "model", 0.5, resamples, SEED, 0.95, 5, 30, null, 0, 5,
                "predictions.parquet", "synthetic");
    }

    @Test
    void pointMetricsMatchTheSingleMachinePathAndIntervalsAreBcaOfTheSameWidth() {
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

        // confidence_intervals.json: BCa as on the single machine, over Poisson replicates, with the exact jackknife.
        // Poisson counts of ids 0..n-1 are RankBootstrap's of positions 0..n-1, so ROC-AUC's interval is the single
        // machine's Poisson BCa interval; every width is close to the multinomial BCa one.
        Bootstrap.Options bca = Bootstrap.Options.of(400, SEED, 0.95).withInterval(Bootstrap.Interval.BCA);
        BootstrapInterval poisson = RankBootstrap.rocAuc(actualArray(), scoreArray(), bca);
        ConfidenceInterval auc = interval(spark, BinaryPredictions.ROC_AUC);
        assertThat(auc.method()).isEqualTo("bca_poisson_bootstrap");
        assertThat(auc.lower()).isCloseTo(poisson.lower(), within(1e-12));
        assertThat(auc.upper()).isCloseTo(poisson.upper(), within(1e-12));
        assertThat(auc.acceleration()).isCloseTo(poisson.bca().acceleration(), within(1e-12));
        assertThat(spark.confidenceIntervals().method()).isEqualTo("bca_poisson_bootstrap");
        for (String name : SparkEvaluator.HEADLINE) {
            ConfidenceInterval ci = interval(spark, name);
            BootstrapInterval multinomial = Bootstrap.interval(ROWS, bca, r -> single.metric(name, r));
            double width = ci.upper() - ci.lower();
            assertThat(ci.method()).as(name).isEqualTo("bca_poisson_bootstrap");
            assertThat(multinomial.method()).as(name).isEqualTo("bca_bootstrap");
            assertThat(ci.pointEstimate()).isCloseTo(multinomial.pointEstimate(), within(1e-12));
            assertThat(width).as("%s: Poisson BCa width against the single machine's BCa width", name)
                    .isCloseTo(multinomial.upper() - multinomial.lower(), within(0.10 * width));
        }
    }

    @Test
    void slicesJsonIsTheSingleMachinesBytes() {
        SliceReport expected = singleMachineSlices(null, 200);
        SliceReport actual = SparkEvaluator.evaluate(predictions(3), COLUMNS, options(200)).slices();

        assertThat(actual.keyFeature()).isEqualTo("region");
        assertThat(actual.slices()).extracting(SliceResult::family).containsOnly("confidence_decile", "missingness",
                "key_feature", "actual_class");
        assertThat(actual.slices()).extracting(SliceResult::name).contains("region is missing",
                "actual = good");
        assertThat(actual.slices()).anyMatch(SliceResult::belowMinSize);
        assertThat(actual.worstSlice()).isNotNull();
        assertThat(new String(Json.toBytes(actual), StandardCharsets.UTF_8))
                .isEqualTo(new String(Json.toBytes(expected), StandardCharsets.UTF_8));
    }

    @Test
    void aNamedNumericKeyFeatureGetsTheSingleMachinesExactQuantileBuckets() {
        SliceReport expected = singleMachineSlices("age", 50);
        SliceReport actual = SparkEvaluator.evaluate(predictions(2), COLUMNS, options(50).withKeyFeature("age"))
                .slices();

        assertThat(actual.slices()).extracting(SliceResult::name).contains("age is missing");
        assertThat(new String(Json.toBytes(actual), StandardCharsets.UTF_8))
                .isEqualTo(new String(Json.toBytes(expected), StandardCharsets.UTF_8));

        // Opt-in approximation: the buckets still cover every row with an age once.
        SliceReport approximate = SparkEvaluator.evaluate(predictions(2), COLUMNS,
                options(50).withKeyFeature("age").withApproximateQuantiles(0.01)).slices();
        List<SliceResult> buckets = approximate.slices().stream()
                .filter(r -> "key_feature".equals(r.family()) && r.definition().kind().equals("numeric_range")).toList();
        long withAge = rows.stream().filter(r -> r.get(5) != null).count();
        assertThat(buckets).hasSizeBetween(2, 5);
        assertThat(buckets.stream().mapToLong(SliceResult::sampleSize).sum()).isEqualTo(withAge);
    }

    @Test
    void failureExamplesAndTheirTemplateAreTheSingleMachinesBytes() {
        SliceReport slices = singleMachineSlices(null, 50);
        SliceResult worst = slices.slices().stream().filter(r -> r.name().equals(slices.worstSlice())).findFirst()
                .orElseThrow();
        FailureSelection selection = new FailureSelector(5).select(single, SliceData.classification(features, single),
                worst, id -> "predictions.parquet#row=" + id, FailureTagging.DEFAULTS);
        FailureExamples expected = new FailureExamples(SchemaVersion.CURRENT, RUN, selection.rules(),
                selection.examples());

        SparkEvaluation spark = SparkEvaluator.evaluate(predictions(3), COLUMNS, options(50));

        assertThat(spark.failureExamples().rules()).extracting(FailureRule::matched).allMatch(m -> m > 5);
        assertThat(spark.failureExamples().examples()).hasSize(15).allMatch(e -> e.failureMode() != null);
        assertThat(new String(Json.toBytes(spark.failureExamples()), StandardCharsets.UTF_8))
                .isEqualTo(new String(Json.toBytes(expected), StandardCharsets.UTF_8));
        assertThat(spark.failureModes()).isEqualTo(FailureModesTemplate.render(expected));
    }

    @Test
    void thePlotsAreTheSingleMachinesBytes() throws IOException {
        SliceReport slices = singleMachineSlices(null, 50);
        List<MetricValue> overall = single.metrics(single.allRows());
        ClassificationMetrics.Report suite = ClassificationMetrics.binary(single.toClassificationData(), 1, 0.5);
        // EvalHarness's inputs, from rows.
        double[] right = new double[ClassificationPlots.CONFIDENCE_BINS];
        double[] wrong = new double[ClassificationPlots.CONFIDENCE_BINS];
        for (int i = 0; i < ROWS; i++) {
            (single.correct(i) ? right : wrong)[ClassificationPlots.confidenceBin(single.confidence(i))]++;
        }
        RocCurve roc = single.rocCurve(single.allRows());
        RankMetrics.PrCurve pr = RankMetrics.prCurve(actualArray(), scoreArray(), null);
        double[][] counts = single.confusionMatrix().counts().stream()
                .map(row -> row.stream().mapToDouble(Long::doubleValue).toArray()).toArray(double[][]::new);
        long positives = IntStream.range(0, ROWS).filter(single::actualPositive).count();
        List<Plot> expected = BinaryPlots.of(new BinaryPlots.Inputs("model on synthetic (test rows)", "model",
                MetricValue.valueOf(overall, "roc_auc"), roc.falsePositiveRate(), roc.truePositiveRate(), pr.recall(),
                pr.precision(), RankMetrics.averagePrecision(actualArray(), scoreArray(), null),
                (double) positives / ROWS, suite.calibration().predicted(), suite.calibration().observed(),
                suite.calibration().ece(), single.confusionMatrix().labels(), counts, right, wrong, slices.slices(),
                MetricValue.valueOf(overall, "accuracy")), ImageFormat.PNG);

        List<Plot> actual = SparkEvaluator.evaluate(predictions(3), COLUMNS, options(50)).plots();

        assertThat(actual).extracting(Plot::fileName).containsExactly("roc_curve.png", "pr_curve.png",
                "calibration_curve.png", "confusion_matrix.png", "confusion_matrix_normalized.png",
                "confidence_histogram.png", "slices_accuracy.png");
        for (int i = 0; i < expected.size(); i++) {
            assertThat(bytes(actual.get(i))).as(actual.get(i).fileName()).isEqualTo(bytes(expected.get(i)));
        }
    }

    private static byte[] bytes(Plot plot) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        plot.content().writeTo(out);
        return out.toByteArray();
    }

    /** slices.json as {@code EvalHarness.evaluate} makes it from rows (the same defaults, runner and interval). */
    private static SliceReport singleMachineSlices(String keyFeature, int resamples) {
        List<MetricValue> overall = single.metrics(single.allRows());
        SliceData data = SliceData.classification(features, single);
        DefaultSlices.Plan plan = DefaultSlices.SPEC.classification(data, keyFeature);
        Bootstrap.Options sliceBootstrap = Bootstrap.Options.of(resamples, SEED, 0.95);
        SliceRunner runner = new SliceRunner(single::metrics, 30, BinaryPredictions.ACCURACY, true,
                SliceInterval.accuracy(single, sliceBootstrap));
        SliceRunner.Evaluation sliced = runner.run(plan.families(), data, overall);
        return new SliceReport(SchemaVersion.CURRENT, RUN, 30, overall, sliced.slices(), BinaryPredictions.ACCURACY,
                sliced.worst() == null ? null : sliced.worst().name(), sliced.worstRule(), plan.keyFeature(),
                plan.keyFeatureRule(), 0.95, resamples, SEED);
    }

    @Test
    void theTakeawayIsTheSingleMachinesButForTheHeadlineIntervalsBounds() {
        SparkEvaluation spark = SparkEvaluator.evaluate(predictions(3), COLUMNS, options(200));
        // The tracker's Takeaways.binary inputs for an EvalHarness run without a model, from rows.
        SliceReport slices = singleMachineSlices(null, 200);
        SliceResult worst = slices.slices().stream().filter(r -> r.name().equals(slices.worstSlice())).findFirst()
                .orElseThrow();
        FailureSelection selection = new FailureSelector(5).select(single, SliceData.classification(features, single),
                worst, id -> "predictions.parquet#row=" + id, FailureTagging.DEFAULTS);
        Bootstrap.Options bca = Bootstrap.Options.of(200, SEED, 0.95).withInterval(Bootstrap.Interval.BCA);
        BootstrapInterval auc = Bootstrap.interval(ROWS, bca, r -> single.metric(BinaryPredictions.ROC_AUC, r));
        List<String> expected = TakeawaySentences.binary(new TakeawaySentences.Binary("model", "synthetic", "v1", "good",
                0.5, single.confusion(single.allRows()), TakeawaySentences.confidentWrong(single),
                single.metrics(single.allRows()), new ConfidenceInterval(BinaryPredictions.ROC_AUC, auc.pointEstimate(),
                        auc.mean(), auc.lower(), auc.upper(), auc.resamplesUsed(), auc.method(), null, null), 0.95, SEED,
                30, worst, selection.examples(), null, null, null)).sentences();

        List<String> actual = spark.takeaway(SPARK_RUN).sentences();

        assertThat(actual).hasSize(5);
        assertThat(actual.subList(1, 5)).containsExactlyElementsOf(expected.subList(1, 5));
        assertThat(actual.get(4)).startsWith("Of the 3000 predictions").doesNotContain("stress");
        // The headline differs only in the bounds: Poisson replicates on Spark, multinomial resamples on one machine.
        String bounds = "CI \\d\\.\\d{3} to \\d\\.\\d{3}";
        assertThat(actual.get(0)).isNotEqualTo(expected.get(0))
                .isEqualTo(expected.get(0).replaceAll(bounds, String.format(java.util.Locale.ROOT, "CI %.3f to %.3f",
                        interval(spark, BinaryPredictions.ROC_AUC).lower(),
                        interval(spark, BinaryPredictions.ROC_AUC).upper())));
    }

    @Test
    void theFilesAreTheSameBytesWhateverThePartitioning(@TempDir Path dir) throws IOException {
        for (int partitions : WrittenFolders.PARTITIONS) {
            SparkEvaluator.evaluate(predictions(partitions), COLUMNS, options(100))
                    .writeFolder(WrittenFolders.root(dir, partitions), SPARK_RUN);
        }
        Path p1 = WrittenFolders.evalDir(dir, 1, "spark-demo", RUN);
        List<String> written = WrittenFolders.files(p1);
        assertThat(written).containsExactly("confidence_intervals.json", "eval_summary.json", "failure_examples.json",
                "failure_modes.md", "metrics.json", "plots/calibration_curve.png", "plots/confidence_histogram.png",
                "plots/confusion_matrix.png", "plots/confusion_matrix_normalized.png", "plots/pr_curve.png",
                "plots/roc_curve.png", "plots/slices_accuracy.png", "repro.md", "slices.json", "takeaway.txt");

        // eval_summary.json: the headline is metrics.json's values with confidence_intervals.json's bounds.
        EvalSummary summary = ArtifactReader.read(p1.resolve("eval_summary.json"), EvalSummary.class);
        MetricsReport metrics = ArtifactReader.read(p1.resolve("metrics.json"), MetricsReport.class);
        ConfidenceIntervals cis = ArtifactReader.read(p1.resolve("confidence_intervals.json"), ConfidenceIntervals.class);
        assertThat(summary.testRows()).isEqualTo(ROWS);
        assertThat(summary.headline()).extracting(HeadlineMetric::name).containsExactly("roc_auc", "accuracy", "f1");
        for (HeadlineMetric h : summary.headline()) {
            ConfidenceInterval ci = cis.intervals().stream().filter(c -> c.metric().equals(h.name())).findFirst()
                    .orElseThrow();
            assertThat(h.value()).as(h.name()).isEqualTo(MetricValue.valueOf(metrics.metrics(), h.name()));
            assertThat(List.of(h.ciLower(), h.ciUpper())).as(h.name()).containsExactly(ci.lower(), ci.upper());
        }
        assertThat(summary.files().predictions()).isNull();
        assertThat(summary.files().failureModes()).isEqualTo("failure_modes.md");
        assertThat(summary.files().rowsNotWritten())
                .isEqualTo("3000 rows evaluated on Apache Spark; predictions.json (every row) is not written");
        assertThat(summary.keyPlots()).hasSize(7).allMatch(plot -> written.contains(plot));
        assertThat(Files.readAllLines(p1.resolve("takeaway.txt"))).hasSize(5);
        assertThat(Files.readString(p1.resolve("repro.md"))).contains("spark-submit --class Score app.jar " + RUN);

        WrittenFolders.assertValidAndTheSameOnEveryPartitioning(dir, "spark-demo", RUN);
    }

    @Test
    void aBadRowIsNamedByColumnAndId() {
        List<Row> bad = List.of(RowFactory.create(1L, "good", 0.9, "north", "s1", "30"),
                RowFactory.create(7L, "good", 1.5, "north", "s1", "30"));
        Dataset<Row> frame = spark.createDataFrame(bad, SCHEMA);
        assertThatThrownBy(() -> SparkEvaluator.evaluate(frame, COLUMNS, options(10)))
                .rootCause().hasMessage("row with id 7: column p_good holds 1.5, expected a probability in [0, 1]");

        List<Row> unknown = List.of(RowFactory.create(3L, "maybe", 0.5, "north", "s1", "30"));
        assertThatThrownBy(() -> SparkEvaluator.evaluate(spark.createDataFrame(unknown, SCHEMA), COLUMNS, options(10)))
                .rootCause().hasMessage("row with id 3: column label holds \"maybe\", expected \"good\" or \"bad\"");

        assertThatThrownBy(() -> SparkEvaluator.evaluate(frame.drop("segment"), COLUMNS, options(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("predictions have no column \"segment\"; columns: [id, label, p_good, region, age]");
        assertThatThrownBy(() -> SparkEvaluator.evaluate(frame, COLUMNS, options(10).withKeyFeature("income")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key feature \"income\" is not a feature; features are [region, segment, age]");
    }

    @Test
    void aRunOfOtherDataThanThePlotsWereTitledWithIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
        SparkEvaluation clicks = SparkEvaluator.evaluate(predictions(2), COLUMNS, options(10).withDataset("clicks"));

        assertThatThrownBy(() -> clicks.writeFolder(dir, SPARK_RUN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the run's dataset is \"synthetic\" but the plots were titled \"clicks\": evaluate with"
                        + " SparkEvalOptions.withDataset(\"synthetic\")");
        assertThat(dir).isEmptyDirectory();
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
