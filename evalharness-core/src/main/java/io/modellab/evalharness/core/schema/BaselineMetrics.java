package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The baseline's metrics on the same dataset version and split, copied into an improved run's metrics.json.
 *
 * @param runId the baseline run
 * @param model the baseline model's name
 * @param metrics its metrics
 */
public record BaselineMetrics(
        @JsonProperty("run_id") @NotBlank String runId,
        @JsonProperty("model") @NotBlank String model,
        @JsonProperty("metrics") @NotEmpty List<@NotNull @Valid MetricValue> metrics) {

    /** Copies the list. */
    public BaselineMetrics {
        metrics = Lists.copyOf(metrics);
    }
}
