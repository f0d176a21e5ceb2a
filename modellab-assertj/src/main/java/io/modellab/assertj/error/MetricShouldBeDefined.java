package io.modellab.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A metric is reported but has no value on these rows (ROC-AUC on rows of one class, say), so no bound can hold. */
public class MetricShouldBeDefined extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param subject the metric and whose it is, e.g. {@code roc_auc of run run-...}
     * @param note why it is undefined, as the file says, or {@code null}
     */
    public static ErrorMessageFactory metricShouldBeDefined(String subject, String note) {
        return new MetricShouldBeDefined(subject, note);
    }

    private MetricShouldBeDefined(String subject, String note) {
        super("%nExpecting %s to be defined, but it is undefined: %s", unquotedString(subject),
                unquotedString(note == null ? "no reason is given" : note));
    }
}
