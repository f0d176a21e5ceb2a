package io.modellab.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** An eval result built in memory lacks the item an assertion reads (an eval folder on disk always has them all). */
public class ShouldHoldFile extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param runId the evaluated run
     * @param file the eval folder item, e.g. {@code slices.json}
     */
    public static ErrorMessageFactory shouldHoldFile(String runId, String file) {
        return new ShouldHoldFile(runId, file);
    }

    private ShouldHoldFile(String runId, String file) {
        super("%nExpecting the eval result of run %s to hold %s, but it has none", unquotedString(runId),
                unquotedString(file));
    }
}
