package io.modellab.tracker.ranking;

import io.modellab.evalharness.core.data.Retriever.ScoredDoc;
import io.modellab.evalharness.metrics.ExactSums;
import io.modellab.evalharness.metrics.QueryMeans;
import io.modellab.evalharness.metrics.RankingMetrics;
import io.modellab.evalharness.metrics.RankingQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every query's candidates ranked, as the metrics module's {@link RankingQuery}, and each query's value of every
 * metric at every K, so that slices, bootstrap resamples and stress cells are means over query positions.
 *
 * <p>Candidates are ranked by score, ties by document id. The metrics module only sees the candidates it is given,
 * so each query's list is completed: with non-relevant fillers up to the largest K when the system returned fewer,
 * then with every relevant document the system did not return, scored below everything. Those count in recall's and
 * NDCG's denominators (as they must) but never inside a top K.
 */
final class QueryScores {

    /** Ranked candidates, best first: score descending, then document id ({@link RankingMetrics#RANKED}). */
    static final Comparator<ScoredDoc> RANKED = RankingMetrics.RANKED;

    private final List<JudgedQuery> queries;
    private final List<List<ScoredDoc>> ranked;
    private final int[] ks;
    private final Map<String, double[]> perQuery = new LinkedHashMap<>();
    /** Query i's values in {@link RankingMetrics#names} order. */
    private final double[][] values;

    private QueryScores(List<JudgedQuery> queries, List<List<ScoredDoc>> ranked, int[] ks) {
        this.queries = queries;
        this.ranked = ranked;
        this.ks = ks.clone();
        int n = queries.size();
        List<String> metrics = RankingMetrics.METRICS;
        double[][][] columns = new double[ks.length][metrics.size()][];
        for (int j = 0; j < ks.length; j++) {
            for (int m = 0; m < metrics.size(); m++) {
                columns[j][m] = new double[n];
                perQuery.put(metrics.get(m) + "@" + ks[j], columns[j][m]);
            }
        }
        this.values = new double[n][];
        for (int i = 0; i < n; i++) {
            // The metrics module's per-query values, the same function the Spark path calls.
            values[i] = RankingMetrics.perQuery(rankingQuery(i), ks);
            for (int j = 0; j < ks.length; j++) {
                for (int m = 0; m < metrics.size(); m++) {
                    columns[j][m][i] = values[i][j * metrics.size() + m];
                }
            }
        }
    }

    /** Ranks each query's candidates ({@code candidates} by query id) and scores every metric at every K. */
    static QueryScores of(List<JudgedQuery> queries, Map<String, List<ScoredDoc>> candidates, int... ks) {
        List<List<ScoredDoc>> ranked = new ArrayList<>();
        for (JudgedQuery q : queries) {
            ranked.add(candidates.get(q.id()).stream().sorted(RANKED).toList());
        }
        return new QueryScores(List.copyOf(queries), ranked, ks);
    }

    int size() {
        return queries.size();
    }

    JudgedQuery query(int i) {
        return queries.get(i);
    }

    /** Query {@code i}'s candidates, best first. */
    List<ScoredDoc> ranked(int i) {
        return ranked.get(i);
    }

    /**
     * These scores evaluated at {@code cutoffs} instead: a query's list is padded up to the largest cutoff, so a
     * relevant document that was never retrieved never counts as found within a cutoff.
     */
    QueryScores atCutoffs(int... cutoffs) {
        return new QueryScores(queries, ranked, cutoffs.clone());
    }

    int[] ks() {
        return ks.clone();
    }

    /** Query {@code i} as the metrics module scores it: ranked candidates, fillers, then unretrieved relevant ones. */
    RankingQuery rankingQuery(int i) {
        JudgedQuery q = queries.get(i);
        return RankingMetrics.judged(q.id(), ranked.get(i), new TreeMap<>(q.relevance()), ks);
    }

    /** Every query as the metrics module scores it. */
    List<RankingQuery> rankingQueries() {
        List<RankingQuery> out = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            out.add(rankingQuery(i));
        }
        return out;
    }

    /** Each query's value of {@code metric} (e.g. {@code ndcg@10}); NaN where it is undefined. */
    double[] values(String metric) {
        double[] v = perQuery.get(metric);
        if (v == null) {
            throw new IllegalArgumentException("Metric value not found: " + metric + "; known are " + perQuery.keySet());
        }
        return v;
    }

    /** The mean of {@code metric} over the queries at {@code rows} (repeats count), skipping undefined ones. */
    double mean(String metric, int[] rows) {
        return mean(values(metric), rows);
    }

    /**
     * The mean of {@code v} at {@code rows} (repeats count), skipping NaN; NaN when every one is. Summed exactly
     * ({@link ExactSums}) and rounded once, as every mean over queries is.
     */
    static double mean(double[] v, int[] rows) {
        ExactSums sum = new ExactSums(1);
        long count = 0;
        for (int r : rows) {
            if (!Double.isNaN(v[r])) {
                sum.add(0, v[r], 1);
                count++;
            }
        }
        return sum.mean(0, count);
    }

    /** The merged values of the queries at {@code rows}: a slice's means. */
    QueryMeans means(int[] rows) {
        QueryMeans means = new QueryMeans(values.length == 0 ? RankingMetrics.names(ks).size() : values[0].length,
                false);
        for (int r : rows) {
            means.add(values[r]);
        }
        return means;
    }

    /** 1-based rank of {@code docId} among query {@code i}'s candidates, or 0 when it was not retrieved. */
    int rankOf(int i, String docId) {
        List<ScoredDoc> list = ranked.get(i);
        for (int r = 0; r < list.size(); r++) {
            if (list.get(r).docId().equals(docId)) {
                return r + 1;
            }
        }
        return 0;
    }

    static int[] all(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
