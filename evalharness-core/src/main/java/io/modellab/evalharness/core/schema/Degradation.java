package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * One row of the degradation table: a corruption at one severity and what it did to the metrics.
 *
 * @param corruption the corruption's name, as in {@link StressReport#corruptions()}
 * @param severity the share of eligible cells (labels, training rows of a shift) the corruption touched, or for
 *     Gaussian noise its standard deviation as a share of each column's; 0 is the clean data
 * @param rows the rows evaluated (all test rows, or a shift's held-out segment)
 * @param touched the cells (labels, withheld training rows) the corruption changed or reassigned
 * @param metrics the metrics, clean and corrupted, with the paired interval of their difference
 */
public record Degradation(
        @JsonProperty("corruption") @NotBlank String corruption,
        @JsonProperty("severity") @NotNull @DecimalMin("0") @DecimalMax("1") Double severity,
        @JsonProperty("rows") @NotNull @PositiveOrZero Integer rows,
        @JsonProperty("touched") @NotNull @PositiveOrZero Integer touched,
        @JsonProperty("metrics") @NotNull List<@NotNull @Valid DegradedMetric> metrics) {

    /** Copies the list. */
    public Degradation {
        metrics = Lists.copyOf(metrics);
    }

    /** The named metric of this row, or {@code null} when it is absent. */
    public DegradedMetric metric(String name) {
        for (DegradedMetric m : metrics) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }
}
