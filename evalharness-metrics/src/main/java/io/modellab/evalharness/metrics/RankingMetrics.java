package io.modellab.evalharness.metrics;

import io.modellab.evalharness.core.schema.MetricValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, double[]> series = series(queries, ks);
        int withoutRelevant = (int) queries.stream().filter(q -> Arrays.stream(q.relevance()).noneMatch(r -> r > 0)).count();
        String note = withoutRelevant == 0 ? null : "mean over the " + (queries.size() - withoutRelevant) + " of "
                + queries.size() + " queries that have a relevant candidate";
        List<MetricValue> out = new ArrayList<>();
        for (int i = 0; i < ks.length; i++) {
            for (String metric : METRICS) {
                double value = series.get(metric)[i];
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
        for (int k : ks) {
            if (k < 1) {
                throw new IllegalArgumentException("K must be at least 1, got " + k);
            }
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        METRICS.forEach(m -> sums.put(m, new double[ks.length]));
        int defined = 0;
        for (RankingQuery q : queries) {
            int[] order = ScoreOrder.descending(q.scores());
            int relevant = 0;
            for (double r : q.relevance()) {
                relevant += r > 0 ? 1 : 0;
            }
            defined += relevant > 0 ? 1 : 0;
            for (int i = 0; i < ks.length; i++) {
                int k = ks[i];
                sums.get("ndcg")[i] += ndcg(q, order, k);
                int hitsInTop = 0;
                for (int rank = 0; rank < Math.min(k, order.length); rank++) {
                    hitsInTop += q.relevance()[order[rank]] > 0 ? 1 : 0;
                }
                sums.get("precision")[i] += (double) hitsInTop / k;
                if (relevant == 0) {
                    continue;
                }
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
                sums.get("recall")[i] += (double) hits / relevant;
                sums.get("mrr")[i] += reciprocal;
                sums.get("map")[i] += precisionSum / Math.min(relevant, k);
                sums.get("hit_rate")[i] += hits > 0 ? 1 : 0;
            }
        }
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            boolean overAll = e.getKey().equals("ndcg") || e.getKey().equals("precision");
            int count = overAll ? queries.size() : defined;
            for (int i = 0; i < ks.length; i++) {
                e.getValue()[i] = count == 0 ? Double.NaN : e.getValue()[i] / count;
            }
        }
        return sums;
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
