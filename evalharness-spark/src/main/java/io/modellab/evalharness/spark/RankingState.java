package io.modellab.evalharness.spark;

import io.modellab.evalharness.metrics.ExactSums;
import io.modellab.evalharness.metrics.PoissonBootstrap;
import io.modellab.evalharness.metrics.QueryMeans;
import io.modellab.evalharness.slicing.QueryFailures;
import io.modellab.evalharness.slicing.QuerySlices;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The merged state of a ranking evaluation, partition by partition: the means over all queries (with the moments of
 * an exact jackknife), each slice bucket's means, each Poisson replicate's weighted sums and counts of the interval
 * metrics, and each failure rule's count and first {@code limit} queries. Every number is an exact sum
 * ({@link ExactSums}) or a whole count and every kept list is the first of a total order, so merging in any grouping gives the same state.
 */
final class RankingState implements Serializable {

    private static final long serialVersionUID = 1L;

    final QueryMeans overall;
    /** Per slice family, per bucket. */
    final QueryMeans[][] buckets;
    private final long seed;
    private final int replicates;
    /** The positions (in the per-query values) of the metrics that get intervals. */
    private final int[] intervalMetrics;
    /** Per interval metric j, replicate b's weighted sum at b: one decomposition of a value serves all replicates. */
    private final ExactSums[] replicateSums;
    private final long[] replicateCounts;
    private final int limit;
    /** Per rule of {@code QueryFailures.RULES}: its first failed queries in its order, and how many failed. */
    private final List<ArrayList<QueryFailures.Query>> failed = new ArrayList<>();
    final long[] matched;
    private transient PoissonBootstrap draws;
    private transient int[] weights;

    RankingState(int metrics, int[] intervalMetrics, long seed, int replicates, int limit) {
        this.overall = new QueryMeans(metrics, true);
        this.buckets = new QueryMeans[QuerySlices.FAMILIES.size()][];
        for (int f = 0; f < buckets.length; f++) {
            buckets[f] = new QueryMeans[QuerySlices.FAMILIES.get(f).names().size()];
            for (int b = 0; b < buckets[f].length; b++) {
                buckets[f][b] = new QueryMeans(metrics, false);
            }
        }
        this.seed = seed;
        this.replicates = replicates;
        this.intervalMetrics = intervalMetrics.clone();
        this.replicateSums = new ExactSums[intervalMetrics.length];
        for (int j = 0; j < intervalMetrics.length; j++) {
            replicateSums[j] = new ExactSums(replicates);
        }
        this.replicateCounts = new long[replicates * intervalMetrics.length];
        this.limit = limit;
        for (int r = 0; r < QueryFailures.RULES.size(); r++) {
            failed.add(new ArrayList<>());
        }
        this.matched = new long[QueryFailures.RULES.size()];
    }

    void add(QueryOutcome q) {
        double[] values = q.values();
        overall.add(values);
        for (int f = 0; f < buckets.length; f++) {
            if (q.buckets()[f] >= 0) {
                buckets[f][q.buckets()[f]].add(values);
            }
        }
        if (draws == null) {
            draws = new PoissonBootstrap(seed, replicates);
            weights = new int[replicates];
        }
        draws.weights(q.key(), weights);
        int width = intervalMetrics.length;
        for (int j = 0; j < width; j++) {
            double v = values[intervalMetrics[j]];
            if (Double.isNaN(v)) {
                continue;
            }
            replicateSums[j].addWeighted(v, weights);
            for (int b = 0; b < replicates; b++) {
                replicateCounts[b * width + j] += weights[b];
            }
        }
        if (q.failure() != null) {
            for (int r = 0; r < matched.length; r++) {
                String rule = QueryFailures.RULES.get(r);
                if (q.failure().failed(rule)) {
                    matched[r]++;
                    offer(r, q.failure());
                }
            }
        }
    }

    RankingState merge(RankingState other) {
        overall.merge(other.overall);
        for (int f = 0; f < buckets.length; f++) {
            for (int b = 0; b < buckets[f].length; b++) {
                buckets[f][b].merge(other.buckets[f][b]);
            }
        }
        for (int j = 0; j < replicateSums.length; j++) {
            replicateSums[j].merge(other.replicateSums[j]);
        }
        for (int i = 0; i < replicateCounts.length; i++) {
            replicateCounts[i] += other.replicateCounts[i];
        }
        for (int r = 0; r < matched.length; r++) {
            matched[r] += other.matched[r];
            for (QueryFailures.Query q : other.failed.get(r)) {
                offer(r, q);
            }
        }
        return this;
    }

    /** Replicate b's mean of interval metric j (NaN when no query with a defined value was drawn). */
    double replicateMean(int b, int j) {
        return replicateSums[j].mean(b, replicateCounts[b * intervalMetrics.length + j]);
    }

    /** Rule r's kept queries (its first {@code limit} failures in its order). */
    List<QueryFailures.Query> failed(int r) {
        return List.copyOf(failed.get(r));
    }

    /** Keeps {@code q} when it is among rule r's first {@code limit}: a bounded, sorted list. */
    private void offer(int r, QueryFailures.Query q) {
        ArrayList<QueryFailures.Query> kept = failed.get(r);
        var order = QueryFailures.order(QueryFailures.RULES.get(r));
        int at = Collections.binarySearch(kept, q, order);
        if (at >= 0) {
            return; // the same query from two partitions cannot happen: ids are grouped
        }
        int insert = -at - 1;
        if (insert >= limit) {
            return;
        }
        kept.add(insert, q);
        if (kept.size() > limit) {
            kept.remove(kept.size() - 1);
        }
    }
}
