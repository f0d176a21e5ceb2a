package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.MetricDirection;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.BaselineMetrics;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.Degradation;
import io.modellab.evalharness.core.schema.DegradedMetric;
import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.core.schema.Takeaway;
import io.modellab.evalharness.metrics.BinaryConfusion;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.RegressionRows;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The five sentences of takeaway.txt, written from numbers already computed: kept here, below both the tracker's
 * {@code EvalHarness} (rows on one machine) and {@code evalharness-spark} (rows on a cluster), so that the same
 * numbers give the same text on both paths. It takes plain values and core records only (no predictions, no stress
 * sweep): the stress table enters as its most damaging row ({@link StressClause}).
 */
public final class TakeawaySentences {

    /** Predictions at least this confident and wrong are counted as confidently wrong. */
    public static final double CONFIDENT = 0.8;

    private TakeawaySentences() {
    }

    /**
     * The stress test that did the most damage, as the failure sentence names it.
     *
     * @param rankingMetric the metric the stress table ranks corruptions by
     * @param mostDamaging the row that moves it most, or {@code null} when no corruption made it worse
     */
    public record StressClause(String rankingMetric, Degradation mostDamaging) {

        /** Checks that the metric is named. */
        public StressClause {
            Objects.requireNonNull(rankingMetric, "rankingMetric");
        }
    }

    /**
     * What a binary classifier's takeaway is written from.
     *
     * @param model the model's name
     * @param datasetName the evaluated dataset's name
     * @param datasetVersion its version
     * @param positiveLabel the label scored as positive
     * @param threshold rows scoring at least this are predicted positive
     * @param confusion the counts at the threshold on all rows (their total is the number of test rows)
     * @param confidentWrong wrong rows whose confidence (probability of the predicted label) is at least
     *     {@link #CONFIDENT}
     * @param overall the metrics on all rows (ROC-AUC and accuracy are read from them)
     * @param aucInterval ROC-AUC's interval, or {@code null} when it has none
     * @param confidenceLevel the intervals' level, e.g. 0.95
     * @param seed the bootstrap's seed
     * @param minSliceSize the smallest slice that can be named weakest
     * @param worstSlice the weakest slice, or {@code null} when no slice reached {@code minSliceSize}
     * @param failureExamples failure_examples.json's examples (the confident-wrong ones are counted)
     * @param baseline the baseline's metrics, or {@code null} for a baseline run
     * @param baselineCheck the baseline-first check, or {@code null} when there is none
     * @param stress the most damaging stress test, or {@code null} when the model was not stressed
     */
    public record Binary(String model, String datasetName, String datasetVersion, String positiveLabel,
                         double threshold, BinaryConfusion confusion, long confidentWrong, List<MetricValue> overall,
                         ConfidenceInterval aucInterval, double confidenceLevel, long seed, int minSliceSize,
                         SliceResult worstSlice, List<FailureExample> failureExamples, BaselineMetrics baseline,
                         BaselineCheck baselineCheck, StressClause stress) {

        /** Copies the lists. */
        public Binary {
            overall = List.copyOf(overall);
            failureExamples = List.copyOf(failureExamples);
        }
    }

    /**
     * What a regression's takeaway is written from.
     *
     * @param model the model's name
     * @param target the predicted column's name
     * @param rows the test rows
     * @param datasetName the evaluated dataset's name
     * @param datasetVersion its version
     * @param overall every metric on all rows (RMSE, R², MAE, the median and largest absolute error and MAPE are read)
     * @param rmseInterval RMSE's interval, or {@code null} when it has none
     * @param confidenceLevel the intervals' level, e.g. 0.95
     * @param seed the bootstrap's seed
     * @param bias the mean of prediction minus actual value
     * @param under rows predicted below their actual value
     * @param over rows predicted above it
     * @param minSliceSize the smallest slice that can be named weakest
     * @param worstSlice the weakest slice, or {@code null} when no slice reached {@code minSliceSize}
     * @param largestErrorRow the id of the row with the largest absolute error
     * @param largestErrorPredicted its prediction
     * @param largestErrorActual its actual value
     * @param examplesListed the examples in failure_examples.json
     * @param baseline the baseline's metrics, or {@code null} for a baseline run
     * @param baselineCheck the baseline-first check, or {@code null} when there is none
     * @param stress the most damaging stress test, or {@code null} when the model was not stressed
     */
    public record Regression(String model, String target, long rows, String datasetName, String datasetVersion,
                             List<MetricValue> overall, ConfidenceInterval rmseInterval, double confidenceLevel,
                             long seed, double bias, long under, long over, int minSliceSize, SliceResult worstSlice,
                             String largestErrorRow, double largestErrorPredicted, double largestErrorActual,
                             long examplesListed, BaselineMetrics baseline, BaselineCheck baselineCheck,
                             StressClause stress) {

        /** Copies the list. */
        public Regression {
            overall = List.copyOf(overall);
        }
    }

    /**
     * A regression's five sentences: the headline error with its interval and R², the other errors and the bias, the
     * baseline comparison, the weakest slice, and the largest failure (or the most damaging stress test).
     */
    public static Takeaway regression(Regression in) {
        List<MetricValue> overall = in.overall();
        String model = inSentence(in.model());
        String target = inSentence(in.target());
        double rmse = MetricValue.valueOf(overall, RegressionRows.RMSE);
        ConfidenceInterval ci = in.rmseInterval();
        String interval = ci == null ? ", with no interval" : String.format(Locale.ROOT,
                " (%s%% CI %.3f to %.3f from %d bootstrap resamples, seed %d)", percent(in.confidenceLevel()),
                ci.lower(), ci.upper(), ci.resamplesUsed(), in.seed());
        String headline = String.format(Locale.ROOT, "%s predicts %s on the %d test rows of %s version %s with RMSE %.3f%s"
                        + " and R² %s.", model, target, in.rows(), inSentence(in.datasetName()),
                inSentence(in.datasetVersion()), rmse, interval, format(MetricValue.valueOf(overall, RegressionRows.R2)));

        double bias = in.bias();
        Double mape = MetricValue.valueOf(overall, "mape");
        String onAverage = bias == 0 ? "on average its predictions equal the actual values"
                : String.format(Locale.ROOT, "on average its predictions lie %.3f %s the actual values", Math.abs(bias),
                        bias < 0 ? "below" : "above");
        String errors = String.format(Locale.ROOT, "Its mean absolute error is %.3f, the median absolute error %.3f and the"
                        + " largest %.3f%s, and %s (%d rows under-predicted, %d over-predicted).",
                MetricValue.valueOf(overall, RegressionRows.MAE), MetricValue.valueOf(overall, "median_absolute_error"),
                MetricValue.valueOf(overall, "max_error"),
                mape == null ? "" : String.format(Locale.ROOT, " (MAPE %.1f%%)", mape * 100), onAverage, in.under(),
                in.over());

        String baseline = baseline(in.baselineCheck(), in.baseline(), overall, RegressionRows.RMSE, "RMSE",
                RegressionRows.R2, "R²");

        String slice;
        SliceResult worst = in.worstSlice();
        if (worst == null) {
            slice = String.format(Locale.ROOT, "No slice reached %d rows, so no slice is singled out as weakest.",
                    in.minSliceSize());
        } else {
            double value = MetricValue.valueOf(worst.metrics(), RegressionRows.RMSE);
            slice = String.format(Locale.ROOT, "The weakest slice of at least %d rows is %s (%d rows), where RMSE is %.3f,"
                            + " %+.3f against overall.", in.minSliceSize(), inSentence(worst.name()),
                    worst.sampleSize(), value, value - rmse);
        }

        String largestError = String.format(Locale.ROOT, "the largest error is on row %s, predicted %.3f for an actual"
                + " %.3f", inSentence(in.largestErrorRow()), in.largestErrorPredicted(), in.largestErrorActual());
        String failure = in.stress() == null
                ? String.format(Locale.ROOT, "In failure_examples.json %s, among %d examples of the largest, under- and"
                        + " over-predictions.", largestError, in.examplesListed())
                : String.format(Locale.ROOT, "In failure_examples.json %s, and %s.", largestError,
                        stressClause(in.stress(), in.confidenceLevel()));
        return new Takeaway(List.of(headline, errors, baseline, slice, failure));
    }

    /** Wrong rows of {@code p} at least {@link #CONFIDENT} sure of their predicted label. */
    public static long confidentWrong(BinaryPredictions p) {
        long n = 0;
        for (int r = 0; r < p.size(); r++) {
            n += !p.correct(r) && p.confidence(r) >= CONFIDENT ? 1 : 0;
        }
        return n;
    }

    /**
     * A binary classifier's five sentences: the headline ROC-AUC with its interval, the threshold metrics, the
     * baseline comparison, the weakest slice, and the failures (with the most damaging stress test when there is one).
     */
    public static Takeaway binary(Binary in) {
        BinaryConfusion c = in.confusion();
        String pos = inSentence(in.positiveLabel());
        String model = inSentence(in.model());
        String on = String.format(Locale.ROOT, "on the %d test rows of %s version %s", c.total(),
                inSentence(in.datasetName()), inSentence(in.datasetVersion()));

        Double auc = MetricValue.valueOf(in.overall(), BinaryPredictions.ROC_AUC);
        ConfidenceInterval aucInterval = in.aucInterval();
        String headline;
        if (auc == null) {
            headline = String.format(Locale.ROOT, "%s has no ROC-AUC %s, because they hold one class only.",
                    model, on);
        } else if (aucInterval == null) {
            headline = String.format(Locale.ROOT, "%s scored ROC-AUC %.3f %s, with no interval since no bootstrap resample held both classes.",
                    model, auc, on);
        } else {
            headline = String.format(Locale.ROOT, "%s scored ROC-AUC %.3f (%s%% CI %.3f to %.3f from %d bootstrap resamples, seed %d) %s.",
                    model, auc, percent(in.confidenceLevel()), aucInterval.lower(), aucInterval.upper(),
                    aucInterval.resamplesUsed(), in.seed(), on);
        }

        String threshold = String.format(Locale.ROOT,
                "At threshold %.2f on P(%s) accuracy is %.3f and F1 for %s is %.3f, with %d of %d actual %s rows missed and %d false alarms.",
                in.threshold(), pos, c.accuracy(), pos, c.f1(), c.falseNegatives(), c.actualPositives(), pos,
                c.falsePositives());

        String baseline = binaryBaseline(in);

        String slice;
        SliceResult worstSlice = in.worstSlice();
        if (worstSlice == null) {
            slice = String.format(Locale.ROOT, "No slice reached %d rows, so no slice is singled out as weakest.",
                    in.minSliceSize());
        } else {
            double accuracy = MetricValue.valueOf(worstSlice.metrics(), BinaryPredictions.ACCURACY);
            slice = String.format(Locale.ROOT, "The weakest slice of at least %d rows is %s (%d rows), where accuracy is %.3f, %+.3f against overall.",
                    in.minSliceSize(), inSentence(worstSlice.name()), worstSlice.sampleSize(), accuracy,
                    accuracy - c.accuracy());
        }

        long wrong = c.falseNegatives() + c.falsePositives();
        long listed = in.failureExamples().stream().filter(e -> e.rule().equals(FailureSelector.CONFIDENT_WRONG))
                .count();
        // Every sentence starts with a capital letter: a sentence splitter does not break before a digit.
        String failure = in.stress() == null
                ? String.format(Locale.ROOT,
                        "Of the %d predictions %d are wrong, %d of them with confidence of at least %.1f, and failure_examples.json lists the %d most confident wrong ones.",
                        c.total(), wrong, in.confidentWrong(), CONFIDENT, listed)
                : String.format(Locale.ROOT,
                        "Of the %d predictions %d are wrong (%d with confidence of at least %.1f, the %d most confident in failure_examples.json), and %s.",
                        c.total(), wrong, in.confidentWrong(), CONFIDENT, listed,
                        stressClause(in.stress(), in.confidenceLevel()));

        return new Takeaway(List.of(headline, threshold, baseline, slice, failure));
    }

    private static String binaryBaseline(Binary in) {
        return baseline(in.baselineCheck(), in.baseline(), in.overall(), BinaryPredictions.ROC_AUC, "ROC-AUC",
                BinaryPredictions.ACCURACY, "accuracy");
    }

    /**
     * What a ranking system's takeaway is written from.
     *
     * @param model the system's name
     * @param queries the judged queries evaluated
     * @param overall every metric at every K over all queries (NDCG@10, MRR@10 and recall at 1, 10 and the largest K
     *     are read from them)
     * @param largestK the largest cut-off
     * @param ndcgInterval NDCG@10's interval, or {@code null} when it has none
     * @param confidenceLevel the intervals' level, e.g. 0.95
     * @param datasetName the evaluated dataset's name
     * @param datasetVersion its version
     * @param baseline the baseline's metrics, or {@code null} for a baseline run
     * @param baselineCheck the baseline-first check, or {@code null} when there is none
     * @param worstSlice the weakest slice, or {@code null} when no slice reached the minimum size
     * @param missed the queries that do not rank their most relevant document first
     * @param stress the most damaging stress test as a clause ("X at severity s moves ... by ..."), or {@code null}
     *     when the system was not stressed
     */
    public record Ranking(String model, long queries, List<MetricValue> overall, int largestK,
                          ConfidenceInterval ndcgInterval, double confidenceLevel, String datasetName,
                          String datasetVersion, BaselineMetrics baseline, BaselineCheck baselineCheck,
                          SliceResult worstSlice, long missed, String stress) {
    }

    /** The five sentences of a ranking evaluation (the single machine's and the Spark path's). */
    public static Takeaway ranking(Ranking in) {
        List<MetricValue> overall = in.overall();
        String model = inSentence(in.model());
        String level = String.format(Locale.ROOT, "%.0f%%", in.confidenceLevel() * 100);
        int largest = in.largestK();
        List<String> s = new java.util.ArrayList<>();
        ConfidenceInterval ci = in.ndcgInterval();
        s.add(String.format(Locale.ROOT, "%s ranks %,d judged queries with NDCG@10 %s (%s interval %s) and MRR@10 %s.",
                model, in.queries(), format(MetricValue.valueOf(overall, "ndcg@10")), level,
                ci == null ? "undefined" : String.format(Locale.ROOT, "%.3f to %.3f", ci.lower(), ci.upper()),
                format(MetricValue.valueOf(overall, "mrr@10"))));
        Double recallAtLargest = MetricValue.valueOf(overall, "recall@" + largest);
        s.add(String.format(Locale.ROOT, "Recall grows from %s at K=1 to %s at K=10 and %s at K=%d, so on average %s"
                        + " of a query's relevant documents are not in its top %d.",
                format(MetricValue.valueOf(overall, "recall@1")), format(MetricValue.valueOf(overall, "recall@10")),
                format(recallAtLargest), largest, recallAtLargest == null ? "an unknown share"
                        : String.format(Locale.ROOT, "%.1f%%", (1 - recallAtLargest) * 100), largest));
        if (in.baseline() != null) {
            Double base = MetricValue.valueOf(in.baseline().metrics(), "ndcg@10");
            Double mine = MetricValue.valueOf(overall, "ndcg@10");
            s.add(base == null || mine == null
                    ? "The baseline " + in.baseline().runId() + " has no NDCG@10 to compare with."
                    : String.format(Locale.ROOT, "Against baseline run %s (%s, NDCG@10 %.3f) NDCG@10 changes by %+.3f.",
                    in.baseline().runId(), inSentence(in.baseline().model()), base, mine - base));
        } else if (in.baselineCheck() != null) {
            s.add("No improvement is claimed: the baseline-first check says " + in.baselineCheck().status() + ".");
        } else {
            s.add(String.format(Locale.ROOT, "This run is the baseline: later runs on dataset %s version %s are measured"
                    + " against its NDCG@10 of %s.", inSentence(in.datasetName()), in.datasetVersion(),
                    format(MetricValue.valueOf(overall, "ndcg@10"))));
        }
        SliceResult worst = in.worstSlice();
        if (worst != null) {
            Double v = MetricValue.valueOf(worst.metrics(), "ndcg@10");
            Double all = MetricValue.valueOf(overall, "ndcg@10");
            s.add(String.format(Locale.ROOT, "The weakest slice is %s (%,d queries) with NDCG@10 %.3f, %+.3f from"
                    + " overall.", inSentence(worst.name()), worst.sampleSize(), v, v - all));
        } else {
            s.add("No slice is large enough to single out a weakest one.");
        }
        if (in.stress() != null) {
            s.add("The most damaging stress test is " + in.stress() + ".");
        } else {
            s.add(String.format(Locale.ROOT, "%,d queries do not rank their most relevant document first; the worst"
                    + " of them are the failure examples.", in.missed()));
        }
        return new Takeaway(s);
    }

    /**
     * The baseline sentence of any task, over its two headline metrics as the sentence names them: the bar a baseline
     * sets, the changes against the baseline, or why no improvement is claimed.
     *
     * @param check the baseline-first verdict, {@code null} for a baseline
     * @param baseline the baseline's metrics, {@code null} for a baseline
     * @param overall this run's metrics
     */
    public static String baseline(BaselineCheck check, BaselineMetrics baseline, List<MetricValue> overall,
                                  String first, String firstShown, String second, String secondShown) {
        if (check != null && !check.ok()) {
            return baselineNotClaimed(check);
        }
        Double a = MetricValue.valueOf(overall, first);
        Double b = MetricValue.valueOf(overall, second);
        if (baseline == null) {
            return String.format(Locale.ROOT,
                    "This run is a baseline, so an improved model on the same dataset version and split must beat %s %s and %s %s.",
                    firstShown, format(a), secondShown, format(b));
        }
        Double baseA = MetricValue.valueOf(baseline.metrics(), first);
        Double baseB = MetricValue.valueOf(baseline.metrics(), second);
        return String.format(Locale.ROOT, "Against the %s baseline (%s %s, %s %s) %s changes by %s and %s by %s.",
                inSentence(baseline.model()), firstShown, format(baseA), secondShown, format(baseB), firstShown,
                delta(a, baseA), secondShown, delta(b, baseB));
    }

    /** The baseline sentence of a run whose baseline-first check failed. */
    public static String baselineNotClaimed(BaselineCheck check) {
        // The check's own message may hold a failure reason with full stops; the status word cannot.
        return String.format(Locale.ROOT,
                "No improvement is claimed, because the baseline-first check says %s (see eval_summary.json).",
                check.status());
    }

    /**
     * Text from the data (names, category values) as it may stand inside a sentence: line breaks become spaces, and
     * the sentence terminators . ! ? become look-alikes that are not (U+2024, U+01C3, U+0294), so that a value such
     * as "St. Louis" cannot add a sentence to the five.
     */
    public static String inSentence(String text) {
        return text.replaceAll("\\s+", " ").replace('.', '\u2024').replace('!', '\u01c3').replace('?', '\u0294');
    }

    /** The stress clause: the corruption that lowers the ranking metric most, with the interval of the drop. */
    public static String stressClause(StressClause stress, double confidenceLevel) {
        String metric = stress.rankingMetric();
        String shown = BinaryPredictions.ROC_AUC.equals(metric) ? "ROC-AUC"
                : RegressionRows.RMSE.equals(metric) || RegressionRows.MAE.equals(metric) ? metric.toUpperCase(Locale.ROOT)
                : metric;
        Degradation row = stress.mostDamaging();
        if (row == null) {
            return "no corruption of the stress tests " + (MetricDirection.of(metric) == MetricDirection.LOWER_IS_BETTER
                    ? "raises " : "lowers ") + shown;
        }
        DegradedMetric m = row.metric(metric);
        String interval = m.ciLower() == null ? "" : String.format(Locale.ROOT, " (%s%% CI %+.3f to %+.3f)",
                percent(confidenceLevel), m.ciLower(), m.ciUpper());
        return String.format(Locale.ROOT, "the most damaging stress test is %s at severity %s, which moves %s by %+.3f%s",
                inSentence(row.corruption()), BigDecimal.valueOf(row.severity()).movePointRight(2).stripTrailingZeros()
                        .toPlainString() + "%", shown, m.delta(), interval);
    }

    /** A confidence level as a percentage without trailing zeros: 0.95 is "95". */
    public static String percent(double level) {
        return new BigDecimal(Double.toString(level * 100)).stripTrailingZeros().toPlainString();
    }

    /** A metric value to three places, or "undefined". */
    public static String format(Double v) {
        return v == null ? "undefined" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** The signed change from {@code before} to {@code now} to three places, or "an undefined amount". */
    public static String delta(Double now, Double before) {
        return now == null || before == null ? "an undefined amount" : String.format(Locale.ROOT, "%+.3f", now - before);
    }
}
