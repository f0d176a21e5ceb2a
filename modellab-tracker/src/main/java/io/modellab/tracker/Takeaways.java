package io.modellab.tracker;

import io.modellab.evalharness.core.MetricDirection;
import io.modellab.evalharness.core.schema.BaselineMetrics;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.Degradation;
import io.modellab.evalharness.core.schema.DegradedMetric;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.core.schema.Takeaway;
import io.modellab.evalharness.metrics.BinaryConfusion;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.RegressionRows;
import io.modellab.evalharness.slicing.FailureSelection;
import io.modellab.evalharness.slicing.FailureSelector;
import io.modellab.evalharness.stress.DegradationTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Writes the five sentences of takeaway.txt from the numbers: headline with interval, threshold metrics and
 * errors, baseline comparison, worst slice, and failures (with the most damaging stress test when the model was
 * stressed).
 */
final class Takeaways {

    /** Predictions at least this confident and wrong are counted as confidently wrong. */
    static final double CONFIDENT = 0.8;

    private Takeaways() {
    }

    static Takeaway binary(EvalRequest request, EvalOptions options, List<MetricValue> overall,
                           ConfidenceInterval aucInterval, SliceResult worstSlice, FailureSelection failures,
                           DegradationTable stress) {
        BinaryPredictions p = request.predictions();
        BinaryConfusion c = p.confusion(p.allRows());
        String pos = inSentence(p.positiveLabel());
        String model = inSentence(request.model());
        String on = String.format(Locale.ROOT, "on the %d test rows of %s version %s", p.size(),
                inSentence(request.dataset().name()), inSentence(request.dataset().version()));

        Double auc = MetricValue.valueOf(overall, BinaryPredictions.ROC_AUC);
        String headline;
        if (auc == null) {
            headline = String.format(Locale.ROOT, "%s has no ROC-AUC %s, because they hold one class only.",
                    model, on);
        } else if (aucInterval == null) {
            headline = String.format(Locale.ROOT, "%s scored ROC-AUC %.3f %s, with no interval since no bootstrap resample held both classes.",
                    model, auc, on);
        } else {
            headline = String.format(Locale.ROOT, "%s scored ROC-AUC %.3f (%s%% CI %.3f to %.3f from %d bootstrap resamples, seed %d) %s.",
                    model, auc, percent(options.confidenceLevel()), aucInterval.lower(), aucInterval.upper(),
                    aucInterval.resamplesUsed(), request.seed(), on);
        }

        String threshold = String.format(Locale.ROOT,
                "At threshold %.2f on P(%s) accuracy is %.3f and F1 for %s is %.3f, with %d of %d actual %s rows missed and %d false alarms.",
                p.threshold(), pos, c.accuracy(), pos, c.f1(), c.falseNegatives(), c.actualPositives(), pos, c.falsePositives());

        String baseline = baselineSentence(request, overall);

        String slice;
        if (worstSlice == null) {
            slice = String.format(Locale.ROOT, "No slice reached %d rows, so no slice is singled out as weakest.",
                    options.minSliceSize());
        } else {
            double accuracy = MetricValue.valueOf(worstSlice.metrics(), BinaryPredictions.ACCURACY);
            slice = String.format(Locale.ROOT, "The weakest slice of at least %d rows is %s (%d rows), where accuracy is %.3f, %+.3f against overall.",
                    options.minSliceSize(), inSentence(worstSlice.name()), worstSlice.sampleSize(), accuracy,
                    accuracy - c.accuracy());
        }

        long wrong = c.falseNegatives() + c.falsePositives();
        long confidentWrong = IntStream.range(0, p.size()).filter(r -> !p.correct(r) && p.confidence(r) >= CONFIDENT).count();
        long listed = failures.examples().stream().filter(e -> e.rule().equals(FailureSelector.CONFIDENT_WRONG)).count();
        // Every sentence starts with a capital letter: a sentence splitter does not break before a digit.
        String failure = stress == null
                ? String.format(Locale.ROOT,
                        "Of the %d predictions %d are wrong, %d of them with confidence of at least %.1f, and failure_examples.json lists the %d most confident wrong ones.",
                        p.size(), wrong, confidentWrong, CONFIDENT, listed)
                : String.format(Locale.ROOT,
                        "Of the %d predictions %d are wrong (%d with confidence of at least %.1f, the %d most confident in failure_examples.json), and %s.",
                        p.size(), wrong, confidentWrong, CONFIDENT, listed, mostDamaging(stress, options));

        return new Takeaway(List.of(headline, threshold, baseline, slice, failure));
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
        Double rmse = MetricValue.valueOf(overall, RegressionRows.RMSE);
        Double r2 = MetricValue.valueOf(overall, RegressionRows.R2);
        BaselineMetrics baseline = request.baseline();
        if (request.baselineCheck() != null && !request.baselineCheck().ok()) {
            return String.format(Locale.ROOT,
                    "No improvement is claimed, because the baseline-first check says %s (see eval_summary.json).",
                    request.baselineCheck().status());
        }
        if (baseline == null) {
            return String.format(Locale.ROOT,
                    "This run is a baseline, so an improved model on the same dataset version and split must beat RMSE %s and R² %s.",
                    format(rmse), format(r2));
        }
        Double baseRmse = MetricValue.valueOf(baseline.metrics(), RegressionRows.RMSE);
        Double baseR2 = MetricValue.valueOf(baseline.metrics(), RegressionRows.R2);
        return String.format(Locale.ROOT,
                "Against the %s baseline (RMSE %s, R² %s) RMSE changes by %s and R² by %s.",
                inSentence(baseline.model()), format(baseRmse), format(baseR2), delta(rmse, baseRmse), delta(r2, baseR2));
    }

    /**
     * Text from the data (names, category values) as it may stand inside a sentence: line breaks become spaces, and
     * the sentence terminators . ! ? become look-alikes that are not (U+2024, U+01C3, U+0294), so that a value such
     * as "St. Louis" cannot add a sentence to the five.
     */
    static String inSentence(String text) {
        return text.replaceAll("\\s+", " ").replace('.', '\u2024').replace('!', '\u01c3').replace('?', '\u0294');
    }

    /** The stress clause: the corruption that lowers the ranking metric most, with the interval of the drop. */
    private static String mostDamaging(DegradationTable stress, EvalOptions options) {
        String metric = stress.options().rankingMetric();
        String shown = BinaryPredictions.ROC_AUC.equals(metric) ? "ROC-AUC"
                : RegressionRows.RMSE.equals(metric) || RegressionRows.MAE.equals(metric) ? metric.toUpperCase(Locale.ROOT)
                : metric;
        Optional<Degradation> worst = stress.mostDamaging();
        if (worst.isEmpty()) {
            return "no corruption of the stress tests " + (MetricDirection.of(metric) == MetricDirection.LOWER_IS_BETTER
                    ? "raises " : "lowers ") + shown;
        }
        Degradation row = worst.get();
        DegradedMetric m = row.metric(metric);
        String interval = m.ciLower() == null ? "" : String.format(Locale.ROOT, " (%s%% CI %+.3f to %+.3f)",
                percent(options.confidenceLevel()), m.ciLower(), m.ciUpper());
        return String.format(Locale.ROOT, "the most damaging stress test is %s at severity %s, which moves %s by %+.3f%s",
                inSentence(row.corruption()), BigDecimal.valueOf(row.severity()).movePointRight(2).stripTrailingZeros()
                        .toPlainString() + "%", shown, m.delta(), interval);
    }

    private static String percent(double level) {
        return new BigDecimal(Double.toString(level * 100)).stripTrailingZeros().toPlainString();
    }

    private static String baselineSentence(EvalRequest request, List<MetricValue> overall) {
        Double auc = MetricValue.valueOf(overall, BinaryPredictions.ROC_AUC);
        Double accuracy = MetricValue.valueOf(overall, BinaryPredictions.ACCURACY);
        BaselineMetrics baseline = request.baseline();
        if (request.baselineCheck() != null && !request.baselineCheck().ok()) {
            // The check's own message may hold a failure reason with full stops; the status word cannot.
            return String.format(Locale.ROOT,
                    "No improvement is claimed, because the baseline-first check says %s (see eval_summary.json).",
                    request.baselineCheck().status());
        }
        if (baseline == null) {
            return String.format(Locale.ROOT,
                    "This run is a baseline, so an improved model on the same dataset version and split must beat ROC-AUC %s and accuracy %s.",
                    format(auc), format(accuracy));
        }
        Double baseAuc = MetricValue.valueOf(baseline.metrics(), BinaryPredictions.ROC_AUC);
        Double baseAccuracy = MetricValue.valueOf(baseline.metrics(), BinaryPredictions.ACCURACY);
        return String.format(Locale.ROOT,
                "Against the %s baseline (ROC-AUC %s, accuracy %s) ROC-AUC changes by %s and accuracy by %s.",
                inSentence(baseline.model()), format(baseAuc), format(baseAccuracy), delta(auc, baseAuc),
                delta(accuracy, baseAccuracy));
    }

    private static String format(Double v) {
        return v == null ? "undefined" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String delta(Double now, Double before) {
        return now == null || before == null ? "an undefined amount" : String.format(Locale.ROOT, "%+.3f", now - before);
    }
}
