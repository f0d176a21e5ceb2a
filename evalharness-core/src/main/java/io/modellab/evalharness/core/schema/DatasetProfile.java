package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * What a dataset version holds, in numbers bounded by its columns rather than its rows.
 *
 * @param rows data rows
 * @param missingCells cells that are empty or a missing token, over all columns
 * @param rowsWithMissing rows with at least one missing cell
 * @param rowMissingness how many rows miss 0, 1, 2... cells (bars with no rows left out)
 * @param columns one profile per column, in header order
 * @param labelBalance the target's labels, {@code null} without a target or when the target has more distinct
 *     values than a categorical column may (a regression target: see its numeric summary)
 */
public record DatasetProfile(
        @JsonProperty("rows") @NotNull @PositiveOrZero Long rows,
        @JsonProperty("missing_cells") @NotNull @PositiveOrZero Long missingCells,
        @JsonProperty("rows_with_missing") @NotNull @PositiveOrZero Long rowsWithMissing,
        @JsonProperty("row_missingness") @NotNull List<@NotNull @Valid MissingCount> rowMissingness,
        @JsonProperty("columns") @NotNull List<@NotNull @Valid ColumnProfile> columns,
        @JsonProperty("label_balance") @Valid LabelBalance labelBalance) {

    /** Copies the lists. */
    public DatasetProfile {
        rowMissingness = Lists.copyOf(rowMissingness);
        columns = Lists.copyOf(columns);
    }
}
