package io.modellab.assertj.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A metric was asked for that the run, slice or comparison does not report: usually a misspelt name. */
public class ShouldReportMetric extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param owner what should report it, e.g. {@code run run-...}
     * @param metric the metric asked for
     * @param reported the metrics it does report, in its order
     */
    public static ErrorMessageFactory shouldReportMetric(String owner, String metric, List<String> reported) {
        return new ShouldReportMetric(owner, metric, reported);
    }

    private ShouldReportMetric(String owner, String metric, List<String> reported) {
        // One line, not AssertJ's one name per line: a metric suite has twenty-odd names.
        super("%nExpecting %s to report metric %s, but it reports only:%n  %s", unquotedString(owner), metric,
                unquotedString(String.join(", ", reported)));
    }
}
