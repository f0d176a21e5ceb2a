package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.FailureRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The spec's failure rules for a regression (4.4.2), each taking at most {@code limit} rows, ties broken by row id:
 * <ol>
 *   <li>{@value #LARGEST_ERRORS}: the largest absolute errors;</li>
 *   <li>{@value #UNDER_PREDICTIONS}: predictions below the actual value, furthest below first;</li>
 *   <li>{@value #OVER_PREDICTIONS}: predictions above the actual value, furthest above first.</li>
 * </ol>
 * Predictions and actual values are written with {@link Double#toString}; examples have no confidence.
 *
 * @param limit at most this many examples per rule
 * @param summary how features are summarised
 */
public record RegressionFailureSelector(int limit, FeatureSummary summary) {

    /** Rule id: largest absolute errors. */
    public static final String LARGEST_ERRORS = "largest_errors";
    /** Rule id: furthest below the actual value. */
    public static final String UNDER_PREDICTIONS = "under_predictions";
    /** Rule id: furthest above the actual value. */
    public static final String OVER_PREDICTIONS = "over_predictions";

    /** Checks the limit. */
    public RegressionFailureSelector {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
    }

    /**
     * Selects and tags examples.
     *
     * @param features the rows' features, in the order of the arrays
     * @param actual each row's actual value
     * @param predicted each row's prediction (a non-finite one counts as the largest error)
     */
    public FailureSelection select(Table features, double[] actual, double[] predicted,
                                   Function<String, String> sourceRow, FailureTagging tagging) {
        int n = features.rowCount();
        if (actual.length != n || predicted.length != n) {
            throw new IllegalArgumentException(n + " feature rows but " + actual.length + " actual values and "
                    + predicted.length + " predictions");
        }
        double[] error = new double[n];
        double sum = 0;
        int finite = 0;
        long under = 0;
        long over = 0;
        for (int i = 0; i < n; i++) {
            error[i] = predicted[i] - actual[i];
            if (Double.isFinite(error[i])) {
                sum += Math.abs(error[i]);
                finite++;
            }
            under += error[i] < 0 ? 1 : 0;
            over += error[i] > 0 ? 1 : 0;
        }
        boolean constant = IntStream.range(0, n).allMatch(i -> Double.compare(predicted[i], predicted[0]) == 0);
        return selectAmong(features, actual, predicted, new Matched(n, under, over,
                finite == 0 ? Double.NaN : sum / finite, constant), sourceRow, tagging);
    }

    /**
     * What the rules matched on all rows, for {@link #selectAmong}: counts and figures merged elsewhere.
     *
     * @param rows every row (the largest-errors rule matches them all)
     * @param under rows predicted below the actual value
     * @param over rows predicted above it
     * @param meanAbsoluteError the mean absolute error of the finite errors (NaN for none), which tagging compares with
     * @param constantPrediction whether every row has the same prediction
     */
    public record Matched(long rows, long under, long over, double meanAbsoluteError, boolean constantPrediction) {
    }

    /**
     * {@link #select} among candidate rows that hold each rule's first {@code limit} rows of all rows (a distributed
     * engine's bounded heaps, ties by row id), with what the rules matched on all rows given: the same examples,
     * rules and tags as {@link #select} on all rows.
     *
     * @param candidates the candidates' features and row ids, in any order
     */
    public FailureSelection selectAmong(Table candidates, double[] actual, double[] predicted, Matched matched,
                                        Function<String, String> sourceRow, FailureTagging tagging) {
        int n = candidates.rowCount();
        if (actual.length != n || predicted.length != n) {
            throw new IllegalArgumentException(n + " feature rows but " + actual.length + " actual values and "
                    + predicted.length + " predictions");
        }
        double[] error = new double[n];
        for (int i = 0; i < n; i++) {
            error[i] = predicted[i] - actual[i];
        }
        double mae = matched.meanAbsoluteError();
        boolean constant = matched.constantPrediction();
        double[] missing = SliceData.of(candidates).missingShares();
        Comparator<Integer> byId = Comparator.comparing(candidates::rowId);
        Comparator<Integer> largest = Comparator.comparingDouble((Integer r) -> Double.isFinite(error[r])
                ? -Math.abs(error[r]) : Double.NEGATIVE_INFINITY).thenComparing(byId);
        Comparator<Integer> under = Comparator.comparingDouble((Integer r) -> error[r]).thenComparing(byId);
        Comparator<Integer> over = Comparator.comparingDouble((Integer r) -> -error[r]).thenComparing(byId);

        List<FailureRule> rules = new ArrayList<>();
        List<FailureExample> examples = new ArrayList<>();
        add(LARGEST_ERRORS, "largest absolute errors first", FailureSelector.matching(n, r -> true, largest),
                matched.rows(), rules, examples, candidates, actual, predicted, error, mae, constant, missing,
                sourceRow, tagging);
        add(UNDER_PREDICTIONS, "predictions below the actual value, furthest first",
                FailureSelector.matching(n, r -> error[r] < 0, under), matched.under(), rules, examples, candidates,
                actual, predicted, error, mae, constant, missing, sourceRow, tagging);
        add(OVER_PREDICTIONS, "predictions above the actual value, furthest first",
                FailureSelector.matching(n, r -> error[r] > 0, over), matched.over(), rules, examples, candidates,
                actual, predicted, error, mae, constant, missing, sourceRow, tagging);
        return new FailureSelection(rules, examples);
    }

    private void add(String rule, String description, List<Integer> matched, long matchedRows, List<FailureRule> rules,
                     List<FailureExample> examples, Table features, double[] actual, double[] predicted,
                     double[] error, double mae, boolean constant, double[] missing,
                     Function<String, String> sourceRow, FailureTagging tagging) {
        rules.add(new FailureRule(rule, description, limit, matchedRows));
        for (int r : matched.subList(0, Math.min(limit, matched.size()))) {
            String id = features.rowId(r);
            String why = String.format(Locale.ROOT, "predicted %s for an actual %s: error %+.4g", brief(predicted[r]),
                    brief(actual[r]), error[r]);
            FailureExample untagged = new FailureExample(id, rule, Double.toString(predicted[r]),
                    Double.toString(actual[r]), null, why, null, summary.of(features, r), sourceRow.apply(id), null,
                    summary.omitted(features));
            examples.add(tagging.tag(new FailureCase(FailureCase.REGRESSION, untagged, missing[r],
                    features.columnNames().size(), constant, Math.abs(error[r]), Double.isNaN(mae) ? null : mae, null)));
        }
    }

    /** Six significant digits without trailing zeros, for the sentence a person reads; the fields keep every digit. */
    static String brief(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
