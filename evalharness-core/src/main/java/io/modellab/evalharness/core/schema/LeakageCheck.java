package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of one leakage rule.
 *
 * @param rule the rule's id, e.g. {@code split_disjoint}
 * @param status {@code PASS}, {@code FAIL}, {@code WARN} (reported, does not fail the run) or {@code SKIPPED}
 *     (the pipeline declared nothing the rule could check)
 * @param message what was found, with the numbers
 * @param evidence counts, example keys and columns, keys sorted
 */
public record LeakageCheck(
        @JsonProperty("rule") @NotBlank String rule,
        @JsonProperty("status") @NotNull Status status,
        @JsonProperty("message") @NotBlank String message,
        @JsonProperty("evidence") @NotNull Map<String, Object> evidence) {

    /** A rule's verdict. */
    public enum Status {
        /** Nothing found. */
        @JsonProperty("PASS") PASS,
        /** Leakage found: the run fails. */
        @JsonProperty("FAIL") FAIL,
        /** Suspicious, reported, the run goes on. */
        @JsonProperty("WARN") WARN,
        /** Nothing to check. */
        @JsonProperty("SKIPPED") SKIPPED
    }

    /** Copies the evidence into key order. */
    public LeakageCheck {
        evidence = evidence == null ? null : Collections.unmodifiableMap(new TreeMap<>(evidence));
    }
}
