package io.modellab.evalharness.core.rules;

import io.modellab.evalharness.core.schema.LeakageCheck;
import io.modellab.evalharness.core.schema.LeakageReport;

/**
 * A run leaked: a held-out row was seen in training, directly or through a fitted step. The message names each
 * failed rule, the run and the evidence; {@link #report()} has all of it.
 */
public class LeakageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient LeakageReport report;

    /** @param report a report with at least one failed check */
    public LeakageException(LeakageReport report) {
        super(message(report));
        this.report = report;
    }

    /** The full report, as written to leakage.json. */
    public LeakageReport report() {
        return report;
    }

    private static String message(LeakageReport report) {
        StringBuilder b = new StringBuilder("leakage in run ").append(report.runId()).append(':');
        for (LeakageCheck check : report.checks()) {
            if (check.status() == LeakageCheck.Status.FAIL) {
                b.append("\n  rule ").append(check.rule()).append(" failed: ").append(check.message());
            }
        }
        return b.toString();
    }
}
