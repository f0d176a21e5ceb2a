package io.modellab.assertj.error;

import io.modellab.evalharness.core.schema.LeakageCheck;
import io.modellab.evalharness.core.schema.LeakageReport;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The run's leakage report has a failed rule: held-out rows leaked into training, or a fit saw them. */
public class ShouldHaveNoLeakage extends BasicErrorMessageFactory {

    /**
     * Creates the message, one line per failed rule with what the rule found.
     *
     * @param report a report that did not pass
     */
    public static ErrorMessageFactory shouldHaveNoLeakage(LeakageReport report) {
        return new ShouldHaveNoLeakage(report);
    }

    private ShouldHaveNoLeakage(LeakageReport report) {
        super("%nExpecting run %s to have no leakage, but %s of its %s leakage rules failed:%n%s",
                unquotedString(report.runId()), failed(report).size(), report.checks().size(),
                unquotedString(lines(report)));
    }

    private static List<LeakageCheck> failed(LeakageReport report) {
        return report.checks().stream().filter(c -> c.status() == LeakageCheck.Status.FAIL).toList();
    }

    private static String lines(LeakageReport report) {
        List<LeakageCheck> failed = failed(report);
        if (failed.isEmpty()) {
            // Only a hand-edited report says "not passed" without a failed rule; say what it does say.
            return "  the report says it did not pass, yet names no failed rule";
        }
        return failed.stream().map(c -> "  " + c.rule() + ": " + c.message())
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
