package io.modellab.assertj.error;

import io.modellab.evalharness.core.MetricDirection;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A metric improved, but the paired bootstrap interval of the change reaches 0 or beyond: the data cannot tell the
 * improvement from noise.
 */
public class ShouldImproveSignificantly extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param interval which interval, e.g. {@code the 95% paired bootstrap interval}
     * @param metric the metric
     * @param referenceRunId the run compared against
     * @param candidateRunId the run compared
     * @param lower the interval's lower end
     * @param upper the interval's upper end
     * @param direction which way the metric gets better
     * @param evidence both values, the delta, the verdict and the paired rows
     */
    public static ErrorMessageFactory shouldImproveSignificantly(String interval, String metric, String referenceRunId,
                                                                 String candidateRunId, double lower, double upper,
                                                                 MetricDirection direction, String evidence) {
        return new ShouldImproveSignificantly(interval, metric, referenceRunId, candidateRunId, lower, upper, direction,
                evidence);
    }

    private ShouldImproveSignificantly(String interval, String metric, String referenceRunId, String candidateRunId,
                                       double lower, double upper, MetricDirection direction, String evidence) {
        super("%nExpecting %s of the change in %s from run %s to run %s:%n  [%s, %s]%nto lie entirely %s 0 (%s),"
                        + " but it does not%n%s", unquotedString(interval), unquotedString(metric),
                unquotedString(referenceRunId), unquotedString(candidateRunId), lower, upper,
                unquotedString(direction == MetricDirection.HIGHER_IS_BETTER ? "above" : "below"),
                unquotedString(direction.toString()), unquotedString(evidence));
    }
}
