package io.modellab.evalharness.core.rules;

import io.modellab.evalharness.core.schema.LeakageCheck;
import io.modellab.evalharness.core.schema.LeakageReport;
import io.modellab.evalharness.core.schema.SchemaVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs leakage rules over a pipeline's record.
 *
 * <pre>{@code
 * LeakageReport report = LeakageChecker.standard().requireNoLeakage(pipeline); // throws LeakageException on FAIL
 * }</pre>
 *
 * @param rules the rules, run in this order
 */
public record LeakageChecker(List<LeakageRule> rules) {

    /** Copies the list. */
    public LeakageChecker {
        rules = List.copyOf(rules);
    }

    /** The four rules of this module: split disjoint, fit on train only, time order, groups on one side. */
    public static LeakageChecker standard() {
        return new LeakageChecker(List.of(new SplitDisjointRule(), new FitOnTrainOnlyRule(), new TimeOrderRule(),
                new GroupSplitRule()));
    }

    /** These rules followed by {@code more} (for example the target-proxy warning of evalharness-metrics). */
    public LeakageChecker with(LeakageRule... more) {
        List<LeakageRule> all = new ArrayList<>(rules);
        all.addAll(List.of(more));
        return new LeakageChecker(all);
    }

    /** Runs every rule and reports them all. */
    public LeakageReport check(PipelineRecord pipeline) {
        List<LeakageCheck> checks = new ArrayList<>();
        for (LeakageRule rule : rules) {
            checks.add(rule.check(pipeline));
        }
        boolean passed = checks.stream().noneMatch(c -> c.status() == LeakageCheck.Status.FAIL);
        return new LeakageReport(SchemaVersion.CURRENT, pipeline.runId(), passed, checks);
    }

    /**
     * Runs every rule and fails hard when one fails.
     *
     * @return the report, when no rule failed
     * @throws LeakageException carrying the report, when one did
     */
    public LeakageReport requireNoLeakage(PipelineRecord pipeline) {
        LeakageReport report = check(pipeline);
        if (!report.passed()) {
            throw new LeakageException(report);
        }
        return report;
    }
}
