package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kind of prediction task an evaluation scores. */
public enum Task {
    /** Two classes, one of them named positive. */
    @JsonProperty("binary_classification") BINARY_CLASSIFICATION,
    /** Per query, candidates ranked by score and judged with graded relevance (retrieval). */
    @JsonProperty("ranking") RANKING;

    /**
     * Checks a field that a classification must have and a ranking must not (positive label, decision threshold,
     * confusion matrix).
     *
     * @throws IllegalArgumentException naming the field when it is missing from a classification or given for a
     *     ranking
     */
    public static void requireClassificationField(Task task, String field, Object value) {
        if (task == BINARY_CLASSIFICATION && value == null) {
            throw new IllegalArgumentException(field + " is required for task binary_classification");
        }
        if (task == RANKING && value != null) {
            throw new IllegalArgumentException(field + " must be absent for task ranking, got " + value);
        }
    }
}
