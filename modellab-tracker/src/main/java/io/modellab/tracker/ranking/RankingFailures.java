package io.modellab.tracker.ranking;

import io.modellab.evalharness.core.data.Retriever.ScoredDoc;
import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.FailureRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The queries whose relevant documents rank worst, by two rules:
 * <ul>
 *   <li>{@value #BEST_DOC}: the most relevant document (highest grade; of several, the best-ranked) ranks lowest;</li>
 *   <li>{@value #FIRST_RELEVANT}: the first relevant document of any grade ranks lowest.</li>
 * </ul>
 * A document the system did not return ranks below every returned one. Ties go to the query with the smaller id,
 * so the selection is stable. Each example names the query, the system's top candidates with their titles, the
 * relevant documents with their grades and ranks, and a failure-mode tag: {@value #NOT_RETRIEVED},
 * {@value #BELOW_TOP_10} or {@value #RANKED_LOW} (inside the top 10 but not first).
 */
final class RankingFailures {

    static final String BEST_DOC = "best_document_ranked_worst";
    static final String FIRST_RELEVANT = "first_relevant_ranked_worst";
    static final String NOT_RETRIEVED = "not_retrieved";
    static final String BELOW_TOP_10 = "ranked_below_top_10";
    static final String RANKED_LOW = "ranked_low";

    /** How many of the system's candidates an example shows. */
    static final int SHOWN = 3;

    private RankingFailures() {
    }

    record Selection(List<FailureRule> rules, List<FailureExample> examples) {
    }

    static Selection select(QueryScores scores, Map<String, String> titles, int limit, int depth, String source) {
        int n = scores.size();
        int[] bestDocRank = new int[n];
        String[] bestDoc = new String[n];
        int[] firstRank = new int[n];
        String[] firstDoc = new String[n];
        List<Integer> judged = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            JudgedQuery q = scores.query(i);
            if (q.relevance().isEmpty()) {
                continue;
            }
            judged.add(i);
            double top = q.relevance().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            bestDocRank[i] = Integer.MAX_VALUE;
            firstRank[i] = Integer.MAX_VALUE;
            for (Map.Entry<String, Double> e : q.relevance().entrySet()) {
                int rank = scores.rankOf(i, e.getKey());
                int key = rank == 0 ? Integer.MAX_VALUE : rank;
                if (e.getValue() == top && (bestDoc[i] == null || key < bestDocRank[i])) {
                    bestDocRank[i] = key;
                    bestDoc[i] = e.getKey();
                }
                if (firstDoc[i] == null || key < firstRank[i]) {
                    firstRank[i] = key;
                    firstDoc[i] = e.getKey();
                }
            }
        }
        List<FailureRule> rules = new ArrayList<>();
        List<FailureExample> examples = new ArrayList<>();
        rule(BEST_DOC, "queries whose most relevant document (highest grade) ranks lowest; not retrieved is lowest,"
                + " ties by query id", judged, bestDocRank, bestDoc, scores, titles, limit, depth, source, rules, examples);
        rule(FIRST_RELEVANT, "queries whose first relevant document of any grade ranks lowest; not retrieved is lowest,"
                + " ties by query id", judged, firstRank, firstDoc, scores, titles, limit, depth, source, rules, examples);
        return new Selection(rules, examples);
    }

    private static void rule(String name, String description, List<Integer> judged, int[] rank, String[] doc,
                             QueryScores scores, Map<String, String> titles, int limit, int depth, String source,
                             List<FailureRule> rules, List<FailureExample> out) {
        // Only queries whose document is not first are failures.
        List<Integer> failed = judged.stream().filter(i -> rank[i] > 1)
                .sorted(Comparator.comparingInt((Integer i) -> -Math.min(rank[i], Integer.MAX_VALUE - 1))
                        .thenComparing(i -> scores.query(i).id()))
                .toList();
        rules.add(new FailureRule(name, description, limit, (long) failed.size()));
        for (int i : failed.subList(0, Math.min(limit, failed.size()))) {
            JudgedQuery q = scores.query(i);
            List<ScoredDoc> ranked = scores.ranked(i);
            String top = ranked.isEmpty() ? "no candidates" : ranked.subList(0, Math.min(SHOWN, ranked.size())).stream()
                    .map(d -> label(d.docId(), titles)).collect(Collectors.joining("; "));
            String truth = q.relevance().entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(SHOWN)
                    .map(e -> label(e.getKey(), titles) + " grade " + grade(e.getValue()) + at(scores.rankOf(i, e.getKey())))
                    .collect(Collectors.joining("; "))
                    + (q.relevance().size() > SHOWN ? "; and " + (q.relevance().size() - SHOWN) + " more" : "");
            boolean retrieved = rank[i] != Integer.MAX_VALUE;
            String kind = !retrieved ? NOT_RETRIEVED : rank[i] > 10 ? BELOW_TOP_10 : RANKED_LOW;
            String why = retrieved
                    ? String.format(Locale.ROOT, "%s ranks %d of %d candidates", label(doc[i], titles), rank[i], ranked.size())
                    : String.format(Locale.ROOT, "%s is not among the %d candidates (depth %d)", label(doc[i], titles),
                    ranked.size(), depth);
            Map<String, String> features = new LinkedHashMap<>();
            features.put("query", q.text());
            features.put("query_terms", Integer.toString(RankingSlices.terms(q.text())));
            features.put("relevant_documents", Integer.toString(q.relevance().size()));
            out.add(new FailureExample(q.id(), name, top, truth, null, why, null, features,
                    source == null ? null : source + "#query=" + q.id()).withFailureMode(mode(kind), reason(kind)));
        }
    }

    /**
     * The spec 4.8 failure mode of each kind of ranking failure: a document the retriever never reaches, or scores
     * below ten others, is a failure of its representation (the terms do not match); one ranked 2 to 10 is an
     * objective failure (documents that mention the query outrank the one about it, which the scoring does not tell
     * apart).
     */
    static String mode(String kind) {
        return RANKED_LOW.equals(kind) ? "objective_metric" : "model_representation";
    }

    /** Why {@link #mode(String)} gave its tag, starting with the kind. */
    static String reason(String kind) {
        return switch (kind) {
            case NOT_RETRIEVED -> NOT_RETRIEVED + ": the retriever's terms do not reach the document (a recall failure)";
            case BELOW_TOP_10 -> BELOW_TOP_10 + ": ten or more documents score above it (the representation does not"
                    + " single it out)";
            default -> RANKED_LOW + ": in the top 10 but not first; documents that mention the query outrank the one"
                    + " about it";
        };
    }

    private static String label(String docId, Map<String, String> titles) {
        String title = titles.get(docId);
        return title == null ? docId : docId + " \"" + title + "\"";
    }

    private static String grade(double g) {
        return g == Math.rint(g) ? Long.toString((long) g) : Double.toString(g);
    }

    private static String at(int rank) {
        return rank == 0 ? " not retrieved" : " at rank " + rank;
    }
}
