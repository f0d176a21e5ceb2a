package io.modellab.assertj.error;

import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.FailureExamples;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Some failure examples carry no failure-mode tag, so nobody has said yet why the model fails on them. */
public class FailureExamplesShouldBeTagged extends BasicErrorMessageFactory {

    /**
     * Creates the message, naming every untagged example by id and the rule that chose it.
     *
     * @param examples the run's failure_examples.json
     */
    public static ErrorMessageFactory failureExamplesShouldBeTagged(FailureExamples examples) {
        return new FailureExamplesShouldBeTagged(examples);
    }

    private FailureExamplesShouldBeTagged(FailureExamples examples) {
        super("%nExpecting every failure example of run %s to carry a failure-mode tag, but %s of its %s examples"
                        + " are untagged:%n  %s", unquotedString(examples.runId()), untagged(examples).size(),
                examples.examples().size(), unquotedString(String.join(", ", untagged(examples))));
    }

    private static List<String> untagged(FailureExamples examples) {
        return examples.examples().stream().filter(e -> e.failureMode() == null || e.failureMode().isBlank())
                .map(FailureExamplesShouldBeTagged::name).toList();
    }

    private static String name(FailureExample e) {
        return e.exampleId() + " (" + e.rule() + ")";
    }
}
