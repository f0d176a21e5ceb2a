package io.modellab.evalharness.plots;

import io.modellab.evalharness.core.io.Plot;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A ROC curve with its AUC in the legend and the chance diagonal, as a PNG. */
public final class RocCurvePlot {

    /** The file name the eval folder uses. */
    public static final String FILE_NAME = "roc_curve.png";

    private RocCurvePlot() {
    }

    /**
     * The plot of one curve.
     *
     * @param title the chart's title, e.g. the model's name
     * @param falsePositiveRate x of each point, from 0 to 1
     * @param truePositiveRate y of each point, from 0 to 1
     * @param auc the area under the curve, shown in the legend
     */
    public static Plot png(String title, double[] falsePositiveRate, double[] truePositiveRate, double auc) {
        double[] x = falsePositiveRate.clone();
        double[] y = truePositiveRate.clone();
        return new Plot(FILE_NAME, out -> BitmapEncoder.saveBitmap(chart(title, x, y, auc), out,
                BitmapEncoder.BitmapFormat.PNG));
    }

    static XYChart chart(String title, double[] x, double[] y, double auc) {
        XYChart chart = new XYChartBuilder().width(PlotStyle.WIDTH).height(PlotStyle.HEIGHT)
                .title(title).xAxisTitle("False positive rate").yAxisTitle("True positive rate").build();
        PlotStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setXAxisDecimalPattern("0.0").setYAxisDecimalPattern("0.0");

        XYSeries chance = chart.addSeries("chance (AUC 0.500)", new double[] {0, 1}, new double[] {0, 1});
        chance.setMarker(SeriesMarkers.NONE);
        chance.setLineColor(Color.GRAY);
        chance.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));

        XYSeries curve = chart.addSeries(String.format(Locale.ROOT, "ROC (AUC %.3f)", auc), x, y);
        curve.setMarker(SeriesMarkers.NONE);
        curve.setLineColor(new Color(0x1f, 0x77, 0xb4));
        curve.setLineStyle(new BasicStroke(2f));
        return chart;
    }
}
