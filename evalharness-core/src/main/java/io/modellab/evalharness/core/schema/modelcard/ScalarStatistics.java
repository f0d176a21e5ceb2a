package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.modellab.evalharness.core.schema.Finite;
import java.util.Map;

/**
 * {@code feature_inventory[].statistics}: the summary of a scalar column. ModelLab computes it on the training rows'
 * non-missing values: the sample standard deviation (n - 1), and quantiles interpolated linearly between order
 * statistics (numpy's default).
 *
 * @param min smallest value
 * @param max largest value
 * @param mean mean
 * @param std standard deviation
 * @param median median
 * @param q10 10th percentile
 * @param q25 25th percentile
 * @param q75 75th percentile
 * @param q90 90th percentile
 * @param extra fields this library does not know, kept as read
 */
public record ScalarStatistics(
        @JsonProperty("min") @Finite Double min,
        @JsonProperty("max") @Finite Double max,
        @JsonProperty("mean") @Finite Double mean,
        @JsonProperty("std") @Finite Double std,
        @JsonProperty("median") @Finite Double median,
        @JsonProperty("q10") @Finite Double q10,
        @JsonProperty("q25") @Finite Double q25,
        @JsonProperty("q75") @Finite Double q75,
        @JsonProperty("q90") @Finite Double q90,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** A missing {@code extra} becomes empty. */
    public ScalarStatistics {
        extra = Copies.extra(extra);
    }
}
