package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * One input column of a saved model.
 *
 * @param name the column's name
 * @param type {@code numeric}, {@code categorical} or {@code text}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignatureFeature(
        @JsonProperty("name") @NotBlank String name,
        @JsonProperty("type") @NotNull @Pattern(regexp = "^(numeric|categorical|text)$",
                message = "must be numeric, categorical or text") String type) {
}
