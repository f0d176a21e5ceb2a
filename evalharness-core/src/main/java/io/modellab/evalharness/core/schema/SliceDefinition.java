package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A slice as data: enough to pick the same rows again from the same table.
 *
 * @param kind the rule, e.g. {@code column_in} (the column's cell is one of {@code values}; a missing cell
 *     matches the value {@code null})
 * @param column the column the rule reads
 * @param values the values the rule accepts
 */
public record SliceDefinition(
        @JsonProperty("kind") @NotBlank String kind,
        @JsonProperty("column") @NotBlank String column,
        @JsonProperty("values") @NotEmpty List<String> values) {

    /** The kind of a slice of rows whose cell in {@code column} is one of {@code values}. */
    public static final String COLUMN_IN = "column_in";

    /** Copies the list (which may hold {@code null}: the missing cell). */
    public SliceDefinition {
        values = Lists.copyOf(values);
    }
}
