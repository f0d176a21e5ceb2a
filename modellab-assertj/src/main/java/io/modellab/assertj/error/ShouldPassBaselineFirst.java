package io.modellab.assertj.error;

import io.modellab.evalharness.core.schema.BaselineCheck;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * An improved run may not claim an improvement: its baseline is missing, unfinished, not a baseline, or on other data
 * (the baseline-first rule).
 */
public class ShouldPassBaselineFirst extends BasicErrorMessageFactory {

    /**
     * Creates the message for a check that is not OK.
     *
     * @param runId the improved run
     * @param file the file the check was read from, e.g. {@code eval_summary.json}
     * @param check its baseline check
     */
    public static ErrorMessageFactory shouldPassBaselineFirst(String runId, String file, BaselineCheck check) {
        return new ShouldPassBaselineFirst("%nExpecting improved run %s to pass the baseline-first rule, but the"
                + " baseline check in its %s is %s:%n  %s", unquotedString(runId), unquotedString(file),
                unquotedString(check.status().name()), unquotedString(check.message()));
    }

    /**
     * Creates the message for an improved run that carries no check at all.
     *
     * @param runId the improved run
     * @param file the file that has no check, e.g. {@code run.json}
     */
    public static ErrorMessageFactory shouldHaveBaselineCheck(String runId, String file) {
        return new ShouldPassBaselineFirst("%nExpecting improved run %s to pass the baseline-first rule, but its %s"
                + " has no baseline check: resolve its baseline (RunRules.resolveBaseline) before evaluating",
                unquotedString(runId), unquotedString(file));
    }

    private ShouldPassBaselineFirst(String format, Object... arguments) {
        super(format, arguments);
    }
}
