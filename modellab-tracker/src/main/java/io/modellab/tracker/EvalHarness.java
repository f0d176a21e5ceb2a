package io.modellab.tracker;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.ConfusionMatrix;
import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.core.schema.Task;
import io.modellab.evalharness.core.schema.TestPredictions;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.ClassificationMetrics;
import io.modellab.evalharness.metrics.RankMetrics;
import io.modellab.evalharness.metrics.RocCurve;
import io.modellab.evalharness.plots.BinaryPlots;
import io.modellab.evalharness.plots.ClassificationPlots;
import io.modellab.evalharness.plots.ImageFormat;
import io.modellab.evalharness.slicing.DefaultSlices;
import io.modellab.evalharness.slicing.FailureModesTemplate;
import io.modellab.evalharness.slicing.FailureSelection;
import io.modellab.evalharness.slicing.FailureSelector;
import io.modellab.evalharness.slicing.SliceRunner;
import io.modellab.evalharness.slicing.SliceData;
import io.modellab.evalharness.slicing.SliceMetrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Evaluates one binary classifier's test predictions into the eight items of an eval folder.
 *
 * <pre>{@code
 * EvalHarness harness = new EvalHarness(EvalOptions.DEFAULTS);
 * Path evalDir = harness.evaluateAndWrite(Path.of("artifacts"), request);
 * }</pre>
 *
 * <p>It computes the whole binary metric suite on all rows (metrics.json); a bootstrap interval for each headline
 * metric (ROC-AUC, accuracy, F1) over the test rows, seeded with the run's seed and reported to the progress
 * listener, read off as BCa ({@link #INTERVAL}; the percentile interval, with the reason in its method, above
 * {@link Bootstrap#BCA_MAX_ROWS} test rows or where BCa is undefined); the default slices of spec 4.4.1
 * ({@link DefaultSlices}: confidence deciles, missingness, the key feature's top categories, each class), each with a
 * percentile interval of its accuracy and the worst named by the size-aware rule of {@link SliceRunner}; failure
 * examples tagged with the taxonomy of spec 4.8 ({@link EvalOptions#failureTagging()}) and the failure-modes
 * template failure_modes.md; the plots of spec 4.4.1 (ROC, precision-recall, calibration, confusion matrix counts and
 * row-normalised, confidence histogram) and accuracy by slice; the takeaway, repro.md and every row's prediction.
 * When the request carries the model, the stress tests too ({@link io.modellab.evalharness.stress.StressSweep}:
 * stress.json, one degradation plot per headline metric, and the most damaging corruption in the takeaway).
 * Nothing here reads the clock or the file system, so the same request gives byte-identical files.
 *
 * @param options how to evaluate
 */
public record EvalHarness(EvalOptions options) {

    /** The metrics that get bootstrap intervals and appear in eval_summary.json, in order. */
    public static final List<String> HEADLINE = List.of(BinaryPredictions.ROC_AUC, BinaryPredictions.ACCURACY,
            BinaryPredictions.F1);

    /**
     * The metric each slice gets an interval of and the worst slice is judged by: accuracy, defined on every non-empty
     * slice (ROC-AUC is not on a one-class slice), with the confusion-count bootstrap as its cheap interval.
     */
    public static final String SLICE_METRIC = BinaryPredictions.ACCURACY;

    /** How the headline intervals are read off: BCa, whose jackknife costs one metric per test row. */
    public static final Bootstrap.Interval INTERVAL = Bootstrap.Interval.BCA;

    /** Evaluates and writes the eval folder; returns its path. */
    public Path evaluateAndWrite(Path artifactsRoot, EvalRequest request) {
        EvalFolder folder = evaluate(request);
        options.progress().progress("write eval folder", 0, 1);
        Path dir = EvalFolderWriter.write(artifactsRoot, request.project(), request.runId(), folder);
        options.progress().progress("write eval folder", 1, 1);
        return dir;
    }

    /** Computes everything the eval folder holds, without writing it. */
    public EvalFolder evaluate(EvalRequest request) {
        ProgressListener progress = options.progress();
        BinaryPredictions p = request.predictions();
        List<MetricValue> overall = p.metrics(p.allRows());

        Map<String, ConfidenceInterval> intervals = new LinkedHashMap<>();
        for (int i = 0; i < HEADLINE.size(); i++) {
            String name = HEADLINE.get(i);
            Bootstrap.Options bootstrap = new Bootstrap.Options(options.resamples(), request.seed(),
                    options.confidenceLevel(), 1, (stage, done, total) -> progress.progress("bootstrap " + name, done, total),
                    INTERVAL);
            ConfidenceInterval ci = Bootstrap.interval(p.size(), bootstrap, rows -> p.metric(name, rows)).toRecord(name);
            if (ci != null) {
                intervals.put(name, ci);
            }
        }
        progress.progress("bootstrap", HEADLINE.size(), HEADLINE.size());

        SliceData sliceData = SliceData.classification(request.testFeatures(), p);
        DefaultSlices defaults = new DefaultSlices(DefaultSlices.SPEC.confidenceBuckets(), options.topCategories(),
                DefaultSlices.SPEC.classSlices(), DefaultSlices.SPEC.targetBuckets(), DefaultSlices.SPEC.keyBuckets(),
                DefaultSlices.SPEC.mediumMissing(), DefaultSlices.SPEC.highMissing());
        DefaultSlices.Plan plan = defaults.classification(sliceData, request.keySliceColumn());
        Bootstrap.Options sliceBootstrap = new Bootstrap.Options(options.resamples(), request.seed(),
                options.confidenceLevel(), 1, ProgressListener.NONE, Bootstrap.Interval.PERCENTILE);
        SliceRunner runner = new SliceRunner(SliceMetrics.binary(p, sliceBootstrap), options.minSliceSize(),
                SLICE_METRIC, true);
        SliceRunner.Evaluation sliced = runner.run(plan.families(), sliceData, overall);
        List<SliceResult> slices = sliced.slices();
        SliceResult worst = sliced.worst();
        progress.progress("slices", 1, 1);

        String source = request.dataset().source();
        FailureSelection failures = new FailureSelector(options.failureLimit())
                .select(p, sliceData, worst, id -> source + "#row=" + id, options.failureTagging());
        progress.progress("failure examples", 1, 1);

        StressEvaluation.Result stress = StressEvaluation.run(request, options, HEADLINE);

        ClassificationMetrics.Report suite = ClassificationMetrics.binary(p.toClassificationData(), 1, p.threshold());
        List<Plot> plots = plots(request, p, overall, suite, slices);
        progress.progress("plots", 1, 1);
        List<String> keyPlots = plots.stream().map(plot -> EvalFiles.STANDARD.plots() + plot.fileName()).toList();
        if (stress != null) {
            // Shown in the report's stress section, not among the key plots.
            plots.addAll(stress.plots());
        }

        List<HeadlineMetric> headline = HeadlineMetric.of(HEADLINE, overall, intervals);

        String run = request.runId();
        EvalSummary summary = new EvalSummary(SchemaVersion.CURRENT, request.project(), run, Task.BINARY_CLASSIFICATION,
                request.model(), request.role(), request.dataset(), request.codeVersion(), request.seed(), (long) p.size(),
                p.positiveLabel(), headline,
                request.baselineCheck() == null ? null : request.baselineCheck().baselineRunId(),
                request.baselineCheck(), EvalFiles.standard(stress != null, true), keyPlots);
        MetricsReport metrics = new MetricsReport(SchemaVersion.CURRENT, run, Task.BINARY_CLASSIFICATION,
                request.model(), "test", p.size(), p.positiveLabel(), p.threshold(), suite.metrics(), suite.perClass(),
                p.confusionMatrix(), request.baseline());
        ConfidenceIntervals cis = EvalParts.confidenceIntervals(run, options, request.seed(), intervals);
        SliceReport sliceReport = new SliceReport(SchemaVersion.CURRENT, run, options.minSliceSize(), overall, slices,
                SLICE_METRIC, worst == null ? null : worst.name(), sliced.worstRule(), plan.keyFeature(),
                plan.keyFeatureRule(), options.confidenceLevel(), options.resamples(), request.seed());
        FailureExamples failureExamples = new FailureExamples(SchemaVersion.CURRENT, run, failures.rules(),
                failures.examples());

        return new EvalFolder(summary, metrics, cis, sliceReport, failureExamples,
                Takeaways.binary(request, options, overall, intervals.get(BinaryPredictions.ROC_AUC), worst, failures,
                        stress == null ? null : stress.table()),
                plots, repro(request), predictions(request), stress == null ? null : stress.report(),
                FailureModesTemplate.render(failureExamples));
    }

    /** Every test row's id, label and score, for compare mode to pair runs by row. */
    private static TestPredictions predictions(EvalRequest request) {
        BinaryPredictions p = request.predictions();
        List<String> ids = request.testFeatures().rowIds();
        List<String> actual = new ArrayList<>(p.size());
        List<Double> score = new ArrayList<>(p.size());
        for (int i = 0; i < p.size(); i++) {
            actual.add(p.actualLabel(i));
            score.add(p.score(i));
        }
        return new TestPredictions(SchemaVersion.CURRENT, request.runId(), Task.BINARY_CLASSIFICATION,
                p.positiveLabel(), p.threshold(), ids, actual, score);
    }

    /** The classification plots of spec 4.4.1 and the slices' accuracy, all PNG, in the order the report shows them. */
    private List<Plot> plots(EvalRequest request, BinaryPredictions p, List<MetricValue> overall,
                             ClassificationMetrics.Report suite, List<SliceResult> slices) {
        int n = p.size();
        boolean[] actual = new boolean[n];
        double[] score = new double[n];
        double[] right = new double[ClassificationPlots.CONFIDENCE_BINS];
        double[] wrong = new double[ClassificationPlots.CONFIDENCE_BINS];
        int positives = 0;
        for (int i = 0; i < n; i++) {
            actual[i] = p.actualPositive(i);
            score[i] = p.score(i);
            (p.correct(i) ? right : wrong)[ClassificationPlots.confidenceBin(p.confidence(i))]++;
            positives += actual[i] ? 1 : 0;
        }
        Double auc = MetricValue.valueOf(overall, BinaryPredictions.ROC_AUC);
        RocCurve roc = auc == null ? null : p.rocCurve(p.allRows());
        RankMetrics.PrCurve pr = auc == null ? null : RankMetrics.prCurve(actual, score, null);
        ConfusionMatrix matrix = p.confusionMatrix();
        double[][] counts = matrix.counts().stream()
                .map(row -> row.stream().mapToDouble(Long::doubleValue).toArray()).toArray(double[][]::new);
        return new ArrayList<>(BinaryPlots.of(new BinaryPlots.Inputs(
                request.model() + " on " + request.dataset().name() + " (test rows)", request.model(), auc,
                roc == null ? null : roc.falsePositiveRate(), roc == null ? null : roc.truePositiveRate(),
                pr == null ? null : pr.recall(), pr == null ? null : pr.precision(),
                auc == null ? Double.NaN : RankMetrics.averagePrecision(actual, score, null), (double) positives / n,
                suite.calibration() == null ? null : suite.calibration().predicted(),
                suite.calibration() == null ? null : suite.calibration().observed(),
                suite.calibration() == null ? Double.NaN : suite.calibration().ece(), matrix.labels(), counts, right,
                wrong, slices, MetricValue.valueOf(overall, BinaryPredictions.ACCURACY)), ImageFormat.PNG));
    }

    private static String repro(EvalRequest r) {
        return r.repro().markdown(r.runId(), r.project(), "model `" + r.model() + "`",
                r.role().name().toLowerCase(Locale.ROOT), r.seed(), r.codeVersion(), r.dataset(), "", "");
    }
}
