package io.modellab.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * "No leakage" was asserted and there is no leakage report to read it from. A missing report is not a clean one: the
 * rules may never have run.
 */
public class ShouldHaveLeakageReport extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param runId the run
     * @param why where the report was looked for and how to provide it
     */
    public static ErrorMessageFactory shouldHaveLeakageReport(String runId, String why) {
        return new ShouldHaveLeakageReport(runId, why);
    }

    private ShouldHaveLeakageReport(String runId, String why) {
        super("%nExpecting run %s to have no leakage, but there is no leakage report to show it: %s",
                unquotedString(runId), unquotedString(why));
    }
}
