package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a dataset version's rows are split into train, validation and test. */
public enum SplitStrategy {
    /** Seeded shuffle of all rows; a share goes to test. */
    @JsonProperty("random") RANDOM,
    /** Seeded shuffle within each label of a column; each label keeps its share in both parts. */
    @JsonProperty("stratified") STRATIFIED,
    /**
     * Seeded shuffle within each quintile bin of a numeric column (a regression's target); each bin keeps its share in
     * both parts, so a skewed target's tail is on both sides.
     */
    @JsonProperty("quantile_stratified") QUANTILE_STRATIFIED,
    /** Seeded shuffle of the distinct values of a column; every row of a group lands on the same side. */
    @JsonProperty("group") GROUP,
    /** Rows ordered by a date/time or numeric column; the latest share is test. */
    @JsonProperty("time_ordered") TIME_ORDERED,
    /** A column names each row's part: {@code train}, {@code validation} or {@code test}. */
    @JsonProperty("predefined") PREDEFINED
}
