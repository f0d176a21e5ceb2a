package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.FailureRule;
import io.modellab.evalharness.metrics.RankingQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The ranking failure rule (4.4.3), {@value #WORST_RANKED_RELEVANT}: queries whose best-ranked relevant item ranks
 * worst (a query with no relevant item retrieved first), at most {@code limit}, ties broken by query id. Candidates
 * rank by score, higher first, ties by candidate id. Each example's prediction is its top {@code topIds} retrieved
 * ids, its ground truth the relevant ids (relevance above 0), both comma-separated.
 *
 * @param limit at most this many queries
 * @param topIds how many retrieved ids an example shows
 * @param summary how the query's features are summarised
 */
public record RankingFailureSelector(int limit, int topIds, FeatureSummary summary) {

    /** Rule id: queries whose relevant items rank worst. */
    public static final String WORST_RANKED_RELEVANT = "worst_ranked_relevant";

    /** Checks the limits. */
    public RankingFailureSelector {
        if (limit < 0 || topIds < 1) {
            throw new IllegalArgumentException("need limit >= 0 and topIds >= 1, got " + limit + " and " + topIds);
        }
    }

    /**
     * Selects and tags examples.
     *
     * @param queries the ranked queries, one per row of {@code queryFeatures}
     * @param candidateIds each query's candidate ids, in the order of its scores
     * @param queryFeatures one row per query (its id is the example id)
     * @param queryColumn the column holding the query text (for the query length), or {@code null}
     */
    public FailureSelection select(List<RankingQuery> queries, List<List<String>> candidateIds, Table queryFeatures,
                                   String queryColumn, Function<String, String> sourceRow, FailureTagging tagging) {
        int n = queries.size();
        if (candidateIds.size() != n || queryFeatures.rowCount() != n) {
            throw new IllegalArgumentException(n + " queries but " + candidateIds.size() + " candidate lists and "
                    + queryFeatures.rowCount() + " feature rows");
        }
        int[] bestRank = new int[n];
        List<List<String>> ranked = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            RankingQuery query = queries.get(q);
            List<String> ids = candidateIds.get(q);
            if (ids.size() != query.size()) {
                throw new IllegalArgumentException("query " + query.queryId() + " has " + query.size()
                        + " scores but " + ids.size() + " candidate ids");
            }
            List<Integer> order = IntStream.range(0, ids.size()).boxed()
                    .sorted(Comparator.comparingDouble((Integer c) -> -query.scores()[c]).thenComparing(ids::get))
                    .toList();
            ranked.add(order.stream().map(ids::get).toList());
            bestRank[q] = Integer.MAX_VALUE;
            for (int k = 0; k < order.size(); k++) {
                if (query.relevance()[order.get(k)] > 0) {
                    bestRank[q] = k + 1;
                    break;
                }
            }
        }
        double[] missing = SliceData.of(queryFeatures).missingShares();
        List<Integer> worst = FailureSelector.matching(n, q -> true, Comparator.comparingInt((Integer q) -> -bestRank[q])
                .thenComparing(q -> queries.get(q).queryId()));
        List<FailureExample> examples = new ArrayList<>();
        for (int q : worst.subList(0, Math.min(limit, n))) {
            RankingQuery query = queries.get(q);
            List<String> relevant = IntStream.range(0, query.size()).filter(c -> query.relevance()[c] > 0)
                    .mapToObj(c -> candidateIds.get(q).get(c)).sorted().toList();
            List<String> top = ranked.get(q).subList(0, Math.min(topIds, ranked.get(q).size()));
            String why = relevant.isEmpty() ? "the query has no relevant item"
                    : bestRank[q] == Integer.MAX_VALUE ? "no relevant item among the " + query.size() + " retrieved"
                    : "its first relevant item ranks " + bestRank[q] + " of " + query.size();
            String id = queryFeatures.rowId(q);
            FailureExample untagged = new FailureExample(id, WORST_RANKED_RELEVANT, String.join(",", top),
                    String.join(",", relevant), null, why, null, summary.of(queryFeatures, q), sourceRow.apply(id),
                    null, summary.omitted(queryFeatures));
            Integer length = queryColumn == null ? null : Slices.tokens(queryFeatures.cell(q, queryColumn));
            examples.add(tagging.tag(new FailureCase(FailureCase.RANKING, untagged, missing[q],
                    queryFeatures.columnNames().size(), false, null, null, length)));
        }
        return new FailureSelection(List.of(new FailureRule(WORST_RANKED_RELEVANT,
                "queries whose best-ranked relevant item ranks worst, with the top " + topIds + " retrieved ids", limit,
                (long) n)), examples);
    }
}
