package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/**
 * The earliest and latest values of a date/time column, as written in the file (dates without a zone are read
 * as UTC to order them).
 *
 * @param min the earliest
 * @param max the latest
 */
public record DateTimeRange(
        @JsonProperty("min") @NotBlank String min,
        @JsonProperty("max") @NotBlank String max) {
}
