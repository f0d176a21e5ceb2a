package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.modellab.evalharness.core.schema.Finite;
import java.util.Map;

/**
 * {@code training_configuration.dropout_schedule} (Embedding Space).
 *
 * @param enabled whether dropout was used
 * @param initial the initial dropout rate
 * @param finalRate the final dropout rate
 * @param extra fields this library does not know, kept as read
 */
public record DropoutSchedule(
        @JsonProperty("enabled") Boolean enabled,
        @JsonProperty("initial") @Finite Double initial,
        @JsonProperty("final") @Finite Double finalRate,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** A missing {@code extra} becomes empty. */
    public DropoutSchedule {
        extra = Copies.extra(extra);
    }
}
