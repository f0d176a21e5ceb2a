package io.modellab.evalharness.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which columns of the two ranking Datasets hold what, mirroring the single machine's {@code RankingRequest}: the
 * system's candidates (one row per query and returned document, with its score) and the judgments (one row per
 * query and judged document, with its graded relevance; a grade of 0 records a judged, non-relevant document).
 * Query and document ids are strings or integral numbers (compared as their decimal strings).
 *
 * @param candidateQuery the candidates' query id column
 * @param candidateDoc the candidates' document id column
 * @param score the candidates' score column (numeric; higher ranks first, ties by document id)
 * @param judgmentQuery the judgments' query id column
 * @param judgmentDoc the judgments' document id column
 * @param relevance the judgments' graded relevance column (numeric, at least 0)
 * @param queryText a judgments column with the query's text (the {@code query_terms} slice and the failure
 *     examples' query), the same on every row of a query; {@code null} for none
 * @param termDocFrequency a judgments column with the mean number of documents containing each query term (the
 *     {@code term_doc_frequency} slice), the same on every row of a query, null where unknown; {@code null} for none
 */
public record RankingColumns(String candidateQuery, String candidateDoc, String score, String judgmentQuery,
                             String judgmentDoc, String relevance, String queryText, String termDocFrequency)
        implements Serializable {

    /** Checks that the required columns are named. */
    public RankingColumns {
        Objects.requireNonNull(candidateQuery, "candidateQuery");
        Objects.requireNonNull(candidateDoc, "candidateDoc");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(judgmentQuery, "judgmentQuery");
        Objects.requireNonNull(judgmentDoc, "judgmentDoc");
        Objects.requireNonNull(relevance, "relevance");
    }

    /** Both Datasets with the same query and document id columns, no query text and no term frequencies. */
    public static RankingColumns of(String query, String doc, String score, String relevance) {
        return new RankingColumns(query, doc, score, query, doc, relevance, null, null);
    }

    /** These columns with the query text in the judgments' column {@code column}. */
    public RankingColumns withQueryText(String column) {
        return new RankingColumns(candidateQuery, candidateDoc, score, judgmentQuery, judgmentDoc, relevance, column,
                termDocFrequency);
    }

    /** These columns with the mean term document frequency in the judgments' column {@code column}. */
    public RankingColumns withTermDocFrequency(String column) {
        return new RankingColumns(candidateQuery, candidateDoc, score, judgmentQuery, judgmentDoc, relevance, queryText,
                column);
    }

    /** The candidates' columns the evaluation reads, in order. */
    List<String> candidateColumns() {
        return List.of(candidateQuery, candidateDoc, score);
    }

    /** The judgments' columns the evaluation reads, in order: query, document, relevance, then text and frequency. */
    List<String> judgmentColumns() {
        List<String> out = new ArrayList<>(List.of(judgmentQuery, judgmentDoc, relevance));
        if (queryText != null) {
            out.add(queryText);
        }
        if (termDocFrequency != null) {
            out.add(termDocFrequency);
        }
        return out;
    }
}
