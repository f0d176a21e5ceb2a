package io.modellab.evalharness.plots;

import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.SliceDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The regression plots of spec 4.4.2: residuals against predictions, predictions against actual values with the
 * identity line, the error histogram, and the mean absolute error per target-quantile bucket. Scatter plots draw at
 * most 5,000 evenly spaced rows.
 */
public final class RegressionPlots {

    /** File base name of {@link #residuals}. */
    public static final String RESIDUALS = "residuals_vs_predicted";
    /** File base name of {@link #predictedVsActual}. */
    public static final String PREDICTED_VS_ACTUAL = "predicted_vs_actual";
    /** File base name of {@link #errorHistogram}. */
    public static final String ERROR_HISTOGRAM = "error_histogram";
    /** File base name of {@link #errorByBucket}. */
    public static final String ERROR_BY_BUCKET = "error_by_target_quantile";

    private RegressionPlots() {
    }

    /** Residual (actual - predicted) against predicted, with the zero line. */
    public static Plot residuals(String title, double[] actual, double[] predicted, ImageFormat format) {
        requireRows(actual, predicted);
        int[] rows = Plots.evenly(actual.length);
        double[] x = new double[rows.length];
        double[] y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            x[i] = predicted[rows[i]];
            y[i] = actual[rows[i]] - predicted[rows[i]];
        }
        XYChart chart = chart(title, "Predicted", "Residual (actual - predicted)");
        double[] range = range(x);
        ClassificationPlots.reference(chart, "zero", range, new double[] {0, 0});
        scatter(chart, "rows", x, y);
        return format.plot(RESIDUALS, chart);
    }

    /** Predicted against actual, with the identity line a perfect model would sit on. */
    public static Plot predictedVsActual(String title, double[] actual, double[] predicted, ImageFormat format) {
        requireRows(actual, predicted);
        int[] rows = Plots.evenly(actual.length);
        double[] x = new double[rows.length];
        double[] y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            x[i] = actual[rows[i]];
            y[i] = predicted[rows[i]];
        }
        XYChart chart = chart(title, "Actual", "Predicted");
        double[] both = range(x, y);
        ClassificationPlots.reference(chart, "identity", both, both);
        scatter(chart, "rows", x, y);
        return format.plot(PREDICTED_VS_ACTUAL, chart);
    }

    /** The error histogram's bins. */
    public static final int ERROR_BINS = 20;

    /** Counts of the errors (predicted - actual) in {@value #ERROR_BINS} equal-width bins. */
    public static Plot errorHistogram(String title, double[] actual, double[] predicted, ImageFormat format) {
        requireRows(actual, predicted);
        double[] error = new double[actual.length];
        for (int i = 0; i < error.length; i++) {
            error[i] = predicted[i] - actual[i];
        }
        double[] range = range(error);
        double[] counts = new double[ERROR_BINS];
        for (double e : error) {
            counts[errorBin(e, range[0], range[1])]++;
        }
        return errorHistogram(title, range[0], range[1], counts, format);
    }

    /**
     * The bin of error {@code e} among {@value #ERROR_BINS} equal-width bins from {@code min} to {@code max} (the
     * errors' smallest and largest), the last bin closed: for counts made elsewhere (a distributed engine's).
     */
    public static int errorBin(double e, double min, double max) {
        double width = (max - min) / ERROR_BINS;
        return width == 0 ? 0 : Math.min(ERROR_BINS - 1, (int) ((e - min) / width));
    }

    /**
     * The error histogram from counts made elsewhere: {@code counts[b]} rows in bin {@code b} of {@link #errorBin};
     * the same chart the rows give. With no rows ({@code min > max}) the range is 0 to 1.
     */
    public static Plot errorHistogram(String title, double min, double max, double[] counts, ImageFormat format) {
        if (counts.length != ERROR_BINS) {
            throw new IllegalArgumentException(counts.length + " bin counts, expected " + ERROR_BINS);
        }
        double lower = min > max ? 0 : min;
        double width = ((min > max ? 1 : max) - lower) / ERROR_BINS;
        List<String> names = new ArrayList<>();
        for (int b = 0; b < ERROR_BINS; b++) {
            names.add(String.format(Locale.ROOT, "%.3g", lower + (b + 0.5) * width));
        }
        CategoryChart chart = new CategoryChartBuilder().width(PlotStyle.WIDTH).height(PlotStyle.HEIGHT).title(title)
                .xAxisTitle("Error (predicted - actual), bin centre").yAxisTitle("Rows").build();
        PlotStyle.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(45);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.addSeries("rows", names, Plots.boxed(counts.clone())).setFillColor(PlotStyle.PRIMARY);
        return format.plot(ERROR_HISTOGRAM, chart);
    }

    /** A quantile bucket's short axis label: {@code Q1 < 24}, {@code Q2 24 to 38}, {@code Q5 >= 140}. */
    public static String bucketLabel(int bucket, SliceDefinition range) {
        String lower = range.lower() == null ? null : plain(range.lower());
        String upper = range.upper() == null ? null : plain(range.upper());
        return "Q" + bucket + " " + (lower == null && upper == null ? "all" : lower == null ? "< " + upper
                : upper == null ? ">= " + lower : lower + " to " + upper);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Mean absolute error per bucket of the target (e.g. its quintiles), so that a model that is only good on typical
     * values shows it.
     *
     * @param buckets the buckets' names, e.g. "q1 (<= 27)"
     * @param meanAbsoluteError the error of each bucket
     */
    public static Plot errorByBucket(String title, List<String> buckets, double[] meanAbsoluteError, ImageFormat format) {
        if (buckets.size() != meanAbsoluteError.length) {
            throw new IllegalArgumentException(buckets.size() + " buckets, " + meanAbsoluteError.length + " errors");
        }
        CategoryChart chart = new CategoryChartBuilder().width(PlotStyle.WIDTH).height(PlotStyle.HEIGHT).title(title)
                .xAxisTitle("Target bucket").yAxisTitle("Mean absolute error").build();
        PlotStyle.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(PlotStyle.font(11f));
        // Bar labels with a fixed number of decimals, not every digit of a double.
        chart.getStyler().setDecimalPattern("#,##0.0##");
        chart.addSeries("mean absolute error", buckets, Plots.boxed(meanAbsoluteError)).setFillColor(PlotStyle.PRIMARY);
        return format.plot(ERROR_BY_BUCKET, chart);
    }

    private static void requireRows(double[] actual, double[] predicted) {
        Plots.requireSameLength("actual", actual, "predicted", predicted);
        Plots.requireFinite("actual", actual);
        Plots.requireFinite("predicted", predicted);
    }

    private static XYChart chart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(PlotStyle.WIDTH).height(PlotStyle.HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        PlotStyle.apply(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        return chart;
    }

    private static void scatter(XYChart chart, String name, double[] x, double[] y) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setMarkerColor(new java.awt.Color(0x1f, 0x77, 0xb4, 0x80));
    }

    private static double[] range(double[]... arrays) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] a : arrays) {
            for (double v : a) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("value " + v + " cannot be plotted: expected finite numbers");
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return min > max ? new double[] {0, 1} : new double[] {min, max};
    }
}
