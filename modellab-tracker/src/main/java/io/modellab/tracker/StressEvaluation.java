package io.modellab.tracker;

import io.modellab.evalharness.core.data.Predictor;
import io.modellab.evalharness.core.data.ValuePredictor;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.Degradation;
import io.modellab.evalharness.core.schema.DegradedMetric;
import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.StressCorruption;
import io.modellab.evalharness.core.schema.StressReport;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.plots.CurvePlots;
import io.modellab.evalharness.plots.ImageFormat;
import io.modellab.evalharness.slicing.Slices;
import io.modellab.evalharness.stress.BinaryTask;
import io.modellab.evalharness.stress.DegradationTable;
import io.modellab.evalharness.stress.DistributionShift;
import io.modellab.evalharness.stress.LabelledRows;
import io.modellab.evalharness.stress.RegressionTask;
import io.modellab.evalharness.stress.StressOptions;
import io.modellab.evalharness.stress.StressSweep;
import io.modellab.evalharness.stress.StressTask;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The stress part of an evaluation: the standard sweep of the request's model over its test rows (and a distribution
 * shift when the request says how to train again: on the key column's most frequent test category for a
 * classification, on the given segment for a regression), with the run's seed, the evaluation's resamples and level,
 * and the default severities; one degradation plot per stressed metric; and stress.json. One sweep serves both
 * tasks ({@link StressSweep} over a {@link StressTask}).
 */
final class StressEvaluation {

    private StressEvaluation() {
    }

    /**
     * What the stress tests add to the eval folder.
     *
     * @param table the degradation table
     * @param report stress.json
     * @param plots the degradation plots, one per metric
     */
    record Result(DegradationTable table, StressReport report, List<Plot> plots) {
    }

    /** Stresses the request's classifier; {@code null} when the request has none. */
    static Result run(EvalRequest request, EvalOptions options, List<String> metrics) {
        if (request.predictor() == null) {
            return null;
        }
        BinaryPredictions p = request.predictions();
        LabelledRows test = new LabelledRows(request.testFeatures(),
                IntStream.range(0, p.size()).mapToObj(p::actualLabel).toList());
        DistributionShift<Predictor> shift = null;
        if (request.retraining() != null) {
            SliceDefinition largest = Slices.topCategories(request.testFeatures(), keyColumn(request, options), 1).get(0);
            shift = new DistributionShift<>(largest, request.retraining());
        }
        return sweep(new BinaryTask(p.positiveLabel(), p.negativeLabel(), p.threshold()), request.predictor(), test,
                shift, request.runId(), request.model(), request.seed(), options, metrics);
    }

    /**
     * Stresses the request's regressor on {@code metrics}; {@code null} when the request has none.
     *
     * @param shiftSegment the segment of the distribution shift, or {@code null} for none (it also needs the request's
     *     retraining)
     */
    static Result run(RegressionRequest request, EvalOptions options, List<String> metrics, SliceDefinition shiftSegment) {
        if (request.predictor() == null) {
            return null;
        }
        LabelledRows test = new LabelledRows(request.testFeatures(),
                RegressionTask.labels(request.predictions().actual()));
        DistributionShift<ValuePredictor> shift = request.retraining() == null || shiftSegment == null ? null
                : new DistributionShift<>(shiftSegment, request.retraining());
        return sweep(new RegressionTask(), request.predictor(), test, shift, request.runId(), request.model(),
                request.seed(), options, metrics);
    }

    private static <M> Result sweep(StressTask<M> task, M model, LabelledRows test, DistributionShift<M> shift,
                                    String runId, String modelName, long seed, EvalOptions options, List<String> metrics) {
        StressOptions stress = new StressOptions(StressOptions.DEFAULT_SEVERITIES, metrics, options.resamples(),
                options.confidenceLevel(), seed, Runtime.getRuntime().availableProcessors(), options.progress());
        DegradationTable table = new StressSweep<>(stress, task).runStandard(model, test, shift);
        List<Plot> plots = plots(modelName, table);
        List<String> paths = plots.stream().map(plot -> EvalFiles.STANDARD.plots() + plot.fileName()).toList();
        return new Result(table, table.toReport(runId, paths), plots);
    }

    /**
     * One plot per metric: each corruption's value against severity, its band the clean value plus the paired
     * interval of the difference (where the metric is undefined the point is left out).
     */
    static List<Plot> plots(String model, DegradationTable table) {
        List<Plot> plots = new ArrayList<>();
        for (String metric : table.options().metrics()) {
            List<CurvePlots.Curve> curves = new ArrayList<>();
            for (StressCorruption corruption : table.corruptions()) {
                List<double[]> points = new ArrayList<>();
                for (Degradation row : table.rows()) {
                    DegradedMetric m = row.metric(metric);
                    if (row.corruption().equals(corruption.name()) && m != null && m.value() != null) {
                        double lower = m.ciLower() == null ? m.value() : m.clean() + m.ciLower();
                        double upper = m.ciUpper() == null ? m.value() : m.clean() + m.ciUpper();
                        points.add(new double[] {row.severity(), m.value(), lower, upper});
                    }
                }
                if (!points.isEmpty()) {
                    curves.add(new CurvePlots.Curve(legend(corruption), column(points, 0), column(points, 1),
                            column(points, 2), column(points, 3)));
                }
            }
            plots.add(CurvePlots.degradation(metric + " under stress (" + model + ")", metric, curves, ImageFormat.PNG));
        }
        return plots;
    }

    /** The kind and its one column, short enough for a legend line (a shift's segment value can be long). */
    private static String legend(StressCorruption corruption) {
        return corruption.columns().size() == 1 ? corruption.kind() + "[" + corruption.columns().get(0) + "]"
                : corruption.name();
    }

    private static double[] column(List<double[]> points, int k) {
        return points.stream().mapToDouble(p -> p[k]).toArray();
    }

    /** The key column the request names, or else the one the slices' documented rule picks. */
    static String keyColumn(EvalRequest request, EvalOptions options) {
        if (request.keySliceColumn() != null) {
            return request.keySliceColumn();
        }
        BinaryPredictions p = request.predictions();
        String[] actual = IntStream.range(0, p.size()).mapToObj(p::actualLabel).toArray(String[]::new);
        String column = io.modellab.evalharness.slicing.KeyFeature.forClasses(request.testFeatures(), actual,
                options.topCategories()).column();
        return column != null ? column : request.testFeatures().columnNames().get(0);
    }
}
