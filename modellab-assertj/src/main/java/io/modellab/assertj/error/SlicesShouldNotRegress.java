package io.modellab.assertj.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Some slices got worse from the reference run to the candidate by more than the test allows. */
public class SlicesShouldNotRegress extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param maxWorsening the largest change for the worse the test allows
     * @param referenceRunId the run compared against
     * @param candidateRunId the run compared
     * @param compared how many slice metrics were compared
     * @param regressions one line per slice metric that got worse by more: slice, metric, both values, delta, sizes
     */
    public static ErrorMessageFactory slicesShouldNotRegress(double maxWorsening, String referenceRunId,
                                                             String candidateRunId, int compared,
                                                             List<String> regressions) {
        return new SlicesShouldNotRegress(maxWorsening, referenceRunId, candidateRunId, compared, regressions);
    }

    private SlicesShouldNotRegress(double maxWorsening, String referenceRunId, String candidateRunId, int compared,
                                   List<String> regressions) {
        super("%nExpecting no slice to get worse by more than:%n  %s%nfrom run %s to run %s, but %s of the %s slice"
                        + " metrics compared did:%n%s", maxWorsening, unquotedString(referenceRunId),
                unquotedString(candidateRunId), regressions.size(), compared,
                unquotedString(String.join(System.lineSeparator(), regressions)));
    }
}
