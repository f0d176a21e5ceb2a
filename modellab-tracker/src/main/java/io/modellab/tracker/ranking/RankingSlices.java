package io.modellab.tracker.ranking;

import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.metrics.QueryMeans;
import io.modellab.evalharness.slicing.QuerySlices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The query slices of a ranking evaluation ({@link QuerySlices}: query terms, relevant documents, term density),
 * from the evaluator's per-query values: each bucket's queries merged into {@link QueryMeans}, as the Spark path
 * merges them, so both write the same slices.json.
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
        List<QueryMeans[]> buckets = new ArrayList<>();
        buckets.add(buckets(scores, i -> QuerySlices.queryTermsBucket(scores.query(i).text())));
        buckets.add(buckets(scores, i -> QuerySlices.relevantDocumentsBucket(scores.query(i).relevance().size())));
        buckets.add(termDocFrequency == null ? null : buckets(scores,
                i -> QuerySlices.termDocFrequencyBucket(termDocFrequency.get(scores.query(i).id()))));
        return QuerySlices.results(buckets, overall, minSize, metric, scores.ks());
    }

    private static QueryMeans[] buckets(QueryScores scores, IntUnaryOperator bucketOf) {
        List<List<Integer>> members = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < scores.size(); i++) {
            int b = bucketOf.applyAsInt(i);
            if (b >= 0) {
                members.get(b).add(i);
            }
        }
        QueryMeans[] out = new QueryMeans[members.size()];
        for (int b = 0; b < out.length; b++) {
            out[b] = scores.means(members.get(b).stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }
}
