package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.FailureRule;
import java.util.List;

/**
 * The rules that ran and the examples they picked.
 *
 * @param rules the rules, in order
 * @param examples the examples, grouped by rule in rule order
 */
public record FailureSelection(List<FailureRule> rules, List<FailureExample> examples) {

    /** Copies the lists. */
    public FailureSelection {
        rules = List.copyOf(rules);
        examples = List.copyOf(examples);
    }

    /** How many rows rule {@code name} matched before its limit. */
    public long matched(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).mapToLong(FailureRule::matched).findFirst().orElse(0);
    }
}
