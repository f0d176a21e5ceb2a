package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kind of prediction task an evaluation scores. */
public enum Task {
    /** Two classes, one of them named positive. */
    @JsonProperty("binary_classification") BINARY_CLASSIFICATION,
    /** Per query, candidates ranked by score and judged with graded relevance (retrieval). */
    @JsonProperty("ranking") RANKING,
    /** A real-valued target predicted per row. */
    @JsonProperty("regression") REGRESSION;

    /**
     * Whether fields that a classification must have and a ranking or a regression must not have (positive label,
     * decision threshold, confusion matrix) are given exactly for a classification. Records check it when validated, so a record in
     * memory may be partial (as tests build them) but a written or read file may not.
     */
    public static boolean classificationFieldsMatch(Task task, Object... values) {
        for (Object value : values) {
            if (task == BINARY_CLASSIFICATION && value == null || task != BINARY_CLASSIFICATION && value != null) {
                return false;
            }
        }
        return true;
    }
}
