package io.modellab.tracker.ranking;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One query of a ranking task with its relevance judgments.
 *
 * @param id the query's id, unique in the task
 * @param text the query as a user would type it
 * @param relevance every relevant document's graded relevance (above 0); documents not listed are not relevant.
 *     Kept sorted by document id.
 */
public record JudgedQuery(String id, String text, Map<String, Double> relevance) {

    /** Checks the values and copies the judgments. */
    public JudgedQuery {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a query needs an id");
        }
        Objects.requireNonNull(text, () -> "query " + id + ": text");
        Objects.requireNonNull(relevance, () -> "query " + id + ": relevance");
        for (Map.Entry<String, Double> e : relevance.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank()) {
                throw new IllegalArgumentException("query " + id + ": a judged document has no id");
            }
            if (e.getValue() == null || !(e.getValue() > 0) || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("query " + id + ", document " + e.getKey() + ": relevance "
                        + e.getValue() + ", expected a finite number above 0 (leave non-relevant documents out)");
            }
        }
        relevance = Collections.unmodifiableMap(new TreeMap<>(relevance));
    }

    /** The relevance of {@code docId}, 0 when it is not judged relevant. */
    public double relevanceOf(String docId) {
        Double r = relevance.get(docId);
        return r == null ? 0 : r;
    }
}
