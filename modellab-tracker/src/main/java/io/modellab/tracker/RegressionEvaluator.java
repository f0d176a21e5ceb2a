package io.modellab.tracker;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.RegressionPredictions;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.core.schema.Task;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.RegressionRows;
import io.modellab.evalharness.plots.ImageFormat;
import io.modellab.evalharness.plots.RegressionPlots;
import io.modellab.evalharness.slicing.DefaultSlices;
import io.modellab.evalharness.slicing.FailureModesTemplate;
import io.modellab.evalharness.slicing.FailureSelection;
import io.modellab.evalharness.slicing.FeatureSummary;
import io.modellab.evalharness.slicing.RegressionFailureSelector;
import io.modellab.evalharness.slicing.SliceData;
import io.modellab.evalharness.slicing.SliceFamily;
import io.modellab.evalharness.slicing.SliceInterval;
import io.modellab.evalharness.slicing.SliceRunner;
import io.modellab.evalharness.stress.StressOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates one regressor's test predictions into a complete eval folder, the regression counterpart of
 * {@link EvalHarness} (spec 4.4.2).
 *
 * <pre>{@code
 * RegressionEvaluator evaluator = new RegressionEvaluator(EvalOptions.DEFAULTS);
 * Path evalDir = evaluator.evaluateAndWrite(Path.of("artifacts"), request);
 * }</pre>
 *
 * <ul>
 *   <li>metrics.json: every metric of {@link io.modellab.evalharness.metrics.RegressionMetrics} (MAE, MSE, RMSE, R²,
 *       median absolute error, MAPE where no target is 0, max error, explained variance);</li>
 *   <li>confidence_intervals.json: a bootstrap over test rows, seeded with the run's seed, for each {@link #HEADLINE}
 *       metric, read off as BCa (percentile above {@link Bootstrap#BCA_MAX_ROWS} rows or where BCa is undefined);</li>
 *   <li>slices.json: the regression defaults of {@link DefaultSlices} (target quintiles, the key feature's buckets by
 *       {@link io.modellab.evalharness.slicing.KeyFeature#forTarget}, missingness), each with a percentile interval of
 *       {@link #SLICE_METRIC}; the worst is the slice of at least the minimum size whose interval has the highest lower
 *       end ({@link SliceRunner}), leaving out a slice that holds every test row;</li>
 *   <li>failure_examples.json ({@link RegressionFailureSelector}: largest absolute errors, furthest under- and
 *       over-predictions, each tagged) and failure_modes.md;</li>
 *   <li>plots: residuals against predictions, predictions against actual values, the error histogram, MAE by target
 *       quintile, and RMSE by slice;</li>
 *   <li>takeaway.txt, repro.md and regression_predictions.json (every row's id, actual value and prediction, so compare
 *       mode can pair two runs by row);</li>
 *   <li>with the model ({@link RegressionRequest#predictor()}): stress.json, the standard sweep of
 *       {@link io.modellab.evalharness.stress.RegressionTask} (missing values, the shuffle of the most important
 *       column, Gaussian noise on numeric columns, category swaps on categorical ones) and, with
 *       {@link RegressionRequest#retraining()}, a distribution shift that trains again without part of the key
 *       feature's highest bucket ({@link #shiftSegment}); RMSE, MAE and R² clean and corrupted with paired intervals of
 *       each difference, and one degradation plot per metric.</li>
 * </ul>
 * Nothing here reads the clock or the file system, so the same request gives byte-identical files.
 *
 * @param options how to evaluate
 */
public record RegressionEvaluator(EvalOptions options) {

    /** The metrics that get bootstrap intervals and appear in eval_summary.json, in order. */
    public static final List<String> HEADLINE = List.of(RegressionRows.RMSE, RegressionRows.MAE, RegressionRows.R2);

    /** The error each slice gets an interval of and the worst slice is judged by: the first headline metric. */
    public static final String SLICE_METRIC = RegressionRows.RMSE;

    /** Evaluates and writes the eval folder; returns its path. */
    public Path evaluateAndWrite(Path artifactsRoot, RegressionRequest request) {
        EvalFolder folder = evaluate(request);
        options.progress().progress("write eval folder", 0, 1);
        Path dir = EvalFolderWriter.write(artifactsRoot, request.project(), request.runId(), folder);
        options.progress().progress("write eval folder", 1, 1);
        return dir;
    }

    /** Computes everything the eval folder holds, without writing it. */
    public EvalFolder evaluate(RegressionRequest request) {
        ProgressListener progress = options.progress();
        RegressionRows p = request.predictions();
        List<MetricValue> overall = p.metrics(p.allRows());

        Map<String, ConfidenceInterval> intervals = new LinkedHashMap<>();
        for (String name : HEADLINE) {
            Bootstrap.Options bootstrap = new Bootstrap.Options(options.resamples(), request.seed(),
                    options.confidenceLevel(), 1, (stage, done, total) -> progress.progress("bootstrap " + name, done, total),
                    EvalHarness.INTERVAL);
            ConfidenceInterval ci = Bootstrap.interval(p.size(), bootstrap, rows -> p.metric(name, rows)).toRecord(name);
            if (ci != null) {
                intervals.put(name, ci);
            }
        }
        progress.progress("bootstrap", HEADLINE.size(), HEADLINE.size());

        SliceData sliceData = SliceData.regression(request.testFeatures(), p.actual());
        DefaultSlices defaults = new DefaultSlices(DefaultSlices.SPEC.confidenceBuckets(), options.topCategories(),
                DefaultSlices.SPEC.classSlices(), DefaultSlices.SPEC.targetBuckets(), DefaultSlices.SPEC.keyBuckets(),
                DefaultSlices.SPEC.mediumMissing(), DefaultSlices.SPEC.highMissing());
        DefaultSlices.Plan plan = defaults.regression(sliceData, request.keySliceColumn());
        Bootstrap.Options sliceBootstrap = new Bootstrap.Options(options.resamples(), request.seed(),
                options.confidenceLevel(), 1, ProgressListener.NONE, Bootstrap.Interval.PERCENTILE);
        SliceRunner runner = new SliceRunner(p::metrics, options.minSliceSize(), SLICE_METRIC, false,
                SliceInterval.resampling(sliceBootstrap, rows -> p.metric(SLICE_METRIC, rows)));
        SliceRunner.Evaluation sliced = runner.run(plan.families(), sliceData, overall);
        List<SliceResult> slices = sliced.slices();
        // A "slice" of every test row (all rows in one missingness bucket) is the overall figure, never the weakest.
        SliceResult worst = slices.stream().filter(s -> s.sampleSize() < p.size())
                .filter(s -> !s.belowMinSize() && MetricValue.valueOf(s.metrics(), SLICE_METRIC) != null)
                .findFirst().orElse(null);
        String worstRule = sliced.worstRule() + "; a slice holding every test row is the overall figure and is never"
                + " the worst";
        progress.progress("slices", 1, 1);

        String source = request.dataset().source();
        FailureSelection failures = new RegressionFailureSelector(options.failureLimit(), FeatureSummary.DEFAULT)
                .select(request.testFeatures(), p.actual(), p.predicted(), id -> source + "#row=" + id,
                        options.failureTagging());
        progress.progress("failure examples", 1, 1);

        StressEvaluation.Result stress = StressEvaluation.run(request, options, StressOptions.REGRESSION_METRICS,
                shiftSegment(plan));

        List<Plot> plots = plots(request, overall, plan, sliceData, slices);
        progress.progress("plots", 1, 1);
        List<String> keyPlots = plots.stream().map(plot -> EvalFiles.STANDARD.plots() + plot.fileName()).toList();
        if (stress != null) {
            // Shown in the report's stress section, not among the key plots.
            plots.addAll(stress.plots());
        }

        String run = request.runId();
        EvalSummary summary = new EvalSummary(SchemaVersion.CURRENT, request.project(), run, Task.REGRESSION,
                request.model(), request.role(), request.dataset(), request.codeVersion(), request.seed(), (long) p.size(),
                null, HeadlineMetric.of(HEADLINE, overall, intervals),
                request.baselineCheck() == null ? null : request.baselineCheck().baselineRunId(),
                request.baselineCheck(), EvalFiles.regression(stress != null).withFailureModes(EvalFiles.FAILURE_MODES),
                keyPlots);
        MetricsReport metrics = new MetricsReport(SchemaVersion.CURRENT, run, Task.REGRESSION, request.model(), "test",
                p.size(), null, null, overall, List.of(), null, request.baseline());
        SliceReport sliceReport = new SliceReport(SchemaVersion.CURRENT, run, options.minSliceSize(), overall, slices,
                SLICE_METRIC, worst == null ? null : worst.name(), worstRule, plan.keyFeature(),
                plan.keyFeatureRule(), options.confidenceLevel(), options.resamples(), request.seed());
        FailureExamples failureExamples = new FailureExamples(SchemaVersion.CURRENT, run, failures.rules(),
                failures.examples());

        return new EvalFolder(summary, metrics, EvalParts.confidenceIntervals(run, options, request.seed(), intervals),
                sliceReport, failureExamples,
                Takeaways.regression(request, options, overall, intervals.get(SLICE_METRIC), worst, failures,
                        stress == null ? null : stress.table()),
                plots, repro(request), null, stress == null ? null : stress.report(),
                FailureModesTemplate.render(failureExamples), null, predictions(request));
    }

    /**
     * The segment the distribution shift holds out: the key feature's highest bucket when it is numeric (the model
     * must then extrapolate to values it saw less of), its most frequent category when it is categorical; {@code null}
     * without a key feature.
     */
    static SliceDefinition shiftSegment(DefaultSlices.Plan plan) {
        SliceFamily key = plan.families().stream().filter(f -> f.name().equals(DefaultSlices.KEY_FEATURE)).findFirst()
                .orElse(null);
        if (key == null || key.slices().isEmpty()) {
            return null;
        }
        List<SliceDefinition> ranges = key.slices().stream()
                .filter(s -> SliceDefinition.NUMERIC_RANGE.equals(s.kind())).toList();
        return ranges.isEmpty() ? key.slices().get(0) : ranges.get(ranges.size() - 1);
    }

    /** Every test row's id, actual value and prediction, for compare mode to pair runs by row. */
    private static RegressionPredictions predictions(RegressionRequest request) {
        RegressionRows p = request.predictions();
        List<Double> actual = new ArrayList<>(p.size());
        List<Double> predicted = new ArrayList<>(p.size());
        for (int i = 0; i < p.size(); i++) {
            actual.add(p.actual(i));
            predicted.add(p.predicted(i));
        }
        return new RegressionPredictions(SchemaVersion.CURRENT, request.runId(), Task.REGRESSION, request.target(),
                request.testFeatures().rowIds(), actual, predicted);
    }

    /** The regression plots of spec 4.4.2 and RMSE by slice, all PNG, in the order the report shows them. */
    private static List<Plot> plots(RegressionRequest request, List<MetricValue> overall, DefaultSlices.Plan plan,
                                    SliceData sliceData, List<SliceResult> slices) {
        RegressionRows p = request.predictions();
        String on = request.model() + " on " + request.dataset().name() + " (test rows)";
        double[] actual = p.actual();
        double[] predicted = p.predicted();
        List<Plot> plots = new ArrayList<>();
        plots.add(RegressionPlots.predictedVsActual(on, actual, predicted, ImageFormat.PNG));
        plots.add(RegressionPlots.residuals(on, actual, predicted, ImageFormat.PNG));
        plots.add(RegressionPlots.errorHistogram(on, actual, predicted, ImageFormat.PNG));
        SliceFamily quantiles = plan.families().stream()
                .filter(f -> f.name().equals(DefaultSlices.TARGET_QUANTILE)).findFirst().orElseThrow();
        int[][] rows = quantiles.rows(sliceData);
        List<String> buckets = new ArrayList<>();
        List<Double> mae = new ArrayList<>();
        for (int b = 0; b < rows.length; b++) {
            if (rows[b].length > 0) {
                buckets.add(bucketLabel(b + 1, quantiles.slices().get(b)));
                mae.add(p.metric(RegressionRows.MAE, rows[b]));
            }
        }
        plots.add(RegressionPlots.errorByBucket("MAE by target quintile (" + request.model() + ")", buckets,
                mae.stream().mapToDouble(Double::doubleValue).toArray(), ImageFormat.PNG));
        plots.add(EvalParts.slicePlot("RMSE by slice (" + request.model() + ")", SLICE_METRIC, SLICE_METRIC, slices,
                overall));
        return plots;
    }

    /** A quantile bucket's short axis label ({@link RegressionPlots#bucketLabel}). */
    static String bucketLabel(int bucket, SliceDefinition range) {
        return RegressionPlots.bucketLabel(bucket, range);
    }

    private static String repro(RegressionRequest r) {
        return r.repro().markdown(r.runId(), r.project(), "model `" + r.model() + "`",
                r.role().name().toLowerCase(Locale.ROOT), r.seed(), r.codeVersion(), r.dataset(),
                "; target `" + r.target() + "`", "");
    }
}
