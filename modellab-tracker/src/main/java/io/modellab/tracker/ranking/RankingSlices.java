package io.modellab.tracker.ranking;

import io.modellab.evalharness.core.schema.MetricDelta;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.SliceResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The query slices of a ranking evaluation, each a {@code numeric_range} of one per-query number (the definition's
 * column names the number, the slice's family too):
 * <ul>
 *   <li>{@code query_terms}: how many terms the query has (runs of letters and digits): {@code 1}, {@code 2},
 *       {@code 3+};</li>
 *   <li>{@code relevant_documents}: head and tail queries by how many documents are relevant: {@code 1} (tail: only
 *       the one it is about), {@code 2-4}, {@code 5+} (head: much of the corpus points to it);</li>
 *   <li>{@code term_doc_frequency}: term density, the mean number of documents containing each query term, when
 *       the request gives it: {@code <10} (rare terms), {@code 10-99}, {@code 100+} (common terms).</li>
 * </ul>
 * Kept apart from the evaluator so that the slicing module's DSL can replace it.
 */
final class RankingSlices {

    private RankingSlices() {
    }

    /**
     * Every non-empty bucket's metrics and difference from {@code overall}, worst {@code metric} first (undefined
     * last, ties by name).
     */
    static List<SliceResult> run(QueryScores scores, Map<String, Double> termDocFrequency, List<MetricValue> overall,
                                 int minSize, String metric) {
        List<SliceResult> out = new ArrayList<>();
        buckets(out, scores, "query_terms", i -> bucket(terms(scores.query(i).text()), 2, 3),
                List.of("1", "2", "3+"), new double[] {2, 3}, overall, minSize);
        buckets(out, scores, "relevant_documents", i -> bucket(scores.query(i).relevance().size(), 2, 5),
                List.of("1", "2-4", "5+"), new double[] {2, 5}, overall, minSize);
        if (termDocFrequency != null) {
            buckets(out, scores, "term_doc_frequency", i -> {
                Double df = termDocFrequency.get(scores.query(i).id());
                return df == null ? -1 : df < 10 ? 0 : df < 100 ? 1 : 2;
            }, List.of("<10", "10-99", "100+"), new double[] {10, 100}, overall, minSize);
        }
        out.sort(Comparator.comparingDouble((SliceResult s) -> {
            Double v = MetricValue.valueOf(s.metrics(), metric);
            return v == null ? Double.MAX_VALUE : v;
        }).thenComparing(SliceResult::name));
        return out;
    }

    /** The number of terms of a query: maximal runs of letters and digits. */
    static int terms(String text) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            boolean word = Character.isLetterOrDigit(text.codePointAt(i));
            if (word && !in) {
                count++;
            }
            in = word;
        }
        return count;
    }

    /** 0 below {@code second}, 1 below {@code third}, else 2 (a query without terms is in the first bucket). */
    private static int bucket(int value, int second, int third) {
        return value < second ? 0 : value < third ? 1 : 2;
    }

    private static void buckets(List<SliceResult> out, QueryScores scores, String column, ToIntFunction<Integer> bucketOf,
                                List<String> names, double[] cuts, List<MetricValue> overall, int minSize) {
        List<List<Integer>> members = new ArrayList<>();
        names.forEach(n -> members.add(new ArrayList<>()));
        for (int i = 0; i < scores.size(); i++) {
            int b = bucketOf.applyAsInt(i);
            if (b >= 0) {
                members.get(b).add(i);
            }
        }
        for (int b = 0; b < names.size(); b++) {
            int[] rows = members.get(b).stream().mapToInt(Integer::intValue).toArray();
            if (rows.length == 0) {
                continue;
            }
            List<MetricValue> metrics = scores.metrics(rows);
            List<MetricDelta> deltas = new ArrayList<>();
            for (MetricValue m : metrics) {
                Double all = MetricValue.valueOf(overall, m.name());
                deltas.add(new MetricDelta(m.name(), m.value() == null || all == null ? null : m.value() - all));
            }
            SliceDefinition range = new SliceDefinition(SliceDefinition.NUMERIC_RANGE, column, null,
                    b == 0 ? null : cuts[b - 1], b == cuts.length ? null : cuts[b], null, null, null);
            out.add(new SliceResult(column + "=" + names.get(b), range, rows.length, rows.length < minSize, metrics,
                    deltas, column, null));
        }
    }
}
