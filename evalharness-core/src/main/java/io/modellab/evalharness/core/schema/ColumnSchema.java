package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One column of a dataset version's schema snapshot.
 *
 * @param name the header name
 * @param type the type the profile uses: the inferred one unless code overrode it
 * @param inferredType what inference found; differs from {@code type} only when overridden
 */
public record ColumnSchema(
        @JsonProperty("name") @NotBlank String name,
        @JsonProperty("type") @NotNull ColumnType type,
        @JsonProperty("inferred_type") @NotNull ColumnType inferredType) {
}
