package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * One named metric value.
 *
 * @param name the metric's name, e.g. {@code roc_auc}
 * @param value the value, or {@code null} when the metric is undefined on these rows (then {@code note} says why)
 * @param averaging how per-class values were combined ({@code binary}, {@code macro}...), {@code null} when not applicable
 * @param note a short remark such as why the value is undefined, or {@code null}
 */
public record MetricValue(
        @JsonProperty("name") @NotBlank String name,
        @JsonProperty("value") @Finite Double value,
        @JsonProperty("averaging") String averaging,
        @JsonProperty("note") String note) {

    /**
     * The value of metric {@code name} in {@code metrics}.
     *
     * @return the value, {@code null} when the metric is absent or undefined
     */
    public static Double valueOf(List<MetricValue> metrics, String name) {
        for (MetricValue m : metrics) {
            if (m.name().equals(name)) {
                return m.value();
            }
        }
        return null;
    }

    /** A defined metric value with no averaging. */
    public static MetricValue of(String name, double value) {
        return new MetricValue(name, value, null, null);
    }
}
