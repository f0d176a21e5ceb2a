package io.modellab.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * "No slice regressed" was asserted on a comparison that compared no slice; passing on nothing would hide that.
 */
public class ShouldHaveSliceDeltas extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param referenceRunId the run compared against
     * @param candidateRunId the run compared
     */
    public static ErrorMessageFactory shouldHaveSliceDeltas(String referenceRunId, String candidateRunId) {
        return new ShouldHaveSliceDeltas(referenceRunId, candidateRunId);
    }

    private ShouldHaveSliceDeltas(String referenceRunId, String candidateRunId) {
        super("%nExpecting the comparison of run %s with run %s to compare slices, but it has no slice both runs"
                + " define the same way", unquotedString(candidateRunId), unquotedString(referenceRunId));
    }
}
