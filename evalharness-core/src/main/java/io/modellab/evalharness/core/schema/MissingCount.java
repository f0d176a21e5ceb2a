package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * One bar of the per-row missingness distribution: how many rows miss exactly this many cells.
 *
 * @param missingCells missing cells in a row
 * @param rows rows with that many missing cells (never zero: empty bars are left out)
 */
public record MissingCount(
        @JsonProperty("missing_cells") @NotNull @PositiveOrZero Integer missingCells,
        @JsonProperty("rows") @NotNull @Positive Long rows) {
}
