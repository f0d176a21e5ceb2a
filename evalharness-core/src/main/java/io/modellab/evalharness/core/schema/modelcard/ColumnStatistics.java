package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.modellab.evalharness.core.schema.Finite;
import java.util.Map;

/**
 * One value of {@code column_statistics} (Embedding Space): how predictable a column is.
 *
 * @param mutualInformationBits estimated mutual information, in bits
 * @param marginalLoss marginal reconstruction loss
 * @param extra fields this library does not know, kept as read
 */
public record ColumnStatistics(
        @JsonProperty("mutual_information_bits") @Finite Double mutualInformationBits,
        @JsonProperty("marginal_loss") @Finite Double marginalLoss,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** A missing {@code extra} becomes empty. */
    public ColumnStatistics {
        extra = Copies.extra(extra);
    }
}
