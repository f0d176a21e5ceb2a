package io.modellab.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A significant change was asked for, and the comparison has no interval for it: nothing can be claimed. */
public class ShouldHavePairedInterval extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param metric the metric
     * @param referenceRunId the run compared against
     * @param candidateRunId the run compared
     * @param verdict the comparison's verdict on the metric, e.g. {@code not_tested}
     * @param why why there is no interval, as the comparison says
     */
    public static ErrorMessageFactory shouldHavePairedInterval(String metric, String referenceRunId,
                                                               String candidateRunId, String verdict, String why) {
        return new ShouldHavePairedInterval(metric, referenceRunId, candidateRunId, verdict, why);
    }

    private ShouldHavePairedInterval(String metric, String referenceRunId, String candidateRunId, String verdict,
                                     String why) {
        super("%nExpecting the change in %s from run %s to run %s to have a paired bootstrap interval, but the"
                        + " comparison has none (verdict %s): %s", unquotedString(metric),
                unquotedString(referenceRunId), unquotedString(candidateRunId), unquotedString(verdict),
                unquotedString(why));
    }
}
