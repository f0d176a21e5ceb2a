package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.schema.MetricDelta;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.metrics.QueryMeans;
import io.modellab.evalharness.metrics.RankingMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The query slices of a ranking evaluation, each a {@code numeric_range} of one per-query number (the definition's
 * column names the number, the slice's family too):
 * <ul>
 *   <li>{@value #QUERY_TERMS}: how many terms the query has (runs of letters and digits): {@code 1}, {@code 2},
 *       {@code 3+};</li>
 *   <li>{@value #RELEVANT_DOCUMENTS}: head and tail queries by how many documents are relevant: {@code 1} (tail: only
 *       the one it is about), {@code 2-4}, {@code 5+} (head: much of the corpus points to it);</li>
 *   <li>{@value #TERM_DOC_FREQUENCY}: term density, the mean number of documents containing each query term, when
 *       it is given: {@code <10} (rare terms), {@code 10-99}, {@code 100+} (common terms).</li>
 * </ul>
 * A slice's metrics are means over its queries ({@link QueryMeans}, which merge in any order), so the single
 * machine's {@code RankingEvaluator} and the Spark path compute the same slices.json from the same code.
 */
public final class QuerySlices {

    /** The slice family of the query's term count. */
    public static final String QUERY_TERMS = "query_terms";
    /** The slice family of the query's relevant documents. */
    public static final String RELEVANT_DOCUMENTS = "relevant_documents";
    /** The slice family of the query terms' mean document frequency. */
    public static final String TERM_DOC_FREQUENCY = "term_doc_frequency";

    /**
     * One family: its buckets' names and where each bucket starts.
     *
     * @param column the per-query number the buckets cut (and the family's name)
     * @param names the buckets' names
     * @param cuts bucket b &gt; 0 starts at {@code cuts[b - 1]}
     */
    public record Family(String column, List<String> names, double[] cuts) {
    }

    /** The families in output order (before sorting by the metric). */
    public static final List<Family> FAMILIES = List.of(
            new Family(QUERY_TERMS, List.of("1", "2", "3+"), new double[] {2, 3}),
            new Family(RELEVANT_DOCUMENTS, List.of("1", "2-4", "5+"), new double[] {2, 5}),
            new Family(TERM_DOC_FREQUENCY, List.of("<10", "10-99", "100+"), new double[] {10, 100}));

    private QuerySlices() {
    }

    /** The number of terms of a query: maximal runs of letters and digits. */
    public static int terms(String text) {
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

    /** The {@value #QUERY_TERMS} bucket of a query's text (a query without terms is in the first). */
    public static int queryTermsBucket(String text) {
        return bucket(terms(text), 2, 3);
    }

    /** The {@value #RELEVANT_DOCUMENTS} bucket of a query with {@code relevant} relevant documents. */
    public static int relevantDocumentsBucket(int relevant) {
        return bucket(relevant, 2, 5);
    }

    /** The {@value #TERM_DOC_FREQUENCY} bucket of a query's mean term document frequency, -1 for none. */
    public static int termDocFrequencyBucket(Double frequency) {
        return frequency == null ? -1 : frequency < 10 ? 0 : frequency < 100 ? 1 : 2;
    }

    /**
     * Every non-empty bucket's metrics and difference from {@code overall}, worst {@code metric} first (undefined
     * last, ties by name).
     *
     * @param buckets per family of {@link #FAMILIES} (in that order), its buckets' query means ({@code null}: the
     *     family is left out), each of {@link RankingMetrics#perQuery} values at {@code ks}
     */
    public static List<SliceResult> results(List<QueryMeans[]> buckets, List<MetricValue> overall, int minSize,
                                            String metric, int... ks) {
        if (buckets.size() != FAMILIES.size()) {
            throw new IllegalArgumentException(buckets.size() + " bucket families, expected " + FAMILIES.size());
        }
        List<SliceResult> out = new ArrayList<>();
        for (int f = 0; f < FAMILIES.size(); f++) {
            Family family = FAMILIES.get(f);
            QueryMeans[] of = buckets.get(f);
            if (of == null) {
                continue;
            }
            for (int b = 0; b < family.names().size(); b++) {
                long size = of[b].queries();
                if (size == 0) {
                    continue;
                }
                List<MetricValue> metrics = metrics(of[b], ks);
                List<MetricDelta> deltas = new ArrayList<>();
                for (MetricValue m : metrics) {
                    Double all = MetricValue.valueOf(overall, m.name());
                    deltas.add(new MetricDelta(m.name(), m.value() == null || all == null ? null : m.value() - all));
                }
                double[] cuts = family.cuts();
                SliceDefinition range = new SliceDefinition(SliceDefinition.NUMERIC_RANGE, family.column(), null,
                        b == 0 ? null : cuts[b - 1], b == cuts.length ? null : cuts[b], null, null, null);
                out.add(new SliceResult(family.column() + "=" + family.names().get(b), range, size, size < minSize,
                        metrics, deltas, family.column(), null));
            }
        }
        out.sort(Comparator.comparingDouble((SliceResult s) -> {
            Double v = MetricValue.valueOf(s.metrics(), metric);
            return v == null ? Double.MAX_VALUE : v;
        }).thenComparing(SliceResult::name));
        return out;
    }

    /** A slice's metrics: every metric at every K, the mean over its queries where defined. */
    public static List<MetricValue> metrics(QueryMeans means, int... ks) {
        List<String> names = RankingMetrics.names(ks);
        List<MetricValue> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double m = means.mean(i);
            out.add(new MetricValue(names.get(i), Double.isNaN(m) ? null : m, "mean over queries",
                    Double.isNaN(m) ? "undefined: no query has a relevant candidate" : null));
        }
        return out;
    }

    /** The weakest slice: the first (worst) one of at least the minimum size whose {@code metric} is defined. */
    public static SliceResult worst(List<SliceResult> slices, String metric) {
        return slices.stream().filter(s -> !s.belowMinSize())
                .filter(s -> MetricValue.valueOf(s.metrics(), metric) != null).findFirst().orElse(null);
    }

    /** 0 below {@code second}, 1 below {@code third}, else 2. */
    private static int bucket(int value, int second, int third) {
        return value < second ? 0 : value < third ? 1 : 2;
    }
}
