package io.modellab.tracker;

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
import io.modellab.evalharness.stress.StressOptions;
import io.modellab.evalharness.stress.StressSweep;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The stress part of an evaluation: the standard sweep of the request's model over its test rows (and a distribution
 * shift on the key column's most frequent test category when the request says how to train again), with the run's
 * seed, the evaluation's resamples and level, and the default severities; one degradation plot per headline metric;
 * and stress.json.
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

    /** Stresses the request's model; {@code null} when the request has none. */
    static Result run(EvalRequest request, EvalOptions options, List<String> metrics) {
        if (request.predictor() == null) {
            return null;
        }
        BinaryPredictions p = request.predictions();
        LabelledRows test = new LabelledRows(request.testFeatures(),
                IntStream.range(0, p.size()).mapToObj(p::actualLabel).toList());
        StressOptions stress = new StressOptions(StressOptions.DEFAULT_SEVERITIES, metrics, options.resamples(),
                options.confidenceLevel(), request.seed(), Runtime.getRuntime().availableProcessors(), options.progress());
        DistributionShift shift = null;
        if (request.retraining() != null) {
            SliceDefinition largest = Slices.topCategories(request.testFeatures(), keyColumn(request, options), 1).get(0);
            shift = new DistributionShift(largest, request.retraining());
        }
        DegradationTable table = new StressSweep(stress, new BinaryTask(p.positiveLabel(), p.negativeLabel(),
                p.threshold())).runStandard(request.predictor(), test, shift);
        List<Plot> plots = plots(request.model(), table);
        List<String> paths = plots.stream().map(plot -> EvalFiles.STANDARD.plots() + plot.fileName()).toList();
        return new Result(table, table.toReport(request.runId(), paths), plots);
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
