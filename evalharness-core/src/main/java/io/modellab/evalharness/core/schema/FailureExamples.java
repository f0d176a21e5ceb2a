package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * failure_examples.json: a stable selection of rows that show where the model fails, and the rules that chose them.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param runId the evaluated run
 * @param rules the selection rules, in the order they were applied
 * @param examples the selected examples, grouped by rule in rule order
 */
public record FailureExamples(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("run_id") @NotBlank String runId,
        @JsonProperty("rules") @NotNull List<@NotNull @Valid FailureRule> rules,
        @JsonProperty("examples") @NotNull List<@NotNull @Valid FailureExample> examples) {

    /** Copies the lists. */
    public FailureExamples {
        rules = Lists.copyOf(rules);
        examples = Lists.copyOf(examples);
    }
}
