package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * latency.json: wall-clock times of a run's stages, kept in the run folder beside (not inside) the eval folder,
 * since times differ on every run and the eval folder's bytes must not.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param runId the timed run
 * @param device where the system ran, e.g. {@code cpu}
 * @param note how to read the figures
 * @param stages every stage at every setting, in the order measured
 * @param plots the plots drawn from these figures, relative to the run folder
 */
public record LatencyReport(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("run_id") @NotBlank String runId,
        @JsonProperty("device") @NotBlank String device,
        @JsonProperty("note") @NotBlank String note,
        @JsonProperty("stages") @NotNull List<@NotNull @Valid LatencyStage> stages,
        @JsonProperty("plots") @NotNull List<@NotBlank String> plots) {

    /** Copies the lists. */
    public LatencyReport {
        stages = Lists.copyOf(stages);
        plots = Lists.copyOf(plots);
    }
}
