package io.modellab.evalharness.plots;

import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Metrics along a varying parameter: ranking metrics against K (spec 4.4.3), a metric against stress severity with
 * its interval band (spec 4.4), recall against latency for retrieval settings, and a model card's losses against
 * the epoch.
 */
public final class CurvePlots {

    /** File base name of {@link #metricsAtK}. */
    public static final String METRICS_AT_K = "metrics_vs_k";
    /** File base name of {@link #degradation} (followed by the metric's name). */
    public static final String DEGRADATION_PREFIX = "degradation_";
    /** File base name of {@link #recallVsLatency}. */
    public static final String RECALL_VS_LATENCY = "recall_vs_latency";
    /** File base name of {@link #lossProgression}. */
    public static final String LOSS_PROGRESSION = "loss_progression";

    private static final Color[] PALETTE = {PlotStyle.PRIMARY, PlotStyle.SECONDARY, new Color(0x2c, 0xa0, 0x2c),
            new Color(0xd6, 0x27, 0x28), new Color(0x94, 0x67, 0xbd), new Color(0x8c, 0x56, 0x4b)};

    private CurvePlots() {
    }

    /**
     * One named curve; {@code lower} and {@code upper} are its interval band, or null.
     *
     * @param name the legend entry, e.g. "ndcg" or "gaussian_noise"
     */
    public record Curve(String name, double[] x, double[] y, double[] lower, double[] upper) {
        /** Checks lengths. */
        public Curve {
            Plots.requireSameLength("x", x, "y", y);
            if ((lower == null) != (upper == null)) {
                throw new IllegalArgumentException("curve " + name + ": give both interval bounds or neither");
            }
            if (lower != null) {
                Plots.requireSameLength("y", y, "lower", lower);
                Plots.requireSameLength("y", y, "upper", upper);
            }
        }

        /** A curve without a band. */
        public static Curve of(String name, double[] x, double[] y) {
            return new Curve(name, x, y, null, null);
        }
    }

    /** Ranking metrics (Recall@K, NDCG@K, ...) against K, one curve per metric, y from 0 to 1. */
    public static Plot metricsAtK(String title, List<Curve> metrics, ImageFormat format) {
        XYChart chart = chart(title, "K", "Metric value");
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setXAxisDecimalPattern("0");
        draw(chart, metrics, true);
        return format.plot(METRICS_AT_K, chart);
    }

    /**
     * {@link #metricsAtK} of a ranking evaluation: one curve per metric of {@code metrics} from its mean at each K,
     * banded by its intervals ({@code metric@K}) when every K has one.
     *
     * @param series each metric's mean at each K of {@code ks}
     * @param intervals intervals by name ({@code recall@10}); a missing one leaves its curve without a band
     */
    public static Plot rankingMetricsAtK(String title, int[] ks, List<String> metrics, Map<String, double[]> series,
                                         Map<String, ConfidenceInterval> intervals, ImageFormat format) {
        double[] x = new double[ks.length];
        for (int i = 0; i < ks.length; i++) {
            x[i] = ks[i];
        }
        List<Curve> curves = new ArrayList<>();
        for (String m : metrics) {
            double[] y = series.get(m);
            double[] lower = new double[ks.length];
            double[] upper = new double[ks.length];
            boolean banded = true;
            for (int i = 0; i < ks.length; i++) {
                ConfidenceInterval ci = intervals.get(m + "@" + ks[i]);
                banded &= ci != null;
                lower[i] = ci == null ? y[i] : ci.lower();
                upper[i] = ci == null ? y[i] : ci.upper();
            }
            curves.add(banded ? new Curve(m, x, y, lower, upper) : Curve.of(m, x, y));
        }
        return metricsAtK(title, curves, format);
    }

    /**
     * A metric against the severity of each corruption, with its interval as dashed band edges; the clean value is
     * the curves' common start at severity 0.
     */
    public static Plot degradation(String title, String metric, List<Curve> corruptions, ImageFormat format) {
        XYChart chart = chart(title, "Severity", metric);
        chart.getStyler().setXAxisDecimalPattern("0%");
        // One corruption per legend line: a sweep's five or six named corruptions overflow a single line.
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        draw(chart, corruptions, true);
        return format.plot(DEGRADATION_PREFIX + metric, chart);
    }

    /**
     * Training and validation loss against the epoch, as a model card gives them (the initial loss at epoch 0, the
     * best and the final epoch), one curve per loss.
     */
    public static Plot lossProgression(String title, List<Curve> losses, ImageFormat format) {
        XYChart chart = chart(title, "Epoch", "Loss");
        chart.getStyler().setXAxisDecimalPattern("0");
        draw(chart, losses, true);
        return format.plot(LOSS_PROGRESSION, chart);
    }

    /** Recall against latency per configuration (e.g. index parameters), labelled in the legend. */
    public static Plot recallVsLatency(String title, List<String> configurations, double[] latencyMillis, double[] recall,
                                       ImageFormat format) {
        Plots.requireSameLength("latency", latencyMillis, "recall", recall);
        if (configurations.size() != recall.length) {
            throw new IllegalArgumentException(configurations.size() + " configurations, " + recall.length + " points");
        }
        XYChart chart = chart(title, "Latency per query (ms, p50)", "Recall");
        for (int i = 0; i < recall.length; i++) {
            XYSeries point = chart.addSeries(String.format(Locale.ROOT, "%s", configurations.get(i)),
                    new double[] {latencyMillis[i]}, new double[] {recall[i]});
            point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            point.setMarker(SeriesMarkers.CIRCLE);
            point.setMarkerColor(PALETTE[i % PALETTE.length]);
        }
        return format.plot(RECALL_VS_LATENCY, chart);
    }

    private static XYChart chart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(PlotStyle.WIDTH).height(PlotStyle.HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        PlotStyle.apply(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        return chart;
    }

    private static void draw(XYChart chart, List<Curve> curves, boolean markers) {
        for (int i = 0; i < curves.size(); i++) {
            Curve c = curves.get(i);
            Color colour = PALETTE[i % PALETTE.length];
            XYSeries series = chart.addSeries(c.name(), c.x().clone(), c.y().clone());
            series.setMarker(markers ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            series.setMarkerColor(colour);
            series.setLineColor(colour);
            series.setLineStyle(PlotStyle.solid(2f));
            if (c.lower() != null) {
                for (double[] edge : new double[][] {c.lower(), c.upper()}) {
                    XYSeries band = chart.addSeries(c.name() + (edge == c.lower() ? " lower" : " upper"),
                            c.x().clone(), edge.clone());
                    band.setMarker(SeriesMarkers.NONE);
                    band.setLineColor(colour);
                    band.setLineStyle(PlotStyle.dashed());
                    band.setShowInLegend(false);
                }
            }
        }
        if (curves.isEmpty()) {
            chart.addSeries("no data", new double[] {0}, new double[] {0}).setMarker(SeriesMarkers.NONE);
        }
    }
}
