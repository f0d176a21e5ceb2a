package io.modellab.evalharness.spark;

import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.core.schema.Task;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.BootstrapInterval;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.ClassificationMetrics;
import io.modellab.evalharness.metrics.ConfusionCounts;
import io.modellab.evalharness.metrics.PoissonBootstrap;
import io.modellab.evalharness.metrics.ScoreHistogram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Evaluates a binary classifier's predictions held in a Spark {@code Dataset<Row>} in one pass, without collecting
 * rows to the driver, into the metrics.json, confidence_intervals.json and slices.json the single-machine
 * {@code EvalHarness} writes for the same rows.
 *
 * <pre>{@code
 * SparkEvaluation result = SparkEvaluator.evaluate(predictions,
 *         new PredictionColumns("id", "label", "p_good", List.of("country"), "good", "bad"),
 *         SparkEvalOptions.defaults("run-1", "gbt", 42));
 * result.writeTo(Path.of("artifacts/credit/run-1/eval"));
 * }</pre>
 *
 * <p><b>One pass.</b> One {@link EvalAggregator} folds every row into the exact histogram of distinct scores
 * ({@link ScoreHistogram}) of all rows and of each slice column's values, and into the Poisson bootstrap's counts
 * ({@link PoissonBootstrap}); partial states merge on the way to the driver, which computes every metric from the
 * merged histograms.
 *
 * <p><b>Exact rank metrics.</b> ROC-AUC, average precision and the best-F1 threshold come from the exact histogram
 * of distinct scores, walked in descending score order: no sort of the rows and no approximation. State and driver
 * memory grow with the number of distinct scores (per slice value, and times the replicates for the bootstrap),
 * not with rows; where scores are nearly all distinct on billions of rows, round them first (the result is then
 * exact for the rounded scores).
 *
 * <p><b>Same numbers.</b> Point metrics equal the single-machine ones to 1e-12 (ROC-AUC and every count-based
 * metric bit for bit); slices are the same slices with the same sizes. Every state is whole-number counts, so the
 * written files are byte-identical whatever the partitioning.
 *
 * <p><b>Intervals</b> are percentile intervals of the Poisson bootstrap ({@value PoissonBootstrap#METHOD}), not the
 * single machine's BCa over multinomial resamples: see {@link PoissonBootstrap} for how they differ. On 3,000 rows
 * their widths differ by 1 to 5 % (the test allows 10 %).
 *
 * <p>Limits: binary classification; metrics.json and slices.json hold row counts as 32-bit integers, so at most
 * 2^31 - 1 rows per file today.
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
        Column[] selected = columns.selected().stream().map(functions::col).toArray(Column[]::new);
        EvalAggregator aggregator = new EvalAggregator(columns, options.threshold(), options.seed(), options.resamples());
        EvalState state = predictions.select(selected).select(aggregator.toColumn()).head();
        return report(state, columns, options);
    }

    /** The three records from a merged state: everything here runs on the driver. */
    static SparkEvaluation report(EvalState state, PredictionColumns columns, SparkEvalOptions options) {
        ScoreHistogram all = state.overall;
        if (all.rows() == 0) {
            throw new IllegalArgumentException("empty input: no rows to score");
        }
        String positive = columns.positiveLabel();
        String negative = columns.negativeLabel();
        int rows = toInt(all.rows(), "rows");
        List<MetricValue> overall = all.metrics(positive, options.threshold());
        ClassificationMetrics.Report suite = all.suite(negative, positive, options.threshold());
        MetricsReport metrics = new MetricsReport(SchemaVersion.CURRENT, options.runId(), Task.BINARY_CLASSIFICATION,
                options.model(), "test", rows, positive, options.threshold(), suite.metrics(), suite.perClass(),
                all.confusionMatrix(negative, positive, options.threshold()), null);

        Bootstrap.Options bootstrap = Bootstrap.Options.of(options.resamples(), options.seed(), options.confidenceLevel());
        List<ConfidenceInterval> intervals = new ArrayList<>();
        for (String name : HEADLINE) {
            double point = MetricValue.valueOf(overall, name) == null ? Double.NaN : MetricValue.valueOf(overall, name);
            BootstrapInterval ci = PoissonBootstrap.percentile(point, replicates(state.replicates, name), bootstrap);
            if (!Double.isNaN(ci.pointEstimate()) && ci.resamplesUsed() > 0) {
                intervals.add(new ConfidenceInterval(name, ci.pointEstimate(), ci.mean(), ci.lower(), ci.upper(),
                        ci.resamplesUsed(), ci.method(), null, null));
            }
        }
        ConfidenceIntervals cis = new ConfidenceIntervals(SchemaVersion.CURRENT, options.runId(), PoissonBootstrap.METHOD,
                options.confidenceLevel(), options.resamples(), options.seed(), intervals);

        List<SliceResult> slices = SparkSlices.results(columns.sliceColumns(), state.slices, overall, options, positive);
        return new SparkEvaluation(metrics, cis,
                new SliceReport(SchemaVersion.CURRENT, options.runId(), options.minSliceSize(), overall, slices));
    }

    /** Each replicate's value of one headline metric. */
    private static double[] replicates(ReplicateCounts counts, String name) {
        if (BinaryPredictions.ROC_AUC.equals(name)) {
            return counts.rocAuc();
        }
        double[] out = new double[counts.replicates()];
        for (int b = 0; b < out.length; b++) {
            ConfusionCounts c = counts.confusion(b);
            out[b] = switch (name) {
                case BinaryPredictions.ACCURACY -> c.accuracy();
                case BinaryPredictions.F1 -> c.total() == 0 ? Double.NaN : c.f1(1);
                default -> throw new IllegalArgumentException("Metric value not found: " + name);
            };
        }
        return out;
    }

    static int toInt(long count, String what) {
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + ": " + count + " rows, more than the files' 32-bit row counts hold ("
                    + Integer.MAX_VALUE + ")");
        }
        return (int) count;
    }
}
