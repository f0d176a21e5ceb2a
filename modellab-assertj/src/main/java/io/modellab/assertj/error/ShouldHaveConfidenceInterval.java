package io.modellab.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A test asked for an end of a metric's confidence interval, and the metric has no interval. */
public class ShouldHaveConfidenceInterval extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param subject the metric and whose it is, e.g. {@code recall of run run-...}
     * @param why why there is none, e.g. which metrics do have intervals
     */
    public static ErrorMessageFactory shouldHaveConfidenceInterval(String subject, String why) {
        return new ShouldHaveConfidenceInterval(subject, why);
    }

    private ShouldHaveConfidenceInterval(String subject, String why) {
        super("%nExpecting %s to have a confidence interval, but %s", unquotedString(subject), unquotedString(why));
    }
}
