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
     * @param family the slice family the check was restricted to, or {@code null}
     */
    public static ErrorMessageFactory shouldHaveSliceDeltas(String referenceRunId, String candidateRunId,
                                                           String family) {
        return new ShouldHaveSliceDeltas(referenceRunId, candidateRunId, family);
    }

    private ShouldHaveSliceDeltas(String referenceRunId, String candidateRunId, String family) {
        super("%nExpecting the comparison of run %s with run %s to compare slices%s, but it has no slice both runs"
                + " define the same way%s", unquotedString(candidateRunId), unquotedString(referenceRunId),
                unquotedString(family == null ? "" : " in family " + family),
                unquotedString(family == null ? "" : " in that family"));
    }
}
