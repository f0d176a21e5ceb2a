package io.modellab.evalharness.metrics;

import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.data.Retriever.ScoredDoc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Ranking and retrieval metrics at cut-offs K, computed per query and averaged over queries.
 *
 * <ul>
 *   <li>{@code recall@K}, {@code mrr@K} (reciprocal rank of the first relevant candidate in the top K, else 0),
 *       {@code map@K} (average precision at K, divided by min(relevant, K)) and {@code hit_rate@K}: candidates
 *       ranked by score, ties in candidate order; relevant means relevance &gt; 0; averaged over the queries that
 *       have a relevant candidate (the others are counted in the note, since these metrics are undefined for them).</li>
 *   <li>{@code precision@K}: relevant candidates in the top K over K (even when a list is shorter), averaged over
 *       all queries, since it is 0, not undefined, for a query without a relevant candidate.</li>
 *   <li>{@code ndcg@K}: scikit-learn's {@code ndcg_score}: linear gains, discount 1/log2(rank + 1), tied scores
 *       share their gain evenly, and a query without a relevant candidate scores 0 (it is included).</li>
 * </ul>
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** The metric names in output order for one K. */
    public static final List<String> METRICS = List.of("recall", "precision", "mrr", "map", "hit_rate", "ndcg");

    /**
     * Computes every metric at every K.
     *
     * @param queries at least one query
     * @param ks cut-offs, each at least 1
     */
    public static List<MetricValue> compute(List<RankingQuery> queries, int... ks) {
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("empty input: no queries to score");
        }
        return report(means(queries, ks), ks);
    }

    /**
     * metrics.json's list from merged per-query values ({@link #perQuery} added to {@code means}): every metric at
     * every K in {@link #compute} order, each the mean over the queries where it is defined, with the note of how many
     * those are.
     */
    public static List<MetricValue> report(QueryMeans means, int... ks) {
        if (means.queries() == 0) {
            throw new IllegalArgumentException("empty input: no queries to score");
        }
        requireShape(means, ks);
        // recall is defined exactly for the queries with a relevant candidate
        long withRelevant = ks.length == 0 ? means.queries() : means.defined(METRICS.indexOf("recall"));
        String note = withRelevant == means.queries() ? null : "mean over the " + withRelevant + " of "
                + means.queries() + " queries that have a relevant candidate";
        List<MetricValue> out = new ArrayList<>();
        for (int i = 0; i < ks.length; i++) {
            for (int m = 0; m < METRICS.size(); m++) {
                String metric = METRICS.get(m);
                double value = means.mean(i * METRICS.size() + m);
                String name = metric + "@" + ks[i];
                if (Double.isNaN(value)) {
                    out.add(new MetricValue(name, null, "mean over queries", "undefined: no query has a relevant candidate"));
                } else {
                    boolean overAll = metric.equals("ndcg") || metric.equals("precision");
                    out.add(new MetricValue(name, value, "mean over queries", overAll ? null : note));
                }
            }
        }
        return out;
    }

    /** Each metric's mean over queries at each K, in {@code ks} order: the metric-vs-K curves. */
    public static Map<String, double[]> series(List<RankingQuery> queries, int... ks) {
        return series(means(queries, ks), ks);
    }

    /** The metric-vs-K curves of merged per-query values ({@link #perQuery} added to {@code means}). */
    public static Map<String, double[]> series(QueryMeans means, int... ks) {
        requireShape(means, ks);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int m = 0; m < METRICS.size(); m++) {
            double[] values = new double[ks.length];
            for (int i = 0; i < ks.length; i++) {
                values[i] = means.mean(i * METRICS.size() + m);
            }
            out.put(METRICS.get(m), values);
        }
        return out;
    }

    /** The names of {@link #perQuery}'s values in order: {@code metric@K} for each K, each metric of {@link #METRICS}. */
    public static List<String> names(int... ks) {
        List<String> names = new ArrayList<>();
        for (int k : ks) {
            METRICS.forEach(m -> names.add(m + "@" + k));
        }
        return names;
    }

    /**
     * One query's value of every metric at every K, in {@link #names} order: NaN where the metric is undefined (every
     * metric but NDCG and precision, for a query without a relevant candidate). The means over queries of these values
     * are {@link #compute}'s.
     */
    public static double[] perQuery(RankingQuery q, int... ks) {
        for (int k : ks) {
            if (k < 1) {
                throw new IllegalArgumentException("K must be at least 1, got " + k);
            }
        }
        int width = METRICS.size();
        double[] out = new double[ks.length * width];
        int[] order = ScoreOrder.descending(q.scores());
        int relevant = 0;
        for (double r : q.relevance()) {
            relevant += r > 0 ? 1 : 0;
        }
        for (int i = 0; i < ks.length; i++) {
            int k = ks[i];
            int hits = 0;
            double precisionSum = 0;
            double reciprocal = 0;
            for (int rank = 0; rank < Math.min(k, order.length); rank++) {
                if (q.relevance()[order[rank]] > 0) {
                    hits++;
                    precisionSum += (double) hits / (rank + 1);
                    if (reciprocal == 0) {
                        reciprocal = 1.0 / (rank + 1);
                    }
                }
            }
            double undefined = relevant == 0 ? Double.NaN : 0;
            out[i * width] = relevant == 0 ? Double.NaN : (double) hits / relevant;
            out[i * width + 1] = (double) hits / k;
            out[i * width + 2] = reciprocal + undefined;
            out[i * width + 3] = relevant == 0 ? Double.NaN : precisionSum / Math.min(relevant, k);
            out[i * width + 4] = (hits > 0 ? 1 : 0) + undefined;
            out[i * width + 5] = ndcg(q, order, k);
        }
        return out;
    }

    /**
     * A judged query as the metrics score it: {@code ranked} (best first, as {@link #RANKED} orders them), then
     * non-relevant fillers up to the largest K when the system returned fewer, then every relevant document the system
     * did not return, scored below everything. Those count in recall's and NDCG's denominators (as they must) but
     * never inside a top K.
     *
     * @param relevance each relevant document's grade (above 0), ordered by document id
     */
    public static RankingQuery judged(String queryId, List<ScoredDoc> ranked, SortedMap<String, Double> relevance,
                                      int... ks) {
        int maxK = 0;
        for (int k : ks) {
            maxK = Math.max(maxK, k);
        }
        Set<String> retrieved = new HashSet<>();
        ranked.forEach(d -> retrieved.add(d.docId()));
        List<String> missing = relevance.keySet().stream().filter(d -> !retrieved.contains(d)).toList();
        int fillers = Math.max(0, maxK - ranked.size());
        int n = ranked.size() + fillers + missing.size();
        if (n == 0) {
            // No candidate, no relevant document, no K: one non-relevant filler keeps the query countable.
            return new RankingQuery(queryId, new double[] {0}, new double[] {0});
        }
        double[] scores = new double[n];
        double[] grades = new double[n];
        double lowest = ranked.isEmpty() ? 0 : ranked.get(ranked.size() - 1).score();
        int at = 0;
        for (ScoredDoc d : ranked) {
            scores[at] = d.score();
            Double r = relevance.get(d.docId());
            grades[at++] = r == null ? 0 : r;
        }
        for (int f = 0; f < fillers; f++) {
            scores[at++] = lowest - 1;
        }
        for (String d : missing) {
            scores[at] = lowest - 2;
            grades[at++] = relevance.get(d);
        }
        return new RankingQuery(queryId, scores, grades);
    }

    /** Ranked candidates, best first: score descending, then document id (the ranking every evaluator uses). */
    public static final Comparator<ScoredDoc> RANKED = Comparator.comparingDouble(ScoredDoc::score).reversed()
            .thenComparing(ScoredDoc::docId);

    private static QueryMeans means(List<RankingQuery> queries, int... ks) {
        QueryMeans means = new QueryMeans(ks.length * METRICS.size(), false);
        for (RankingQuery q : queries) {
            means.add(perQuery(q, ks));
        }
        return means;
    }

    private static void requireShape(QueryMeans means, int... ks) {
        if (means.metrics() != ks.length * METRICS.size()) {
            throw new IllegalArgumentException(means.metrics() + " metrics in the query means, expected "
                    + ks.length * METRICS.size() + " for " + ks.length + " cut-offs");
        }
    }

    /** NDCG at K of one query, tied scores sharing their mean gain across their ranks. */
    static double ndcg(RankingQuery q, int[] order, int k) {
        int n = order.length;
        double[] discountCumulative = new double[n];
        double running = 0;
        for (int rank = 0; rank < n; rank++) {
            running += rank < k ? 1 / log2(rank + 2) : 0;
            discountCumulative[rank] = running;
        }
        double dcg = 0;
        int start = 0;
        while (start < n) {
            int end = start;
            double gain = 0;
            while (end < n && q.scores()[order[end]] == q.scores()[order[start]]) {
                gain += q.relevance()[order[end]];
                end++;
            }
            double discounts = discountCumulative[end - 1] - (start == 0 ? 0 : discountCumulative[start - 1]);
            dcg += gain / (end - start) * discounts;
            start = end;
        }
        double[] ideal = q.relevance().clone();
        Arrays.sort(ideal);
        double idcg = 0;
        for (int rank = 0; rank < Math.min(k, n); rank++) {
            idcg += ideal[n - 1 - rank] / log2(rank + 2);
        }
        return idcg == 0 ? 0.0 : dcg / idcg;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
