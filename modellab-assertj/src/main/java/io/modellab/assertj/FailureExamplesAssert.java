package io.modellab.assertj;

import static io.modellab.assertj.error.FailureExamplesShouldBeTagged.failureExamplesShouldBeTagged;

import io.modellab.evalharness.core.schema.FailureExamples;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a run's failure examples (failure_examples.json).
 *
 * <pre>{@code
 * assertThat(eval).failureExamples().allTagged();
 * }</pre>
 */
public class FailureExamplesAssert extends AbstractAssert<FailureExamplesAssert, FailureExamples> {

    FailureExamplesAssert(FailureExamples actual) {
        super(actual, FailureExamplesAssert.class);
    }

    /**
     * Verifies that every failure example carries a failure-mode tag, i.e. someone has said why the model fails on it.
     * A run without failure examples passes.
     *
     * @return this assert
     * @throws AssertionError naming every untagged example by id and the rule that chose it
     */
    public FailureExamplesAssert allTagged() {
        isNotNull();
        if (actual.examples().stream().anyMatch(e -> e.failureMode() == null || e.failureMode().isBlank())) {
            throw assertionError(failureExamplesShouldBeTagged(actual));
        }
        return myself;
    }
}
