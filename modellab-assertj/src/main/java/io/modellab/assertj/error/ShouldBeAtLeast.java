package io.modellab.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A metric, or an end of its confidence interval, is below the bound a test set for it. */
public class ShouldBeAtLeast extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param subject what was compared, naming the metric and the run
     * @param actual its value
     * @param bound the smallest value the test accepts
     * @param evidence the metric's value and confidence interval, or why it has none
     */
    public static ErrorMessageFactory shouldBeAtLeast(String subject, double actual, double bound, String evidence) {
        return new ShouldBeAtLeast(subject, actual, bound, evidence);
    }

    private ShouldBeAtLeast(String subject, double actual, double bound, String evidence) {
        super("%nExpecting %s:%n  %s%nto be at least:%n  %s%n%s", unquotedString(subject), actual, bound,
                unquotedString(evidence));
    }
}
