package io.modellab.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A metric where smaller is better (a loss, say), or an end of its interval, is above the bound a test set. */
public class ShouldBeAtMost extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param subject what was compared, naming the metric and the run
     * @param actual its value
     * @param bound the largest value the test accepts
     * @param evidence the metric's value and confidence interval, or why it has none
     */
    public static ErrorMessageFactory shouldBeAtMost(String subject, double actual, double bound, String evidence) {
        return new ShouldBeAtMost(subject, actual, bound, evidence);
    }

    private ShouldBeAtMost(String subject, double actual, double bound, String evidence) {
        super("%nExpecting %s:%n  %s%nto be at most:%n  %s%n%s", unquotedString(subject), actual, bound,
                unquotedString(evidence));
    }
}
