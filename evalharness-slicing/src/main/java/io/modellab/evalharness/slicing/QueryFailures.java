package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.FailureRule;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * The ranking failure rules: the queries whose relevant documents rank worst, by two rules:
 * <ul>
 *   <li>{@value #BEST_DOC}: the most relevant document (highest grade; of several, the best-ranked) ranks lowest;</li>
 *   <li>{@value #FIRST_RELEVANT}: the first relevant document of any grade ranks lowest.</li>
 * </ul>
 * A document the system did not return ranks below every returned one. Ties go to the query with the smaller id,
 * so the selection is stable. Each example names the query, the system's top candidates with their titles, the
 * relevant documents with their grades and ranks, and a failure-mode tag: {@value #NOT_RETRIEVED},
 * {@value #BELOW_TOP_10} or {@value #RANKED_LOW} (inside the top 10 but not first).
 *
 * <p>A query enters as a {@link Query}, the little an example needs, made by {@link Query#of} from its ranked
 * document ids: the single machine's {@code RankingEvaluator} passes all its queries to {@link #select}, the Spark path
 * each rule's first {@code limit} queries in the rule's order ({@link #order}) with the rule's matched count, and
 * both get the same examples.
 */
public final class QueryFailures {

    /** Rule: the most relevant document ranks lowest. */
    public static final String BEST_DOC = "best_document_ranked_worst";
    /** Rule: the first relevant document ranks lowest. */
    public static final String FIRST_RELEVANT = "first_relevant_ranked_worst";
    /** Kind: the document is not among the candidates. */
    public static final String NOT_RETRIEVED = "not_retrieved";
    /** Kind: the document ranks below 10. */
    public static final String BELOW_TOP_10 = "ranked_below_top_10";
    /** Kind: the document ranks 2 to 10. */
    public static final String RANKED_LOW = "ranked_low";
    /** The rules in output order. */
    public static final List<String> RULES = List.of(BEST_DOC, FIRST_RELEVANT);

    /** How many of the system's candidates an example shows. */
    public static final int SHOWN = 3;

    /** A document's rank when it was not retrieved: below every returned one. */
    public static final int NOT_RANKED = Integer.MAX_VALUE;

    private QueryFailures() {
    }

    /** The rules with their matched counts, and the examples, as failure_examples.json holds them. */
    public record Selection(List<FailureRule> rules, List<FailureExample> examples) {
    }

    /**
     * One relevant document as an example shows it.
     *
     * @param doc its id
     * @param grade its relevance
     * @param rank its 1-based rank among the candidates, 0 when not retrieved
     */
    public record Judged(String doc, double grade, int rank) implements Serializable {
    }

    /**
     * One judged query (at least one relevant document) as the rules and its example need it.
     *
     * @param id the query id
     * @param text the query's text, or {@code null} when unknown (the example then has no query features)
     * @param relevantDocuments how many documents are relevant
     * @param top the system's first {@link #SHOWN} document ids
     * @param shown the first {@link #SHOWN} relevant documents by grade (descending), then id
     * @param candidates how many candidates the system returned
     * @param bestDocRank the best rank of a highest-grade document ({@link #NOT_RANKED} when none was retrieved)
     * @param bestDoc that document (the smallest id of them when none was retrieved)
     * @param firstRank the best rank of any relevant document ({@link #NOT_RANKED} when none was retrieved)
     * @param firstDoc that document
     */
    public record Query(String id, String text, int relevantDocuments, List<String> top, List<Judged> shown,
                        int candidates, int bestDocRank, String bestDoc, int firstRank, String firstDoc)
            implements Serializable {

        /** Copies the lists. */
        public Query {
            top = List.copyOf(top);
            shown = List.copyOf(shown);
        }

        /**
         * A query from its ranked candidates, or {@code null} when it has no relevant document (no rule applies).
         *
         * @param relevance each relevant document's grade, ordered by document id
         * @param ranked the candidates' document ids, best first
         */
        public static Query of(String id, String text, SortedMap<String, Double> relevance, List<String> ranked) {
            if (relevance.isEmpty()) {
                return null;
            }
            Map<String, Integer> rankOf = new HashMap<>();
            for (int r = 0; r < ranked.size(); r++) {
                rankOf.putIfAbsent(ranked.get(r), r + 1);
            }
            double top = relevance.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            int bestDocRank = NOT_RANKED;
            String bestDoc = null;
            int firstRank = NOT_RANKED;
            String firstDoc = null;
            for (Map.Entry<String, Double> e : relevance.entrySet()) {
                int key = rankOf.getOrDefault(e.getKey(), NOT_RANKED);
                if (e.getValue() == top && (bestDoc == null || key < bestDocRank)) {
                    bestDocRank = key;
                    bestDoc = e.getKey();
                }
                if (firstDoc == null || key < firstRank) {
                    firstRank = key;
                    firstDoc = e.getKey();
                }
            }
            List<Judged> shown = relevance.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(SHOWN).map(e -> new Judged(e.getKey(), e.getValue(), rankOf.getOrDefault(e.getKey(), 0)))
                    .toList();
            return new Query(id, text, relevance.size(), ranked.subList(0, Math.min(SHOWN, ranked.size())), shown,
                    ranked.size(), bestDocRank, bestDoc, firstRank, firstDoc);
        }

        /** The rank {@code rule} judges this query by. */
        public int rank(String rule) {
            return BEST_DOC.equals(rule) ? bestDocRank : firstRank;
        }

        /** Whether {@code rule} counts this query as a failure: its document is not first. */
        public boolean failed(String rule) {
            return rank(rule) > 1;
        }
    }

    /** A rule's order: worst rank first (not retrieved worst of all), ties by query id. */
    public static Comparator<Query> order(String rule) {
        return Comparator.comparingInt((Query q) -> -Math.min(q.rank(rule), NOT_RANKED - 1))
                .thenComparing(Query::id);
    }

    /**
     * The examples of both rules from every judged query: the failures of each, in its order.
     *
     * @param titles document id to title (documents without one show their id only)
     * @param depth the most candidates the system was asked for
     * @param source where the queries can be found, or {@code null}
     */
    public static Selection select(List<Query> queries, Map<String, String> titles, int limit, int depth,
                                   String source) {
        List<List<Query>> failed = new ArrayList<>();
        List<Long> matched = new ArrayList<>();
        for (String rule : RULES) {
            List<Query> f = queries.stream().filter(q -> q.failed(rule)).toList();
            failed.add(f);
            matched.add((long) f.size());
        }
        return select(failed, matched, titles, limit, depth, source);
    }

    /**
     * The examples of both rules from each rule's candidates (at least its first {@code limit} failures in its
     * order, more are ignored) and its count of failed queries.
     *
     * @param failed per rule of {@link #RULES}, failed queries in any order
     * @param matched per rule, how many queries failed in all
     */
    public static Selection select(List<List<Query>> failed, List<Long> matched, Map<String, String> titles,
                                   int limit, int depth, String source) {
        List<FailureRule> rules = new ArrayList<>();
        List<FailureExample> examples = new ArrayList<>();
        for (int r = 0; r < RULES.size(); r++) {
            String rule = RULES.get(r);
            String description = BEST_DOC.equals(rule)
                    ? "queries whose most relevant document (highest grade) ranks lowest; not retrieved is lowest,"
                    + " ties by query id"
                    : "queries whose first relevant document of any grade ranks lowest; not retrieved is lowest,"
                    + " ties by query id";
            rules.add(new FailureRule(rule, description, limit, matched.get(r)));
            List<Query> worst = failed.get(r).stream().sorted(order(rule)).limit(limit).toList();
            for (Query q : worst) {
                examples.add(example(rule, q, titles, depth, source));
            }
        }
        return new Selection(rules, examples);
    }

    private static FailureExample example(String rule, Query q, Map<String, String> titles, int depth, String source) {
        String top = q.top().isEmpty() ? "no candidates" : q.top().stream().map(d -> label(d, titles))
                .collect(Collectors.joining("; "));
        String truth = q.shown().stream().map(j -> label(j.doc(), titles) + " grade " + grade(j.grade()) + at(j.rank()))
                .collect(Collectors.joining("; "))
                + (q.relevantDocuments() > SHOWN ? "; and " + (q.relevantDocuments() - SHOWN) + " more" : "");
        int rank = q.rank(rule);
        String doc = BEST_DOC.equals(rule) ? q.bestDoc() : q.firstDoc();
        boolean retrieved = rank != NOT_RANKED;
        String kind = !retrieved ? NOT_RETRIEVED : rank > 10 ? BELOW_TOP_10 : RANKED_LOW;
        String why = retrieved
                ? String.format(Locale.ROOT, "%s ranks %d of %d candidates", label(doc, titles), rank, q.candidates())
                : String.format(Locale.ROOT, "%s is not among the %d candidates (depth %d)", label(doc, titles),
                q.candidates(), depth);
        Map<String, String> features = new LinkedHashMap<>();
        if (q.text() != null) {
            features.put("query", q.text());
            features.put("query_terms", Integer.toString(QuerySlices.terms(q.text())));
        }
        features.put("relevant_documents", Integer.toString(q.relevantDocuments()));
        return new FailureExample(q.id(), rule, top, truth, null, why, null, features,
                source == null ? null : source + "#query=" + q.id()).withFailureMode(mode(kind), reason(kind));
    }

    /**
     * The spec 4.8 failure mode of each kind of ranking failure: a document the retriever never reaches, or scores
     * below ten others, is a failure of its representation (the terms do not match); one ranked 2 to 10 is an
     * objective failure (documents that mention the query outrank the one about it, which the scoring does not tell
     * apart).
     */
    public static String mode(String kind) {
        return RANKED_LOW.equals(kind) ? "objective_metric" : "model_representation";
    }

    /** Why {@link #mode(String)} gave its tag, starting with the kind. */
    public static String reason(String kind) {
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
