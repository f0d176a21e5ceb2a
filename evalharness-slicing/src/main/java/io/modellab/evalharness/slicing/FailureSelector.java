package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.FailureRule;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.metrics.BinaryPredictions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The spec's failure rules for a binary classifier (4.4.1), each taking at most {@code limit} rows in a stable order
 * (ties broken by row id, so the same predictions always give the same examples):
 * <ol>
 *   <li>{@value #CONFIDENT_WRONG}: wrong predictions, most confident first;</li>
 *   <li>{@value #UNCERTAIN_CORRECT}: right predictions, least confident first (the model's edge cases);</li>
 *   <li>{@value #WORST_SLICE_ERRORS}: wrong predictions in the worst slice, most confident first.</li>
 * </ol>
 * A row can be picked by more than one rule. Each example carries a bounded feature summary
 * ({@link FeatureSummary}) and a failure-mode tag ({@link FailureTagging}).
 *
 * @param limit at most this many examples per rule
 * @param summary how features are summarised
 */
public record FailureSelector(int limit, FeatureSummary summary) {

    /** Rule id: wrong predictions, most confident first. */
    public static final String CONFIDENT_WRONG = "confident_wrong";
    /** Rule id: right predictions, least confident first. */
    public static final String UNCERTAIN_CORRECT = "uncertain_correct";
    /** Rule id: wrong predictions in the worst slice. */
    public static final String WORST_SLICE_ERRORS = "worst_slice_errors";

    /** Checks the limit. */
    public FailureSelector {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
        java.util.Objects.requireNonNull(summary, "summary");
    }

    /** A selector with the default feature summary. */
    public FailureSelector(int limit) {
        this(limit, FeatureSummary.DEFAULT);
    }

    /** Selects and tags examples by the default heuristics; the worst slice may only read features. */
    public FailureSelection select(BinaryPredictions predictions, Table features, SliceResult worstSlice,
                                   Function<String, String> sourceRow) {
        return select(predictions, SliceData.classification(features, predictions), worstSlice, sourceRow,
                FailureTagging.DEFAULTS);
    }

    /**
     * Selects examples and tags them.
     *
     * @param predictions the scored rows
     * @param data the same rows' features (and values the worst slice may read), in the same order
     * @param worstSlice the worst slice, or {@code null} when no slice qualifies
     * @param sourceRow where to find a row's raw data, from its id
     * @param tagging how examples get their failure mode
     */
    public FailureSelection select(BinaryPredictions predictions, SliceData data, SliceResult worstSlice,
                                   Function<String, String> sourceRow, FailureTagging tagging) {
        return select(predictions, data, worstSlice, sourceRow, tagging, null);
    }

    /**
     * What the rules matched on all rows, for a selection among candidates gathered elsewhere.
     *
     * @param wrong rows predicted wrong ({@value #CONFIDENT_WRONG})
     * @param right rows predicted right ({@value #UNCERTAIN_CORRECT})
     * @param worstSliceWrong rows of the worst slice predicted wrong ({@value #WORST_SLICE_ERRORS})
     * @param constantModel whether every row had the same score
     */
    public record Matched(long wrong, long right, long worstSliceWrong, boolean constantModel) {
    }

    /**
     * The same selection from candidate rows a distributed engine gathered: for each rule, at least its first
     * {@code limit} rows over all rows in the rule's order (a bounded heap per rule, ties by id). The rules then pick
     * exactly what {@link #select(BinaryPredictions, SliceData, SliceResult, Function, FailureTagging)} picks on all
     * rows; {@code matched} gives what only all rows know.
     *
     * @param candidates the candidate rows, in any order, each once
     * @param data their features, in the same order (a row's slice membership and missing share are its own)
     */
    public FailureSelection selectAmong(BinaryPredictions candidates, SliceData data, SliceResult worstSlice,
                                        Function<String, String> sourceRow, FailureTagging tagging, Matched matched) {
        return select(candidates, data, worstSlice, sourceRow, tagging, java.util.Objects.requireNonNull(matched));
    }

    private FailureSelection select(BinaryPredictions predictions, SliceData data, SliceResult worstSlice,
                                    Function<String, String> sourceRow, FailureTagging tagging, Matched matched) {
        Table features = data.features();
        if (features.rowCount() != predictions.size()) {
            throw new IllegalArgumentException(features.rowCount() + " feature rows but " + predictions.size() + " predictions");
        }
        Comparator<Integer> byId = Comparator.comparing(features::rowId);
        Comparator<Integer> mostConfident = Comparator.comparingDouble((Integer r) -> -predictions.confidence(r)).thenComparing(byId);
        Comparator<Integer> leastConfident = Comparator.comparingDouble((Integer r) -> predictions.confidence(r)).thenComparing(byId);
        boolean constant = matched != null ? matched.constantModel()
                : IntStream.range(0, predictions.size()).allMatch(r -> predictions.score(r) == predictions.score(0));
        double[] missing = data.missingShares();

        List<FailureRule> rules = new ArrayList<>();
        List<FailureExample> examples = new ArrayList<>();
        String positive = predictions.positiveLabel();

        List<Integer> wrong = matching(predictions.size(), r -> !predictions.correct(r), mostConfident);
        rules.add(new FailureRule(CONFIDENT_WRONG, "wrong predictions, most confident first", limit,
                matched != null ? matched.wrong() : wrong.size()));
        for (int r : head(wrong)) {
            examples.add(example(predictions, features, r, CONFIDENT_WRONG, String.format(Locale.ROOT,
                    "predicted %s with probability %.3f, but the actual label is %s",
                    predictions.predictedLabel(r), predictions.confidence(r), predictions.actualLabel(r)), sourceRow,
                    tagging, constant, missing[r]));
        }

        List<Integer> right = matching(predictions.size(), predictions::correct, leastConfident);
        rules.add(new FailureRule(UNCERTAIN_CORRECT, String.format(Locale.ROOT,
                "right predictions, least confident first (closest to the decision threshold %.2f on P(%s))",
                predictions.threshold(), positive), limit, matched != null ? matched.right() : right.size()));
        for (int r : head(right)) {
            examples.add(example(predictions, features, r, UNCERTAIN_CORRECT, String.format(Locale.ROOT,
                    "right, but only with probability %.3f for %s: a small change would flip it",
                    predictions.confidence(r), predictions.predictedLabel(r)), sourceRow, tagging, constant, missing[r]));
        }

        if (worstSlice == null) {
            rules.add(new FailureRule(WORST_SLICE_ERRORS,
                    "wrong predictions in the worst slice: no slice reached the minimum size", limit, 0L));
        } else {
            int[] sliceRows = Slices.rows(worstSlice.definition(), data);
            List<Integer> sliceWrong = IntStream.of(sliceRows).filter(r -> !predictions.correct(r)).boxed()
                    .sorted(mostConfident).toList();
            rules.add(new FailureRule(WORST_SLICE_ERRORS, "wrong predictions in the worst slice ("
                    + worstSlice.name() + "), most confident first", limit,
                    matched != null ? matched.worstSliceWrong() : sliceWrong.size()));
            for (int r : head(sliceWrong)) {
                examples.add(example(predictions, features, r, WORST_SLICE_ERRORS, String.format(Locale.ROOT,
                        "wrong in the worst slice %s: predicted %s with probability %.3f, actual %s",
                        worstSlice.name(), predictions.predictedLabel(r), predictions.confidence(r),
                        predictions.actualLabel(r)), sourceRow, tagging, constant, missing[r]));
            }
        }
        return new FailureSelection(rules, examples);
    }

    private List<Integer> head(List<Integer> rows) {
        return rows.subList(0, Math.min(limit, rows.size()));
    }

    static List<Integer> matching(int n, IntPredicate rule, Comparator<Integer> order) {
        return IntStream.range(0, n).filter(rule).boxed().sorted(order).toList();
    }

    private FailureExample example(BinaryPredictions p, Table features, int row, String rule, String why,
                                   Function<String, String> sourceRow, FailureTagging tagging, boolean constant,
                                   double missingShare) {
        String id = features.rowId(row);
        FailureExample untagged = new FailureExample(id, rule, p.predictedLabel(row), p.actualLabel(row),
                p.confidence(row), why, null, summary.of(features, row), sourceRow.apply(id), null,
                summary.omitted(features));
        return tagging.tag(new FailureCase(FailureCase.CLASSIFICATION, untagged, missingShare,
                features.columnNames().size(), constant, null, null, null));
    }
}
