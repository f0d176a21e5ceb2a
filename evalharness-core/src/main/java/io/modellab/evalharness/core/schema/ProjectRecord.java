package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * project.json: a workspace for one modelling effort, at {@code <artifacts-root>/<project>/project.json}. Its
 * datasets, runs and pages live in the same folder.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param name the project's name, also its folder's name
 * @param description what the project is for, possibly empty
 * @param createdAt when it was created, an ISO-8601 UTC instant
 */
public record ProjectRecord(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("name") @NotBlank String name,
        @JsonProperty("description") @NotNull String description,
        @JsonProperty("created_at") @NotBlank String createdAt) {
}
