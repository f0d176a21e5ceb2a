package io.modellab.assertj;

import static io.modellab.assertj.error.ShouldHaveLeakageReport.shouldHaveLeakageReport;
import static io.modellab.assertj.error.ShouldHaveNoLeakage.shouldHaveNoLeakage;

import io.modellab.evalharness.core.schema.LeakageReport;
import java.util.Optional;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A run's leakage report, or why an assertion has none. "No report" never passes as "no leakage": the rules may never
 * have run.
 *
 * @param report the report, or {@code null}
 * @param absence where it was looked for and how to provide it, when there is none
 */
record LeakageEvidence(LeakageReport report, String absence) {

    /** A report given by the test; {@code null} reads as not given. */
    static LeakageEvidence given(LeakageReport report, String whenMissing) {
        return report == null ? new LeakageEvidence(null, whenMissing) : new LeakageEvidence(report, null);
    }

    /** What makes "no leakage" fail for the run, if anything. */
    Optional<ErrorMessageFactory> problem(String runId) {
        if (report == null) {
            return Optional.of(shouldHaveLeakageReport(runId, absence));
        }
        return report.passed() ? Optional.empty() : Optional.of(shouldHaveNoLeakage(report));
    }
}
