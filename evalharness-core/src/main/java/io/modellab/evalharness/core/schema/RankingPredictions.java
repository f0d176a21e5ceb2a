package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * rankings.json: a ranking run's answer to every query, the ranking counterpart of predictions.json, so compare
 * mode can pair two runs by query.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param runId the evaluated run
 * @param task always {@link Task#RANKING}
 * @param depth the most candidates the system returned per query
 * @param queries every query, in query-id order
 */
public record RankingPredictions(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("run_id") @NotBlank String runId,
        @JsonProperty("task") @NotNull Task task,
        @JsonProperty("depth") @NotNull @Positive Integer depth,
        @JsonProperty("queries") @NotNull List<@NotNull @Valid RankedQuery> queries) {

    /** Copies the list; query ids must be unique to pair runs. */
    public RankingPredictions {
        queries = Lists.copyOf(queries);
        if (queries != null) {
            Set<String> seen = new HashSet<>();
            for (RankedQuery q : queries) {
                if (q != null && !seen.add(q.queryId())) {
                    throw new IllegalArgumentException("rankings of run " + runId + ": query id " + q.queryId()
                            + " appears twice; query ids must be unique to pair runs");
                }
            }
        }
    }
}
