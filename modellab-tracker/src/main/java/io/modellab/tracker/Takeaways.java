package io.modellab.tracker;

import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.core.schema.Takeaway;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.RegressionRows;
import io.modellab.evalharness.slicing.FailureSelection;
import io.modellab.evalharness.slicing.TakeawaySentences;
import io.modellab.evalharness.stress.DegradationTable;
import java.util.List;
import java.util.Locale;

/**
 * Writes the five sentences of takeaway.txt from the numbers: headline with interval, threshold metrics and
 * errors, baseline comparison, worst slice, and failures (with the most damaging stress test when the model was
 * stressed). A binary classifier's sentences are {@link TakeawaySentences#binary}, shared with the Spark path; this
 * class gathers their inputs from a request.
 */
final class Takeaways {

    private Takeaways() {
    }

    static Takeaway binary(EvalRequest request, EvalOptions options, List<MetricValue> overall,
                           ConfidenceInterval aucInterval, SliceResult worstSlice, FailureSelection failures,
                           DegradationTable stress) {
        BinaryPredictions p = request.predictions();
        return TakeawaySentences.binary(new TakeawaySentences.Binary(request.model(), request.dataset().name(),
                request.dataset().version(), p.positiveLabel(), p.threshold(), p.confusion(p.allRows()),
                TakeawaySentences.confidentWrong(p), overall, aucInterval, options.confidenceLevel(), request.seed(),
                options.minSliceSize(), worstSlice, failures.examples(), request.baseline(), request.baselineCheck(),
                stressClause(stress)));
    }

    /** The stress table as the shared sentences take it: its ranking metric and most damaging row. */
    private static TakeawaySentences.StressClause stressClause(DegradationTable stress) {
        return stress == null ? null
                : new TakeawaySentences.StressClause(stress.options().rankingMetric(), stress.mostDamaging().orElse(null));
    }

    /**
     * A regression's five sentences: the headline error with its interval and R², the other errors and the bias, the
     * baseline comparison, the weakest slice, and the largest failure (or the most damaging stress test).
     */
    static Takeaway regression(RegressionRequest request, EvalOptions options, List<MetricValue> overall,
                               ConfidenceInterval rmseInterval, SliceResult worstSlice, FailureSelection failures,
                               DegradationTable stress) {
        RegressionRows p = request.predictions();
        String model = inSentence(request.model());
        String target = inSentence(request.target());
        double rmse = MetricValue.valueOf(overall, RegressionRows.RMSE);
        String interval = rmseInterval == null ? ", with no interval" : String.format(Locale.ROOT,
                " (%s%% CI %.3f to %.3f from %d bootstrap resamples, seed %d)", percent(options.confidenceLevel()),
                rmseInterval.lower(), rmseInterval.upper(), rmseInterval.resamplesUsed(), request.seed());
        String headline = String.format(Locale.ROOT, "%s predicts %s on the %d test rows of %s version %s with RMSE %.3f%s"
                        + " and R² %s.", model, target, p.size(), inSentence(request.dataset().name()),
                inSentence(request.dataset().version()), rmse, interval, format(MetricValue.valueOf(overall, RegressionRows.R2)));

        double bias = 0;
        int under = 0;
        int over = 0;
        for (int i = 0; i < p.size(); i++) {
            bias += p.error(i);
            under += p.error(i) < 0 ? 1 : 0;
            over += p.error(i) > 0 ? 1 : 0;
        }
        bias /= p.size();
        Double mape = MetricValue.valueOf(overall, "mape");
        String onAverage = bias == 0 ? "on average its predictions equal the actual values"
                : String.format(Locale.ROOT, "on average its predictions lie %.3f %s the actual values", Math.abs(bias),
                        bias < 0 ? "below" : "above");
        String errors = String.format(Locale.ROOT, "Its mean absolute error is %.3f, the median absolute error %.3f and the"
                        + " largest %.3f%s, and %s (%d rows under-predicted, %d over-predicted).",
                MetricValue.valueOf(overall, RegressionRows.MAE), MetricValue.valueOf(overall, "median_absolute_error"),
                MetricValue.valueOf(overall, "max_error"),
                mape == null ? "" : String.format(Locale.ROOT, " (MAPE %.1f%%)", mape * 100), onAverage, under, over);

        String baseline = regressionBaselineSentence(request, overall);

        String slice;
        if (worstSlice == null) {
            slice = String.format(Locale.ROOT, "No slice reached %d rows, so no slice is singled out as weakest.",
                    options.minSliceSize());
        } else {
            double value = MetricValue.valueOf(worstSlice.metrics(), RegressionRows.RMSE);
            slice = String.format(Locale.ROOT, "The weakest slice of at least %d rows is %s (%d rows), where RMSE is %.3f,"
                            + " %+.3f against overall.", options.minSliceSize(), inSentence(worstSlice.name()),
                    worstSlice.sampleSize(), value, value - rmse);
        }

        // The largest absolute error; a tie goes to the first row, as failure_examples.json orders rows by id.
        int largest = 0;
        for (int i = 1; i < p.size(); i++) {
            if (Math.abs(p.error(i)) > Math.abs(p.error(largest))) {
                largest = i;
            }
        }
        String largestError = String.format(Locale.ROOT, "the largest error is on row %s, predicted %.3f for an actual"
                        + " %.3f", inSentence(request.testFeatures().rowId(largest)), p.predicted(largest),
                p.actual(largest));
        long listed = failures.examples().size();
        String failure = stress == null
                ? String.format(Locale.ROOT, "In failure_examples.json %s, among %d examples of the largest, under- and"
                        + " over-predictions.", largestError, listed)
                : String.format(Locale.ROOT, "In failure_examples.json %s, and %s.", largestError,
                        mostDamaging(stress, options));
        return new Takeaway(List.of(headline, errors, baseline, slice, failure));
    }

    private static String regressionBaselineSentence(RegressionRequest request, List<MetricValue> overall) {
        return TakeawaySentences.baseline(request.baselineCheck(), request.baseline(), overall, RegressionRows.RMSE,
                "RMSE", RegressionRows.R2, "R²");
    }

    static String inSentence(String text) {
        return TakeawaySentences.inSentence(text);
    }

    private static String mostDamaging(DegradationTable stress, EvalOptions options) {
        return TakeawaySentences.stressClause(stressClause(stress), options.confidenceLevel());
    }

    private static String percent(double level) {
        return TakeawaySentences.percent(level);
    }

    private static String format(Double v) {
        return TakeawaySentences.format(v);
    }
}
