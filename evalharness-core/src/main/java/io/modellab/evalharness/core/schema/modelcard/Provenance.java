package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.modellab.evalharness.core.schema.Finite;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;

/**
 * {@code provenance}: when, and with which versions. With {@code model_identification.training_date}, the only
 * fields of a ModelLab card that change when the same run is repeated.
 *
 * @param createdAt ISO-8601 timestamp of the card (ModelLab: the instant the run finished, from run.json, so that
 *     writing the card again from the same run gives the same bytes)
 * @param trainingDurationMinutes how long the run took, in minutes
 * @param versionInfo versions: ModelLab's, the commit, the Java runtime
 * @param extra fields this library does not know, kept as read
 */
public record Provenance(
        @JsonProperty("created_at") @NotBlank(groups = ModelCard.Written.class) String createdAt,
        @JsonProperty("training_duration_minutes") @Finite @PositiveOrZero(groups = ModelCard.Written.class) Double trainingDurationMinutes,
        @JsonProperty("version_info") Map<String, Object> versionInfo,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Copies the version map; a missing {@code extra} becomes empty. */
    public Provenance {
        versionInfo = Copies.map(versionInfo);
        extra = Copies.extra(extra);
    }
}
