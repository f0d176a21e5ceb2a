package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.modellab.evalharness.core.schema.Finite;
import java.util.Map;

/**
 * {@code training_metrics.argmax_metrics}: each row predicted as its most probable class. For two classes that is
 * the positive label when its probability is above one half (a tie goes to the other class, as numpy's argmax
 * picks the first); precision, recall and F1 are the positive label's.
 *
 * @param accuracy accuracy
 * @param precision precision
 * @param recall recall
 * @param f1 F1
 * @param extra fields this library does not know, kept as read
 */
public record ArgmaxMetrics(
        @JsonProperty("accuracy") @Finite Double accuracy,
        @JsonProperty("precision") @Finite Double precision,
        @JsonProperty("recall") @Finite Double recall,
        @JsonProperty("f1") @Finite Double f1,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** A missing {@code extra} becomes empty. */
    public ArgmaxMetrics {
        extra = Copies.extra(extra);
    }
}
