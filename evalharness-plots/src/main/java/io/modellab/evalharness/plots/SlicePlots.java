package io.modellab.evalharness.plots;

import io.modellab.evalharness.core.MetricDirection;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceResult;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A metric per slice, with the overall value as the reference, so the slices that fall short stand out. */
public final class SlicePlots {

    /** File base name of {@link #metricBySlice} (followed by the metric's name). */
    public static final String PREFIX = "slices_";

    private SlicePlots() {
    }

    /** One slice's point. */
    public record Point(String name, double value, Double lower, Double upper) {
    }

    /**
     * {@link #metricBySlice} of slice results: a point per slice whose {@code metric} is defined (a small slice marked
     * so), with its interval where it has one, worst first by the metric's direction.
     *
     * @param fileMetric the metric's name in the file name
     * @param overall the metric on all rows, {@code null} when undefined (drawn at 0)
     */
    public static Plot ofResults(String title, String fileMetric, String metric, List<SliceResult> slices,
                                 Double overall, ImageFormat format) {
        Comparator<Point> byValue = Comparator.comparingDouble(Point::value);
        List<Point> points = slices.stream()
                .filter(s -> MetricValue.valueOf(s.metrics(), metric) != null)
                .map(s -> new Point(s.name() + (s.belowMinSize() ? " (small)" : ""),
                        MetricValue.valueOf(s.metrics(), metric),
                        s.interval() == null ? null : s.interval().lower(),
                        s.interval() == null ? null : s.interval().upper()))
                .sorted(MetricDirection.of(metric) == MetricDirection.LOWER_IS_BETTER ? byValue.reversed() : byValue)
                .toList();
        return metricBySlice(title, fileMetric, points, overall == null ? 0 : overall, format);
    }

    /**
     * A dot per slice, one slice per row from the top with its name above it, its interval as a whisker when it has
     * one, and the overall value as a dashed line. The file is {@code slices_<metric>}.
     */
    public static Plot metricBySlice(String title, String metric, List<Point> slices, double overall,
                                     ImageFormat format) {
        int n = slices.size();
        XYChart chart = new XYChartBuilder().width(PlotStyle.WIDTH).height(PlotStyle.HEIGHT).title(title)
                .xAxisTitle(metric).yAxisTitle("").build();
        PlotStyle.apply(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setYAxisMin(-0.5).setYAxisMax(Math.max(0.5, n - 0.5));
        chart.getStyler().setXAxisDecimalPattern("0.00");
        chart.getStyler().setYAxisTicksVisible(false);
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        if (n == 0) {
            chart.addSeries("no slices", new double[] {overall}, new double[] {0}).setMarker(SeriesMarkers.NONE);
            return format.plot(PREFIX + metric, chart);
        }
        ClassificationPlots.reference(chart, String.format(Locale.ROOT, "overall %.3f", overall),
                new double[] {overall, overall}, new double[] {-0.5, n - 0.5});
        double min = overall;
        double max = overall;
        for (Point p : slices) {
            min = Math.min(min, p.lower() != null ? Math.min(p.lower(), p.value()) : p.value());
            max = Math.max(max, p.upper() != null ? Math.max(p.upper(), p.value()) : p.value());
        }
        double pad = Math.max(0.02, (max - min) * 0.08);
        chart.getStyler().setXAxisMin(min - pad).setXAxisMax(max + pad);
        double[] x = new double[n];
        double[] y = new double[n];
        boolean anyInterval = false;
        for (int i = 0; i < n; i++) {
            Point p = slices.get(i);
            x[i] = p.value();
            y[i] = n - 1 - i;
            // Slice names sit above their dots: XChart's y-axis cannot label categories.
            String label = p.name().length() > 60 ? p.name().substring(0, 59) + "\u2026" : p.name();
            chart.addAnnotation(new AnnotationText(label, (min + max) / 2, y[i] + 0.28, false));
            if (p.lower() != null && p.upper() != null) {
                XYSeries whisker = chart.addSeries("interval " + i, new double[] {p.lower(), p.upper()},
                        new double[] {y[i], y[i]});
                whisker.setMarker(SeriesMarkers.NONE);
                whisker.setLineColor(PlotStyle.PRIMARY);
                whisker.setLineStyle(PlotStyle.solid(1.5f));
                whisker.setShowInLegend(false);
                anyInterval = true;
            }
        }
        XYSeries dots = chart.addSeries(anyInterval ? metric + " with interval" : metric, x, y);
        dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        dots.setMarker(SeriesMarkers.CIRCLE);
        dots.setMarkerColor(PlotStyle.PRIMARY);
        return format.plot(PREFIX + metric, chart);
    }
}
