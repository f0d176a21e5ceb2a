package io.modellab.evalharness.plots;

import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.SliceResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The plots of a binary classifier's eval folder (spec 4.4.1), in the order the run report shows them, from numbers
 * that either path computes: the single machine from its rows, Spark from merged histograms. One place decides
 * which plots there are, their titles and the slice plot's points, so both paths draw the same files.
 */
public final class BinaryPlots {

    private BinaryPlots() {
    }

    /**
     * What the plots show.
     *
     * @param on the subject of every title, e.g. {@code logistic_regression on credit-g (test rows)}
     * @param model the model's name (the slice plot's title)
     * @param rocAuc ROC-AUC, {@code null} when undefined (one class): then no ROC and no precision-recall plot
     * @param falsePositiveRate the ROC curve's x
     * @param truePositiveRate the ROC curve's y
     * @param recall the precision-recall curve's x
     * @param precision the precision-recall curve's y
     * @param averagePrecision average precision
     * @param positiveShare the share of actual positives (the precision of a random ranking)
     * @param calibrationPredicted each calibration bin's mean predicted probability, {@code null} for no plot
     * @param calibrationObserved each calibration bin's observed share of positives
     * @param expectedCalibrationError the calibration error in the plot's legend
     * @param labels the confusion matrix's labels
     * @param confusion its counts, actual by predicted
     * @param rightPerConfidenceBin right predictions per {@link ClassificationPlots#confidenceBin}
     * @param wrongPerConfidenceBin wrong predictions per bin
     * @param slices the slices, for accuracy by slice
     * @param accuracy the overall accuracy
     */
    public record Inputs(String on, String model, Double rocAuc, double[] falsePositiveRate, double[] truePositiveRate,
                         double[] recall, double[] precision, double averagePrecision, double positiveShare,
                         double[] calibrationPredicted, double[] calibrationObserved, double expectedCalibrationError,
                         List<String> labels, double[][] confusion, double[] rightPerConfidenceBin,
                         double[] wrongPerConfidenceBin, List<SliceResult> slices, double accuracy) {
    }

    /** The metric of the slice plot. */
    public static final String SLICE_METRIC = "accuracy";

    /** ROC, precision-recall, calibration, confusion matrix (counts, then row-normalised), confidence, slices. */
    public static List<Plot> of(Inputs in, ImageFormat format) {
        List<Plot> plots = new ArrayList<>();
        if (in.rocAuc() != null) {
            plots.add(ClassificationPlots.roc(in.on(), in.falsePositiveRate(), in.truePositiveRate(), in.rocAuc(),
                    format));
            plots.add(ClassificationPlots.precisionRecall(in.on(), in.recall(), in.precision(), in.averagePrecision(),
                    in.positiveShare(), format));
        }
        if (in.calibrationPredicted() != null) {
            plots.add(ClassificationPlots.calibration(in.on(), in.calibrationPredicted(), in.calibrationObserved(),
                    in.expectedCalibrationError(), format));
        }
        plots.add(ClassificationPlots.confusionMatrix(in.on(), in.labels(), in.confusion(), false, format));
        plots.add(ClassificationPlots.confusionMatrix(in.on(), in.labels(), in.confusion(), true, format));
        plots.add(ClassificationPlots.confidenceHistogram(in.on(), in.rightPerConfidenceBin(),
                in.wrongPerConfidenceBin(), format));
        plots.add(SlicePlots.ofResults("Accuracy by slice (" + in.model() + ")", SLICE_METRIC, SLICE_METRIC,
                in.slices(), in.accuracy(), format));
        return plots;
    }
}
