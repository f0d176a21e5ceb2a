package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * When a run started and ended. Timestamps live here and nowhere in the eval folder, which stays byte-identical.
 *
 * @param startedAt ISO-8601 UTC instant
 * @param finishedAt ISO-8601 UTC instant, {@code null} while running
 * @param durationMillis wall-clock duration, {@code null} while running
 */
public record RunTimings(
        @JsonProperty("started_at") @NotBlank String startedAt,
        @JsonProperty("finished_at") String finishedAt,
        @JsonProperty("duration_ms") @PositiveOrZero Long durationMillis) {
}
