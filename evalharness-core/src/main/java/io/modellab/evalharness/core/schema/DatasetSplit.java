package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The split a dataset version defines, and the digest of the rows it puts in each part. Rows are keyed by their
 * 1-based data row number across the version's files in order, as
 * {@link io.modellab.evalharness.core.data.Table} row ids of a loaded version are, so a run's split digest over
 * those keys equals {@code digest} exactly when it used this split.
 *
 * @param strategy how rows were assigned
 * @param description the strategy in words, e.g. {@code stratified on class, 30% test, seed 42}; runs record it
 * @param column the column the strategy reads (label, group, time or part), {@code null} for a random split
 * @param testFraction the share of rows (of groups, for a group split) that goes to test, {@code null} for a
 *     predefined split
 * @param seed the shuffle's seed, {@code null} for time-ordered and predefined splits
 * @param trainRows rows in train
 * @param validationRows rows in validation
 * @param testRows rows in test
 * @param digest SHA-256 over the sorted keys of train, validation and test, as
 *     {@link io.modellab.evalharness.core.rules.DataSplit#digest()} computes it
 */
public record DatasetSplit(
        @JsonProperty("strategy") @NotNull SplitStrategy strategy,
        @JsonProperty("description") @NotBlank String description,
        @JsonProperty("column") String column,
        @JsonProperty("test_fraction") @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double testFraction,
        @JsonProperty("seed") Long seed,
        @JsonProperty("train_rows") @NotNull @PositiveOrZero Long trainRows,
        @JsonProperty("validation_rows") @NotNull @PositiveOrZero Long validationRows,
        @JsonProperty("test_rows") @NotNull @PositiveOrZero Long testRows,
        @JsonProperty("digest") @NotNull @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be 64 lowercase hex digits") String digest) {

    /** What a run records of this split. */
    public SplitRef ref() {
        return new SplitRef(description, digest);
    }
}
