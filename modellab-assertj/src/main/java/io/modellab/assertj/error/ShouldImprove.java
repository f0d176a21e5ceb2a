package io.modellab.assertj.error;

import io.modellab.evalharness.core.MetricDirection;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A metric did not move in its better direction from the reference run to the candidate. */
public class ShouldImprove extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param metric the metric
     * @param referenceRunId the run compared against
     * @param candidateRunId the run compared
     * @param direction which way the metric gets better
     * @param reference its value in the reference run, {@code null} when undefined there
     * @param candidate its value in the candidate run, {@code null} when undefined there
     * @param evidence the delta, its paired interval and the verdict
     */
    public static ErrorMessageFactory shouldImprove(String metric, String referenceRunId, String candidateRunId,
                                                    MetricDirection direction, Double reference, Double candidate,
                                                    String evidence) {
        return new ShouldImprove(metric, referenceRunId, candidateRunId, direction, reference, candidate, evidence);
    }

    private ShouldImprove(String metric, String referenceRunId, String candidateRunId, MetricDirection direction,
                          Double reference, Double candidate, String evidence) {
        super("%nExpecting %s to improve from run %s to run %s (%s), but it went from:%n  %s%nto:%n  %s%n%s",
                unquotedString(metric), unquotedString(referenceRunId), unquotedString(candidateRunId),
                unquotedString(direction.toString()), reference, candidate, unquotedString(evidence));
    }
}
