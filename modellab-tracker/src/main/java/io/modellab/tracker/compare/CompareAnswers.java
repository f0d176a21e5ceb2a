package io.modellab.tracker.compare;

import io.modellab.evalharness.core.schema.Comparison;
import io.modellab.evalharness.core.schema.RunRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The six answers of spec 4.7.2, one sentence each, generated from the comparison's numbers. "How confident we are"
 * reads the paired intervals of the differences, never the overlap of the two runs' own intervals.
 */
final class CompareAnswers {

    /** Metrics named in "what improved" and "what got worse". */
    private static final int METRICS_NAMED = 5;
    /** Slices named in "which slices shifted". */
    private static final int SLICES_NAMED = 3;
    /** Config keys named in "what changed in config". */
    private static final int KEYS_NAMED = 5;

    private CompareAnswers() {
    }

    static Comparison.Answers of(RunRecord reference, RunRecord candidate, Comparison.Significance significance,
                                 List<Comparison.Delta> deltas, List<Comparison.SliceDelta> slices,
                                 Comparison.FailureDiff failures, List<Comparison.Change> config, double level) {
        String from = text(reference.model()) + " (" + reference.runId() + ")";
        String to = text(candidate.model()) + " (" + candidate.runId() + ")";
        return new Comparison.Answers(
                direction(deltas, true, from, to),
                direction(deltas, false, from, to),
                slicesShifted(slices),
                String.format(Locale.ROOT, "Of the %d rows both runs scored, %d that %s got right are now wrong, %d it"
                        + " got wrong are now right, and %d stay wrong.", significance.pairedRows(),
                        failures.newlyWrong(), from, failures.fixed(), failures.stillWrong()),
                configChanged(config),
                confidence(significance, deltas, level));
    }

    /**
     * The metrics that moved one way: those whose paired interval settles it first, then by the size of the change;
     * at most {@value #METRICS_NAMED}, with how many more there are.
     */
    private static String direction(List<Comparison.Delta> deltas, boolean better, String from, String to) {
        List<Comparison.Delta> moved = deltas.stream().filter(d -> d.delta() != null && d.delta() != 0)
                .filter(d -> ((d.delta() > 0) != RunComparison.SMALLER_IS_BETTER.contains(d.name())) == better)
                .sorted(Comparator.comparing((Comparison.Delta d) -> d.verdict().equals(better ? "better" : "worse") ? 0 : 1)
                        .thenComparingDouble(d -> -Math.abs(d.delta())).thenComparing(Comparison.Delta::name))
                .toList();
        if (moved.isEmpty()) {
            return better ? "No metric improved from " + from + " to " + to + "."
                    : "No metric got worse from " + from + " to " + to + ".";
        }
        List<String> parts = new ArrayList<>();
        for (Comparison.Delta d : moved.subList(0, Math.min(METRICS_NAMED, moved.size()))) {
            parts.add(String.format(Locale.ROOT, "%s %s (%.3f to %.3f%s)", d.name(), signed(d.delta()),
                    d.reference(), d.candidate(), d.verdict().equals("no_clear_change") ? ", not established" : ""));
        }
        String more = moved.size() > METRICS_NAMED ? " and " + (moved.size() - METRICS_NAMED) + " more" : "";
        return (better ? "Improved from " : "Worse from ") + from + " to " + to + ": " + String.join(", ", parts)
                + more + ".";
    }

    /**
     * The slices whose first headline metric moved most. Changes of different metrics are not on one scale (an R² on a
     * narrow target bucket swings by hundreds where its RMSE moves by a few), so one metric ranks them.
     */
    static String slicesShifted(List<Comparison.SliceDelta> slices) {
        String metric = slices.isEmpty() ? null : slices.get(0).metric();
        List<Comparison.SliceDelta> moved = slices.stream().filter(s -> s.metric().equals(metric))
                .filter(s -> s.delta() != null && s.delta() != 0)
                .sorted(Comparator.comparingDouble((Comparison.SliceDelta s) -> -Math.abs(s.delta()))
                        .thenComparing(Comparison.SliceDelta::name).thenComparing(Comparison.SliceDelta::metric))
                .limit(SLICES_NAMED).toList();
        if (moved.isEmpty()) {
            return "No slice defined in both runs shifted.";
        }
        List<String> parts = new ArrayList<>();
        for (Comparison.SliceDelta s : moved) {
            parts.add(String.format(Locale.ROOT, "%s %s (%d rows)", text(s.name()), signed(s.delta()),
                    s.candidateSize()));
        }
        return "The slices whose " + metric + " shifted most: " + String.join("; ", parts) + ".";
    }

    private static String configChanged(List<Comparison.Change> config) {
        if (config.isEmpty()) {
            return "The configuration is the same.";
        }
        List<String> parts = new ArrayList<>();
        for (Comparison.Change c : config.subList(0, Math.min(KEYS_NAMED, config.size()))) {
            parts.add(switch (c.change()) {
                case "added" -> text(c.key()) + " added (" + text(c.candidate()) + ")";
                case "removed" -> text(c.key()) + " removed (was " + text(c.reference()) + ")";
                default -> text(c.key()) + " " + text(c.reference()) + " to " + text(c.candidate());
            });
        }
        String more = config.size() > KEYS_NAMED ? " and " + (config.size() - KEYS_NAMED) + " more" : "";
        return config.size() + (config.size() == 1 ? " config key changed: " : " config keys changed: ")
                + String.join("; ", parts) + more + ".";
    }

    private static String confidence(Comparison.Significance significance, List<Comparison.Delta> deltas,
                                     double level) {
        if (!significance.claimed()) {
            return "No interval is claimed: " + significance.reason() + ".";
        }
        List<String> sure = new ArrayList<>();
        List<String> unsure = new ArrayList<>();
        for (Comparison.Delta d : deltas) {
            if (d.ciLower() == null) {
                continue;
            }
            String part = String.format(Locale.ROOT, "%s %s [%s, %s]", d.name(), signed(d.delta()), signed(d.ciLower()),
                    signed(d.ciUpper()));
            (d.verdict().equals("no_clear_change") ? unsure : sure).add(part);
        }
        String percent = new BigDecimal(Double.toString(level * 100)).stripTrailingZeros().toPlainString();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "Paired bootstrap over the %d rows both runs scored (%d resamples, seed %d, %s%% intervals of the"
                        + " differences): ", significance.pairedRows(), significance.resamples(), significance.seed(),
                percent));
        if (!sure.isEmpty()) {
            s.append("the interval excludes 0 for ").append(String.join(", ", sure));
        }
        if (!unsure.isEmpty()) {
            s.append(sure.isEmpty() ? "" : ", while ").append("it includes 0, so the change is not established, for ")
                    .append(String.join(", ", unsure));
        }
        if (sure.isEmpty() && unsure.isEmpty()) {
            s.append("no metric could be resampled");
        }
        return s.append('.').toString();
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.3f", value);
    }

    /** Text from data, on one line. */
    private static String text(String value) {
        return value == null ? "null" : value.replaceAll("\\s+", " ");
    }
}
