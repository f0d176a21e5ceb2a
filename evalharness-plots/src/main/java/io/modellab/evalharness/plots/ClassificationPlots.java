package io.modellab.evalharness.plots;

import io.modellab.evalharness.core.io.Plot;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The classification plots of spec 4.4.1: ROC and precision-recall curves, the reliability curve, the confusion
 * matrix (counts and row-normalised) and the histogram of prediction confidence. Each takes numbers the metrics
 * module computed and returns a {@link Plot} named as the eval folder names it.
 */
public final class ClassificationPlots {

    /** File base name of {@link #roc}. */
    public static final String ROC = "roc_curve";
    /** File base name of {@link #precisionRecall}. */
    public static final String PRECISION_RECALL = "pr_curve";
    /** File base name of {@link #calibration}. */
    public static final String CALIBRATION = "calibration_curve";
    /** File base name of {@link #confusionMatrix} with counts. */
    public static final String CONFUSION_COUNTS = "confusion_matrix";
    /** File base name of {@link #confusionMatrix} normalised by row (by actual class). */
    public static final String CONFUSION_NORMALISED = "confusion_matrix_normalized";
    /** File base name of {@link #rocOverlay}. */
    public static final String ROC_OVERLAY = "roc_overlay";
    /** File base name of {@link #confidenceHistogram}. */
    public static final String CONFIDENCE = "confidence_histogram";

    private ClassificationPlots() {
    }

    /**
     * A ROC curve with its AUC in the legend and the chance diagonal.
     *
     * @param falsePositiveRate x of each point, from 0 to 1
     * @param truePositiveRate y of each point, from 0 to 1
     */
    public static Plot roc(String title, double[] falsePositiveRate, double[] truePositiveRate, double auc,
                           ImageFormat format) {
        Plots.requireSameLength("false positive rate", falsePositiveRate, "true positive rate", truePositiveRate);
        XYChart chart = unitSquare(title, "False positive rate", "True positive rate");
        reference(chart, "chance (AUC 0.500)", new double[] {0, 1}, new double[] {0, 1});
        line(chart, String.format(Locale.ROOT, "ROC (AUC %.3f)", auc), falsePositiveRate, truePositiveRate,
                PlotStyle.PRIMARY);
        return format.plot(ROC, chart);
    }

    /**
     * Several models' ROC curves on one chart (the baseline against the improved model, on the rows both scored), each
     * named with its AUC in the legend, and the chance diagonal.
     *
     * @param curves one per model: x the false positive rate, y the true positive rate
     */
    public static Plot rocOverlay(String title, List<CurvePlots.Curve> curves, ImageFormat format) {
        XYChart chart = unitSquare(title, "False positive rate", "True positive rate");
        reference(chart, "chance (AUC 0.500)", new double[] {0, 1}, new double[] {0, 1});
        Color[] colours = {PlotStyle.SECONDARY, PlotStyle.PRIMARY, new Color(0x2c, 0xa0, 0x2c)};
        for (int i = 0; i < curves.size(); i++) {
            CurvePlots.Curve c = curves.get(i);
            line(chart, c.name(), c.x(), c.y(), colours[i % colours.length]);
        }
        return format.plot(ROC_OVERLAY, chart);
    }

    /**
     * A precision-recall curve with its average precision in the legend, and the precision of a random ranking
     * (the positive share) as the reference.
     *
     * @param prevalence the share of positives, or NaN to leave the reference out
     */
    public static Plot precisionRecall(String title, double[] recall, double[] precision, double averagePrecision,
                                       double prevalence, ImageFormat format) {
        Plots.requireSameLength("recall", recall, "precision", precision);
        XYChart chart = unitSquare(title, "Recall", "Precision");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        if (!Double.isNaN(prevalence)) {
            reference(chart, String.format(Locale.ROOT, "random (precision %.3f)", prevalence),
                    new double[] {0, 1}, new double[] {prevalence, prevalence});
        }
        line(chart, String.format(Locale.ROOT, "PR (average precision %.3f)", averagePrecision), recall, precision,
                PlotStyle.PRIMARY);
        return format.plot(PRECISION_RECALL, chart);
    }

    /**
     * The reliability curve: observed positive share against mean predicted probability in each bin, with the
     * expected calibration error in the legend. Bins without rows are left out.
     */
    public static Plot calibration(String title, double[] meanPredicted, double[] observed, double expectedCalibrationError,
                                   ImageFormat format) {
        Plots.requireSameLength("mean predicted", meanPredicted, "observed", observed);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < meanPredicted.length; i++) {
            if (!Double.isNaN(meanPredicted[i]) && !Double.isNaN(observed[i])) {
                x.add(meanPredicted[i]);
                y.add(observed[i]);
            }
        }
        XYChart chart = unitSquare(title, "Mean predicted probability", "Observed positive share");
        reference(chart, "perfectly calibrated", new double[] {0, 1}, new double[] {0, 1});
        XYSeries curve = chart.addSeries(String.format(Locale.ROOT, "model (ECE %.3f)", expectedCalibrationError),
                x.isEmpty() ? List.of(0.0) : x, y.isEmpty() ? List.of(0.0) : y);
        curve.setMarker(SeriesMarkers.CIRCLE);
        curve.setMarkerColor(PlotStyle.PRIMARY);
        curve.setLineColor(PlotStyle.PRIMARY);
        curve.setLineStyle(PlotStyle.solid(2f));
        curve.setEnabled(!x.isEmpty());
        return format.plot(CALIBRATION, chart);
    }

    /**
     * The confusion matrix as a heat map: actual class down, predicted class across, each cell labelled.
     *
     * @param labels the class labels, in the matrix's order
     * @param counts counts[actual][predicted]
     * @param normalised divide each row by its total (the recall of each class on the diagonal)
     */
    public static Plot confusionMatrix(String title, List<String> labels, double[][] counts, boolean normalised,
                                       ImageFormat format) {
        int k = labels.size();
        if (counts.length != k) {
            throw new IllegalArgumentException("confusion matrix has " + counts.length + " rows for " + k + " labels");
        }
        List<Number[]> cells = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            if (counts[a].length != k) {
                throw new IllegalArgumentException("confusion matrix row " + a + " has " + counts[a].length
                        + " cells for " + k + " labels");
            }
            double total = 0;
            for (double c : counts[a]) {
                total += c;
            }
            for (int p = 0; p < k; p++) {
                double value = normalised ? (total == 0 ? 0 : counts[a][p] / total) : counts[a][p];
                // The heat map draws its first row at the bottom; put the first actual class on top, as is usual.
                cells.add(new Number[] {p, k - 1 - a, value});
            }
        }
        List<String> rowLabels = new ArrayList<>(labels);
        java.util.Collections.reverse(rowLabels);
        HeatMapChart chart = new HeatMapChartBuilder().width(PlotStyle.WIDTH).height(PlotStyle.HEIGHT).title(title)
                .xAxisTitle("Predicted").yAxisTitle("Actual").build();
        PlotStyle.apply(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setShowValue(true);
        chart.getStyler().setValueFont(PlotStyle.font(14f));
        chart.getStyler().setHeatMapValueDecimalPattern(normalised ? "0.00" : "#,##0");
        // Light to medium blue, so that the black cell labels stay readable on the fullest cell.
        chart.getStyler().setRangeColors(new Color[] {new Color(0xf7, 0xfb, 0xff), new Color(0x9e, 0xca, 0xe1),
                new Color(0x42, 0x92, 0xc6)});
        chart.getStyler().setValueFontColor(Color.BLACK);
        chart.getStyler().setMin(0);
        if (normalised) {
            chart.getStyler().setMax(1);
        }
        chart.addSeries(normalised ? "share of actual" : "rows", labels, rowLabels, cells);
        return format.plot(normalised ? CONFUSION_NORMALISED : CONFUSION_COUNTS, chart);
    }

    /**
     * How confident the predictions were, split into right and wrong ones: ten bins of the predicted label's
     * probability, stacked bars of counts.
     *
     * @param confidence the probability of the predicted label, per row, in [0, 1]
     * @param correct whether the row's prediction was right
     */
    public static Plot confidenceHistogram(String title, double[] confidence, boolean[] correct, ImageFormat format) {
        if (confidence.length != correct.length) {
            throw new IllegalArgumentException("confidence has " + confidence.length + " rows, correct "
                    + correct.length);
        }
        double[] right = new double[CONFIDENCE_BINS];
        double[] wrong = new double[CONFIDENCE_BINS];
        for (int i = 0; i < confidence.length; i++) {
            double c = confidence[i];
            if (!(c >= 0 && c <= 1)) {
                throw new IllegalArgumentException("confidence of row " + i + " is " + c + ", expected a value in [0, 1]");
            }
            if (correct[i]) {
                right[confidenceBin(c)]++;
            } else {
                wrong[confidenceBin(c)]++;
            }
        }
        return confidenceHistogram(title, right, wrong, format);
    }

    /** Bins of {@link #confidenceHistogram}: tenths of the predicted label's probability. */
    public static final int CONFIDENCE_BINS = 10;

    /** The bin of a confidence in [0, 1]: its tenth, 1.0 in the last. */
    public static int confidenceBin(double confidence) {
        return Math.min(CONFIDENCE_BINS - 1, (int) (confidence * CONFIDENCE_BINS));
    }

    /**
     * {@link #confidenceHistogram(String, double[], boolean[], ImageFormat)} from rows already counted per bin
     * ({@link #confidenceBin}), as a distributed engine merges them.
     *
     * @param right right predictions per bin
     * @param wrong wrong predictions per bin
     */
    public static Plot confidenceHistogram(String title, double[] right, double[] wrong, ImageFormat format) {
        if (right.length != CONFIDENCE_BINS || wrong.length != CONFIDENCE_BINS) {
            throw new IllegalArgumentException("need " + CONFIDENCE_BINS + " bins, got " + right.length + " and "
                    + wrong.length);
        }
        int bins = CONFIDENCE_BINS;
        List<String> names = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            names.add(String.format(Locale.ROOT, "%.1f", (b + 0.5) / bins));
        }
        CategoryChart chart = new CategoryChartBuilder().width(PlotStyle.WIDTH).height(PlotStyle.HEIGHT).title(title)
                .xAxisTitle("Confidence of the predicted label (bin centre)").yAxisTitle("Rows").build();
        PlotStyle.apply(chart.getStyler());
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        CategorySeries ok = chart.addSeries("right", names, Plots.boxed(right));
        ok.setFillColor(PlotStyle.PRIMARY);
        CategorySeries bad = chart.addSeries("wrong", names, Plots.boxed(wrong));
        bad.setFillColor(PlotStyle.SECONDARY);
        return format.plot(CONFIDENCE, chart);
    }

    private static XYChart unitSquare(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(PlotStyle.WIDTH).height(PlotStyle.HEIGHT)
                .title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        PlotStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setXAxisDecimalPattern("0.0").setYAxisDecimalPattern("0.0");
        return chart;
    }

    static void reference(XYChart chart, String name, double[] x, double[] y) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(PlotStyle.REFERENCE);
        series.setLineStyle(PlotStyle.dashed());
    }

    static void line(XYChart chart, String name, double[] x, double[] y, Color colour) {
        XYSeries series = chart.addSeries(name, x.clone(), y.clone());
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(colour);
        series.setLineStyle(PlotStyle.solid(2f));
    }
}
