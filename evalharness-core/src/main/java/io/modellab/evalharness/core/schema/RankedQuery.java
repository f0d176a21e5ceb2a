package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * One query of a ranking run: what was asked, how many candidates came back, the first few, and where each relevant
 * document landed. This is enough to recompute every rank metric at any cut-off up to {@code candidates}, and to
 * pair two runs query by query.
 *
 * @param queryId the query's id
 * @param query the query text as the system received it
 * @param candidates how many candidates the system returned
 * @param topIds the ids of the first candidates, best first (ties broken by id)
 * @param judged every relevant document, most relevant first, then by id
 */
public record RankedQuery(
        @JsonProperty("query_id") @NotBlank String queryId,
        @JsonProperty("query") @NotNull String query,
        @JsonProperty("candidates") @NotNull @PositiveOrZero Integer candidates,
        @JsonProperty("top_ids") @NotNull List<@NotBlank String> topIds,
        @JsonProperty("judged") @NotNull List<@NotNull @Valid JudgedDoc> judged) {

    /** Copies the lists. */
    public RankedQuery {
        topIds = Lists.copyOf(topIds);
        judged = Lists.copyOf(judged);
    }
}
