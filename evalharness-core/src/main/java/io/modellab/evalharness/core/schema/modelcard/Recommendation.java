package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;

/**
 * One of {@code model_quality.recommendations}.
 *
 * @param issue the issue found
 * @param suggestion what to do about it
 * @param extra fields this library does not know, kept as read
 */
public record Recommendation(
        @JsonProperty("issue") @NotBlank(groups = ModelCard.Written.class) String issue,
        @JsonProperty("suggestion") @NotBlank(groups = ModelCard.Written.class) String suggestion,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** A missing {@code extra} becomes empty. */
    public Recommendation {
        extra = Copies.extra(extra);
    }

    /** An issue and its suggestion. */
    public static Recommendation of(String issue, String suggestion) {
        return new Recommendation(issue, suggestion, Map.of());
    }
}
