package io.modellab.evalharness.spark;

import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.Task;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.BootstrapInterval;
import io.modellab.evalharness.metrics.BinaryConfusion;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.ClassificationMetrics;
import io.modellab.evalharness.metrics.ConfusionCounts;
import io.modellab.evalharness.metrics.PoissonBootstrap;
import io.modellab.evalharness.metrics.ScoreHistogram;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.metrics.RankMetrics;
import io.modellab.evalharness.metrics.RocCurve;
import io.modellab.evalharness.plots.BinaryPlots;
import io.modellab.evalharness.plots.ClassificationPlots;
import io.modellab.evalharness.plots.ImageFormat;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.slicing.FailureModesTemplate;
import io.modellab.evalharness.slicing.FailureSelection;
import io.modellab.evalharness.slicing.FailureSelector;
import io.modellab.evalharness.slicing.FailureTagging;
import io.modellab.evalharness.slicing.KeyFeature;
import io.modellab.evalharness.slicing.SliceData;
import io.modellab.evalharness.slicing.TakeawaySentences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Evaluates a binary classifier's predictions held in a Spark {@code Dataset<Row>}, without collecting rows to the
 * driver, into the eval folder the single-machine {@code EvalHarness} writes for the same rows: eval_summary.json,
 * metrics.json, confidence_intervals.json, slices.json, failure_examples.json, failure_modes.md, takeaway.txt,
 * plots/ and repro.md. It has no predictions.json (every row; eval_summary.json's {@code files.rows_not_written}
 * says why) and no stress.json (stress tests need the model).
 *
 * <pre>{@code
 * SparkEvaluation result = SparkEvaluator.evaluate(predictions,
 *         new PredictionColumns("id", "label", "p_good", List.of("country", "age"), "good", "bad"),
 *         SparkEvalOptions.defaults("run-1", "gbt", 42).withDataset("clicks"));
 * result.writeFolder(Path.of("artifacts"), SparkRun.baseline("ads", datasetRef, codeVersion,
 *         new ReproSteps("mvn -q install", "hdfs dfs -get /data/clicks", "spark-submit ...", "spark-submit ...")));
 * }</pre>
 *
 * <p><b>Passes.</b> One {@link EvalAggregator} folds every row into the exact histogram of distinct scores
 * ({@link ScoreHistogram}) of all rows and of each missingness bucket, the Poisson bootstrap's counts
 * ({@link PoissonBootstrap}) and each feature cell's rows per class; partial states merge on the way to the driver,
 * which computes every metric, the confidence-decile and actual-class slices, and the key feature from the merged
 * state. The key feature's slices take a second pass ({@link SparkSlices}) and the worst slice's failure examples a
 * third ({@link WorstSliceAggregator}); cache the predictions if reading them again costs more than keeping them.
 * The other failure rules keep their first rows per partition as bounded heaps ({@link FailureCandidates}) in the
 * first pass, and the single machine's {@link FailureSelector} picks and tags the examples among those candidates.
 * The plots ({@link BinaryPlots}) are drawn from the histogram of all rows.
 *
 * <p><b>Exact rank metrics.</b> ROC-AUC, average precision and the best-F1 threshold come from the exact histogram
 * of distinct scores, walked in descending score order: no sort of the rows and no approximation. State and driver
 * memory grow with the number of distinct scores (times the replicates for the bootstrap) and with the distinct
 * cells of the feature columns, not with rows; where scores are nearly all distinct on billions of rows, round them
 * first (the result is then exact for the rounded scores).
 *
 * <p><b>Same numbers.</b> Point metrics equal the single-machine ones to 1e-12 (ROC-AUC and every count-based
 * metric bit for bit); slices.json, failure_examples.json, failure_modes.md and the plots are the single machine's
 * bytes (tested on {@code local[2]}; a failure example's ties in confidence go to the smaller id as a string, as the
 * single machine's row ids are strings). takeaway.txt is the single machine's text without a model (the same
 * sentences, {@code TakeawaySentences}) except in the headline interval's bounds, which are Poisson, not
 * multinomial, bootstrap ones.
 * Every state is whole-number counts, so the written files are byte-identical whatever the partitioning.
 *
 * <p><b>Intervals.</b> The headline intervals are BCa, as on the single machine, read off Poisson bootstrap
 * replicates ({@value PoissonBootstrap#BCA_METHOD}): each row counts Poisson(1) times per replicate, drawn from the
 * seed and its id, so they do not depend on partitioning. The jackknife BCa needs is exact and visits no row
 * (ROC-AUC's from the histogram, accuracy's and F1's from the confusion cells). The single machine resamples rows
 * multinomially (a replicate has exactly n rows, here about n), so the replicates, and the bounds, differ by
 * bootstrap noise: on 3,000 rows the widths agree within 10 % (the test's bound). A slice's accuracy interval needs
 * only its merged confusion counts, so it is the single machine's multinomial count bootstrap, bit for bit.
 *
 * <p>Limits: binary classification. Every row count in the folder is 64-bit.
 */
public final class SparkEvaluator {

    /** The metrics that get intervals, as in the single-machine path. */
    public static final List<String> HEADLINE = List.of(BinaryPredictions.ROC_AUC, BinaryPredictions.ACCURACY,
            BinaryPredictions.F1);

    private SparkEvaluator() {
    }

    /**
     * Evaluates {@code predictions} in one Spark job.
     *
     * @throws IllegalArgumentException when a named column is missing (the message lists the columns there are)
     * @throws org.apache.spark.SparkException wrapping the {@code IllegalArgumentException} that names the column and
     *     the id of a bad row (a label that is neither label, a score outside [0, 1], a null id)
     */
    public static SparkEvaluation evaluate(Dataset<Row> predictions, PredictionColumns columns, SparkEvalOptions options) {
        List<String> present = Arrays.asList(predictions.columns());
        for (String name : columns.selected()) {
            if (!present.contains(name)) {
                throw new IllegalArgumentException("predictions have no column \"" + name + "\"; columns: " + present);
            }
        }
        if (options.keyFeature() != null) {
            KeyFeature.named(columns.featureColumns(), options.keyFeature());
        }
        List<SliceDefinition> missingness = SparkSlices.defaults(options).missingness().slices();
        double[] lowers = missingness.stream().mapToDouble(r -> r.lower() == null ? Double.NaN : r.lower()).toArray();
        double[] uppers = missingness.stream().mapToDouble(r -> r.upper() == null ? Double.NaN : r.upper()).toArray();
        Column[] selected = columns.selected().stream().map(functions::col).toArray(Column[]::new);
        EvalAggregator aggregator = new EvalAggregator(columns, options.threshold(), options.seed(), options.resamples(),
                lowers, uppers, options.failureLimit());
        EvalState state = predictions.select(selected).select(aggregator.toColumn()).head();
        return report(state, predictions, columns, options);
    }

    /** The three records from a merged state: everything here runs on the driver but the key feature's pass. */
    static SparkEvaluation report(EvalState state, Dataset<Row> predictions, PredictionColumns columns,
                                  SparkEvalOptions options) {
        ScoreHistogram all = state.overall;
        if (all.rows() == 0) {
            throw new IllegalArgumentException("empty input: no rows to score");
        }
        String positive = columns.positiveLabel();
        String negative = columns.negativeLabel();
        long rows = all.rows();
        List<MetricValue> overall = all.metrics(positive, options.threshold());
        ClassificationMetrics.Report suite = all.suite(negative, positive, options.threshold());
        MetricsReport metrics = new MetricsReport(SchemaVersion.CURRENT, options.runId(), Task.BINARY_CLASSIFICATION,
                options.model(), "test", rows, positive, options.threshold(), suite.metrics(), suite.perClass(),
                all.confusionMatrix(negative, positive, options.threshold()), null);

        Bootstrap.Options bootstrap = Bootstrap.Options.of(options.resamples(), options.seed(), options.confidenceLevel())
                .withInterval(Bootstrap.Interval.BCA);
        ConfusionCounts counts = all.confusion(options.threshold());
        List<ConfidenceInterval> intervals = new ArrayList<>();
        for (String name : HEADLINE) {
            double point = MetricValue.valueOf(overall, name) == null ? Double.NaN : MetricValue.valueOf(overall, name);
            BootstrapInterval ci = BinaryPredictions.ROC_AUC.equals(name)
                    ? PoissonBootstrap.rocAuc(point, state.replicates.rocAuc(), all, bootstrap)
                    : PoissonBootstrap.counts(point, replicates(state.replicates, name), counts, countMetric(name),
                            bootstrap);
            ConfidenceInterval written = ci.toRecord(name);
            if (written != null) {
                intervals.add(written);
            }
        }
        ConfidenceIntervals cis = ConfidenceIntervals.of(options.runId(), PoissonBootstrap.BCA_METHOD,
                options.confidenceLevel(), options.resamples(), options.seed(), intervals);

        SliceReport slices = SparkSlices.report(state, predictions, columns, options, overall);
        FailureExamples failures = failures(state, predictions, columns, options, slices);
        return new SparkEvaluation(metrics, cis, slices, failures, FailureModesTemplate.render(failures),
                plots(all, overall, suite, metrics, slices, columns, options), BinaryConfusion.of(counts),
                confidentWrong(all, options.threshold()), options.dataset());
    }

    /** Wrong rows at least {@link TakeawaySentences#CONFIDENT} sure of their label, from the histogram of all rows. */
    private static long confidentWrong(ScoreHistogram all, double threshold) {
        ScoreHistogram.Groups groups = all.descending();
        long n = 0;
        for (int g = 0; g < groups.score().length; g++) {
            boolean predictedPositive = groups.score()[g] >= threshold;
            if (SparkSlices.confidence(groups.score()[g], predictedPositive) >= TakeawaySentences.CONFIDENT) {
                // A group's negatives are wrong when it is predicted positive, its positives when it is not.
                n += predictedPositive ? groups.negatives()[g] : groups.positives()[g];
            }
        }
        return n;
    }

    /** The single machine's plots ({@link BinaryPlots}), every input from the histogram of all rows. */
    private static List<Plot> plots(ScoreHistogram all, List<MetricValue> overall, ClassificationMetrics.Report suite,
                                    MetricsReport metrics, SliceReport slices, PredictionColumns columns,
                                    SparkEvalOptions options) {
        ScoreHistogram.Groups groups = all.descending();
        double[] right = new double[ClassificationPlots.CONFIDENCE_BINS];
        double[] wrong = new double[ClassificationPlots.CONFIDENCE_BINS];
        for (int g = 0; g < groups.score().length; g++) {
            double score = groups.score()[g];
            boolean predictedPositive = score >= options.threshold();
            int bin = ClassificationPlots.confidenceBin(SparkSlices.confidence(score, predictedPositive));
            // A group's positives are right when it is predicted positive, its negatives when it is not.
            (predictedPositive ? right : wrong)[bin] += groups.positives()[g];
            (predictedPositive ? wrong : right)[bin] += groups.negatives()[g];
        }
        Double auc = MetricValue.valueOf(overall, BinaryPredictions.ROC_AUC);
        RocCurve roc = auc == null ? null : all.rocCurve();
        RankMetrics.PrCurve pr = auc == null ? null : all.prCurve();
        double[][] counts = metrics.confusionMatrix().counts().stream()
                .map(row -> row.stream().mapToDouble(Long::doubleValue).toArray()).toArray(double[][]::new);
        return BinaryPlots.of(new BinaryPlots.Inputs(
                options.model() + " on " + options.dataset() + " (test rows)", options.model(), auc,
                roc == null ? null : roc.falsePositiveRate(), roc == null ? null : roc.truePositiveRate(),
                pr == null ? null : pr.recall(), pr == null ? null : pr.precision(),
                auc == null ? Double.NaN : all.averagePrecision(), (double) all.actualPositives() / all.rows(),
                suite.calibration() == null ? null : suite.calibration().predicted(),
                suite.calibration() == null ? null : suite.calibration().observed(),
                suite.calibration() == null ? Double.NaN : suite.calibration().ece(),
                metrics.confusionMatrix().labels(), counts, right, wrong, slices.slices(),
                MetricValue.valueOf(overall, BinaryPredictions.ACCURACY)), ImageFormat.PNG);
    }

    /**
     * failure_examples.json by the single machine's {@link FailureSelector}, among the candidates the passes kept:
     * each rule's first rows over all rows (bounded heaps, ties by id), the worst slice's from a pass of their own.
     */
    private static FailureExamples failures(EvalState state, Dataset<Row> predictions, PredictionColumns columns,
                                            SparkEvalOptions options, SliceReport slices) {
        SliceResult worst = slices.worstSlice() == null ? null : slices.slices().stream()
                .filter(s -> s.name().equals(slices.worstSlice())).findFirst().orElseThrow();
        Map<String, FailureCandidates.Candidate> candidates = new LinkedHashMap<>();
        state.confidentWrong.candidates().forEach(c -> candidates.putIfAbsent(c.id(), c));
        state.uncertainCorrect.candidates().forEach(c -> candidates.putIfAbsent(c.id(), c));
        long worstWrong = 0;
        if (worst != null) {
            Column[] selected = columns.selected().stream().map(functions::col).toArray(Column[]::new);
            WorstSliceAggregator.State rows = predictions.select(selected).select(new WorstSliceAggregator(columns,
                    options.threshold(), options.failureLimit(), worst.definition()).toColumn()).head();
            rows.candidates.candidates().forEach(c -> candidates.putIfAbsent(c.id(), c));
            worstWrong = rows.wrong;
        }
        int n = candidates.size();
        boolean[] actual = new boolean[n];
        double[] score = new double[n];
        List<String[]> cells = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int i = 0;
        for (FailureCandidates.Candidate c : candidates.values()) {
            actual[i] = c.positive();
            score[i++] = c.score();
            cells.add(c.features());
            ids.add(c.id());
        }
        BinaryPredictions picked = new BinaryPredictions(columns.positiveLabel(), columns.negativeLabel(), actual, score,
                options.threshold());
        Table table = Table.ofRows(columns.featureColumns(), cells, ids);
        ConfusionCounts counts = state.overall.confusion(options.threshold());
        long wrong = Math.round(counts.count(0, 1) + counts.count(1, 0));
        FailureSelector.Matched matched = new FailureSelector.Matched(wrong, state.overall.rows() - wrong, worstWrong,
                state.overall.distinctScores() == 1);
        String source = options.source();
        FailureSelection selection = new FailureSelector(options.failureLimit()).selectAmong(picked,
                SliceData.classification(table, picked), worst, id -> source == null ? null : source + "#row=" + id,
                FailureTagging.DEFAULTS, matched);
        return new FailureExamples(SchemaVersion.CURRENT, options.runId(), selection.rules(), selection.examples());
    }

    /** A count metric as a function of confusion counts, as {@link #replicates} computes it per replicate. */
    private static ToDoubleFunction<ConfusionCounts> countMetric(String name) {
        return switch (name) {
            case BinaryPredictions.ACCURACY -> ConfusionCounts::accuracy;
            case BinaryPredictions.F1 -> c -> c.total() == 0 ? Double.NaN : c.f1(1);
            default -> throw new IllegalArgumentException("Metric value not found: " + name);
        };
    }

    /** Each replicate's value of one headline metric. */
    private static double[] replicates(ReplicateCounts counts, String name) {
        if (BinaryPredictions.ROC_AUC.equals(name)) {
            return counts.rocAuc();
        }
        ToDoubleFunction<ConfusionCounts> metric = countMetric(name);
        double[] out = new double[counts.replicates()];
        for (int b = 0; b < out.length; b++) {
            out[b] = metric.applyAsDouble(counts.confusion(b));
        }
        return out;
    }
}
