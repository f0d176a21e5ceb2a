package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * One relevant document of a ranking query and where the system put it.
 *
 * @param docId the document's id
 * @param relevance its graded relevance, above 0
 * @param rank its 1-based rank among the query's candidates (ties broken by document id), {@code null} when the
 *     system did not retrieve it
 * @param score the system's score for it, {@code null} when not retrieved
 */
public record JudgedDoc(
        @JsonProperty("doc_id") @NotBlank String docId,
        @JsonProperty("relevance") @NotNull @Positive Double relevance,
        @JsonProperty("rank") @Positive Integer rank,
        @JsonProperty("score") @Finite Double score) {
}
