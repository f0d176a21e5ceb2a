package io.modellab.tracker.compare;

import io.modellab.evalharness.core.schema.Comparison;
import io.modellab.evalharness.core.schema.JudgedDoc;
import io.modellab.evalharness.core.schema.RankedQuery;
import io.modellab.evalharness.core.schema.RankingPredictions;
import io.modellab.evalharness.metrics.RankingMetrics;
import io.modellab.evalharness.metrics.RankingQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two ranking runs' answers to the queries both answered, paired by query id from their rankings.json. A query's
 * metrics are recomputed from where each relevant document ranked (ranks, not scores: tied scores count in rank
 * order, so an NDCG with ties can differ from metrics.json's in the last digits); a resample's metric is the mean
 * over its defined queries, as in the evaluation. A query is "right" when its most relevant document ranks first.
 */
final class PairedQueries implements RunComparison.RowPairing {

    private final List<RankedQuery> reference;
    private final List<RankedQuery> candidate;
    // Per-query values are computed once per side and metric; resamples only average them.
    private final Map<String, double[]> cache = new ConcurrentHashMap<>();

    private PairedQueries(List<RankedQuery> reference, List<RankedQuery> candidate) {
        this.reference = reference;
        this.candidate = candidate;
    }

    static PairedQueries of(RankingPredictions reference, RankingPredictions candidate) {
        Map<String, RankedQuery> byId = new LinkedHashMap<>();
        candidate.queries().forEach(q -> byId.put(q.queryId(), q));
        List<RankedQuery> r = new ArrayList<>();
        List<RankedQuery> c = new ArrayList<>();
        for (RankedQuery q : reference.queries()) {
            RankedQuery other = byId.get(q.queryId());
            if (other == null) {
                continue;
            }
            if (!judgments(q).equals(judgments(other))) {
                throw new IllegalArgumentException("query " + q.queryId() + " is judged " + judgments(q) + " in run "
                        + reference.runId() + " but " + judgments(other) + " in run " + candidate.runId()
                        + ": their rankings cannot be compared");
            }
            r.add(q);
            c.add(other);
        }
        return new PairedQueries(List.copyOf(r), List.copyOf(c));
    }

    private static Map<String, Double> judgments(RankedQuery q) {
        Map<String, Double> out = new java.util.TreeMap<>();
        q.judged().forEach(d -> out.put(d.docId(), d.relevance()));
        return out;
    }

    @Override
    public int size() {
        return reference.size();
    }

    @Override
    public String unit() {
        return "queries";
    }

    @Override
    public boolean pairs(String metric) {
        return parse(metric) != null;
    }

    @Override
    public double candidateMetric(String metric, int[] rows) {
        return mean(values(candidate, metric), rows);
    }

    @Override
    public double referenceMetric(String metric, int[] rows) {
        return mean(values(reference, metric), rows);
    }

    @Override
    public Comparison.FailureDiff failureDiff() {
        List<Integer> newlyWrong = new ArrayList<>();
        List<Integer> fixed = new ArrayList<>();
        int stillWrong = 0;
        for (int i = 0; i < size(); i++) {
            if (reference.get(i).judged().isEmpty()) {
                continue;
            }
            boolean wasRight = bestRank(reference.get(i)) == 1;
            boolean isRight = bestRank(candidate.get(i)) == 1;
            if (wasRight && !isRight) {
                newlyWrong.add(i);
            } else if (!wasRight && isRight) {
                fixed.add(i);
            } else if (!wasRight) {
                stillWrong++;
            }
        }
        return new Comparison.FailureDiff(newlyWrong.size(), fixed.size(), stillWrong, worst(newlyWrong, candidate),
                worst(fixed, reference));
    }

    /** Ids of the queries whose most relevant document the given side ranked lowest, ties by id. */
    private List<String> worst(List<Integer> rows, List<RankedQuery> side) {
        return rows.stream()
                .sorted(Comparator.comparingInt((Integer i) -> -bestRank(side.get(i)))
                        .thenComparing(i -> side.get(i).queryId()))
                .limit(Comparison.FailureDiff.EXAMPLE_IDS).map(i -> side.get(i).queryId()).toList();
    }

    /** The best rank of a highest-grade document; Integer.MAX_VALUE when none was retrieved. */
    static int bestRank(RankedQuery q) {
        double top = q.judged().stream().mapToDouble(JudgedDoc::relevance).max().orElse(0);
        int best = Integer.MAX_VALUE;
        for (JudgedDoc d : q.judged()) {
            if (d.relevance() == top && d.rank() != null) {
                best = Math.min(best, d.rank());
            }
        }
        return best;
    }

    private double[] values(List<RankedQuery> side, String metric) {
        String key = (side == reference ? "r:" : "c:") + metric;
        return cache.computeIfAbsent(key, k -> {
            Object[] parsed = parse(metric);
            String name = (String) parsed[0];
            int cutoff = (Integer) parsed[1];
            double[] v = new double[side.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = RankingMetrics.series(List.of(rankingQuery(side.get(i), cutoff)), cutoff).get(name)[0];
            }
            return v;
        });
    }

    /** A query as the metrics module scores it, rebuilt from ranks: candidates, fillers to K, unretrieved last. */
    static RankingQuery rankingQuery(RankedQuery q, int k) {
        int listed = Math.max(q.candidates(), k);
        int unretrieved = (int) q.judged().stream().filter(d -> d.rank() == null).count();
        int n = listed + unretrieved;
        double[] scores = new double[n];
        double[] relevance = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = n - i;
        }
        int at = listed;
        for (JudgedDoc d : q.judged()) {
            if (d.rank() != null) {
                relevance[d.rank() - 1] = d.relevance();
            } else {
                relevance[at++] = d.relevance();
            }
        }
        return new RankingQuery(q.queryId(), scores, relevance);
    }

    /** {@code [name, k]} of a metric such as {@code ndcg@10}, or null when it is not a rank metric at a cut-off. */
    private static Object[] parse(String metric) {
        int at = metric.indexOf('@');
        if (at < 0 || !RankingMetrics.METRICS.contains(metric.substring(0, at))) {
            return null;
        }
        try {
            int k = Integer.parseInt(metric.substring(at + 1));
            return k >= 1 ? new Object[] {metric.substring(0, at), k} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double mean(double[] values, int[] rows) {
        double sum = 0;
        int count = 0;
        for (int r : rows) {
            if (!Double.isNaN(values[r])) {
                sum += values[r];
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
