package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.schema.ColumnPermutationImportance;
import io.modellab.evalharness.core.schema.Degradation;
import io.modellab.evalharness.core.schema.DegradedMetric;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.StressCorruption;
import io.modellab.evalharness.core.schema.StressReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The run report's stress section from stress.json: the clean row, then every corruption above severity 0. */
final class StressSection {

    private StressSection() {
    }

    static RunReportView.Stress view(StressReport stress, Long testRows, List<RunReportView.Image> plots) {
        String method = String.format(Locale.ROOT, "%s, %,d resamples, seed %d, %s level", stress.method(),
                stress.resamples(), stress.seed(), Fmt.percent(stress.confidenceLevel()));
        List<RunReportView.Setting> corruptions = stress.corruptions().stream()
                .map(c -> new RunReportView.Setting(c.name(), describe(c))).toList();
        List<RunReportView.StressRow> rows = new ArrayList<>();
        List<RunReportView.StressCell> clean = stress.metrics().stream().map(m -> new RunReportView.StressCell(
                Fmt.metric(MetricValue.valueOf(stress.clean(), m)), Fmt.UNDEFINED, "")).toList();
        rows.add(new RunReportView.StressRow("none (clean test rows)", "0 %", Fmt.count(testRows), "0", clean));
        for (Degradation row : stress.degradation()) {
            // Severity 0 repeats the clean row (for a shift, on its segment); the JSON keeps it, the page does not.
            if (row.severity() == 0) {
                continue;
            }
            List<RunReportView.StressCell> cells = new ArrayList<>();
            for (String metric : stress.metrics()) {
                DegradedMetric m = row.metric(metric);
                cells.add(m == null ? new RunReportView.StressCell(Fmt.UNDEFINED, Fmt.UNDEFINED, "")
                        : new RunReportView.StressCell(Fmt.metric(m.value()), Fmt.delta(m.delta()),
                                m.ciLower() == null ? "" : "[" + Fmt.delta(m.ciLower()) + ", " + Fmt.delta(m.ciUpper()) + "]"));
            }
            rows.add(new RunReportView.StressRow(row.corruption(), severity(row.severity()), Fmt.count(row.rows()),
                    Fmt.count(row.touched()), cells));
        }
        List<RunReportView.Importance> importance = new ArrayList<>();
        for (ColumnPermutationImportance c : stress.permutationImportance()) {
            importance.add(new RunReportView.Importance(c.column(), Fmt.delta(c.importance()),
                    Fmt.interval(c.ciLower(), c.ciUpper())));
        }
        return new RunReportView.Stress(method, stress.metrics(), corruptions, rows, stress.importanceMetric(),
                importance, plots);
    }

    /** The description and the columns, the first five named. */
    private static String describe(StressCorruption c) {
        List<String> columns = c.columns();
        if (columns.isEmpty()) {
            return c.description();
        }
        String named = String.join(", ", columns.subList(0, Math.min(5, columns.size())));
        return c.description() + " (" + (columns.size() == 1 ? "column " : "columns ") + named
                + (columns.size() > 5 ? " and " + (columns.size() - 5) + " more" : "") + ")";
    }

    /** 0.1 becomes "10 %". */
    private static String severity(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }
}
