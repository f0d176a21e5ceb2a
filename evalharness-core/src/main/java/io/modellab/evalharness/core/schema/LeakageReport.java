package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * leakage.json, beside run.json: every leakage rule's outcome for one run.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param runId the checked run
 * @param passed whether no rule failed (warnings do not fail)
 * @param checks one outcome per rule, in the order the rules ran
 */
public record LeakageReport(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("run_id") @NotBlank String runId,
        @JsonProperty("passed") @NotNull Boolean passed,
        @JsonProperty("checks") @NotNull List<@NotNull @Valid LeakageCheck> checks) {

    /** Copies the list. */
    public LeakageReport {
        checks = Lists.copyOf(checks);
    }
}
