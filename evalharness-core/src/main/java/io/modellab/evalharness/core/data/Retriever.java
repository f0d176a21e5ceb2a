package io.modellab.evalharness.core.data;

import java.util.List;

/**
 * How a retrieval or ranking system enters the evaluation, as {@link Predictor} does for a classifier: a query in,
 * scored candidates out. The ranking evaluator calls it to time candidate generation and to stress the system with
 * corrupted queries and other candidate depths.
 *
 * <p>Implementations must be deterministic for the same query and depth and safe to call from several threads.
 */
@FunctionalInterface
public interface Retriever {

    /**
     * The best candidates for {@code query}, best first.
     *
     * @param query the query text as a user would type it (it may be empty)
     * @param depth the most candidates to return, at least 1
     * @return at most {@code depth} candidates, each document at most once
     */
    List<ScoredDoc> search(String query, int depth);

    /**
     * One retrieved document.
     *
     * @param docId the document's id
     * @param score the system's score, higher is better; finite
     */
    record ScoredDoc(String docId, double score) {

        /** Checks the values. */
        public ScoredDoc {
            if (docId == null || docId.isBlank()) {
                throw new IllegalArgumentException("a retrieved document needs an id");
            }
            if (!Double.isFinite(score)) {
                throw new IllegalArgumentException("document " + docId + ": score " + score + ", expected a finite number");
            }
        }
    }
}
