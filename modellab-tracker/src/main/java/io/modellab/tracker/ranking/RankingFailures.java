package io.modellab.tracker.ranking;

import io.modellab.evalharness.core.data.Retriever.ScoredDoc;
import io.modellab.evalharness.slicing.QueryFailures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The queries whose relevant documents rank worst ({@link QueryFailures}: the most relevant document, and the first
 * relevant one, ranked lowest), from every judged query of the evaluation: the selection the Spark path makes from
 * its per-partition candidates.
 */
final class RankingFailures {

    static final String BEST_DOC = QueryFailures.BEST_DOC;
    static final String NOT_RETRIEVED = QueryFailures.NOT_RETRIEVED;
    static final String RANKED_LOW = QueryFailures.RANKED_LOW;

    private RankingFailures() {
    }

    static QueryFailures.Selection select(QueryScores scores, Map<String, String> titles, int limit, int depth,
                                          String source) {
        List<QueryFailures.Query> queries = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            JudgedQuery q = scores.query(i);
            queries.add(QueryFailures.Query.of(q.id(), q.text(), new TreeMap<>(q.relevance()),
                    scores.ranked(i).stream().map(ScoredDoc::docId).toList()));
        }
        return QueryFailures.select(queries.stream().filter(Objects::nonNull).toList(), titles, limit, depth, source);
    }
}
