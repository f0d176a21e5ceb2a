package io.modellab.maven;

import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A metric threshold from the POM: {@code roc_auc >= 0.75}, {@code accuracy > 70%}, {@code log_loss <= 0.5}, or on
 * an interval's end, {@code lower(roc_auc) >= 0.70} (or {@code upper(...)}). The interval ends exist for the
 * headline metrics, which have bootstrap intervals. (Not named {@code Gate}: Maven would try to build each
 * {@code <gate>} element of the POM into a class of that simple name in the mojo's package.)
 *
 * @param text the gate as written
 * @param metric the metric's name
 * @param end which number is compared: the value, or an end of its interval
 * @param operator one of {@code >= > <= <}
 * @param threshold the bound, a percentage already divided by 100
 */
public record MetricGate(String text, String metric, End end, String operator, double threshold) {

    /** Which number of a metric a gate compares. */
    public enum End {
        /** The metric's value. */
        VALUE,
        /** The lower end of its interval. */
        LOWER,
        /** The upper end of its interval. */
        UPPER
    }

    private static final Pattern SYNTAX = Pattern.compile(
            "\\s*(?:(lower|upper)\\(\\s*([a-z0-9_@.]+)\\s*\\)|([a-z0-9_@.]+))\\s*(>=|<=|>|<)\\s*([-+]?[0-9]*\\.?[0-9]+)\\s*(%?)\\s*");

    /**
     * Reads a gate.
     *
     * @throws IllegalArgumentException naming the gate and the expected form when it cannot be read
     */
    public static MetricGate parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("gate \"" + text + "\" cannot be read: expected <metric> <op> <number>,"
                    + " e.g. roc_auc >= 0.75, accuracy > 70% or lower(roc_auc) >= 0.70, with op one of >= > <= <");
        }
        End end = m.group(1) == null ? End.VALUE : End.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        String metric = m.group(2) != null ? m.group(2) : m.group(3);
        double number = new BigDecimal(m.group(5)).doubleValue();
        return new MetricGate(text.trim(), metric, end, m.group(4), m.group(6).isEmpty() ? number : number / 100);
    }

    /**
     * Checks the gate against a run's numbers.
     *
     * @return why the gate is missed, or empty when it holds
     * @throws IllegalArgumentException when the run does not report the metric (or its interval): the gate is
     *     misconfigured rather than missed
     */
    public Optional<String> check(EvalSummary summary, MetricsReport metrics) {
        HeadlineMetric headline = summary.headline().stream().filter(h -> h.name().equals(metric)).findFirst()
                .orElse(null);
        Double value;
        String shown;
        if (end == End.VALUE) {
            boolean known = headline != null || metrics.metrics().stream().anyMatch(v -> v.name().equals(metric));
            if (!known) {
                throw new IllegalArgumentException("gate \"" + text + "\": run " + summary.runId()
                        + " reports no metric " + metric + "; it reports " + metrics.metrics().stream()
                        .map(MetricValue::name).toList());
            }
            value = headline != null ? headline.value() : MetricValue.valueOf(metrics.metrics(), metric);
            shown = metric + " is " + format(value) + interval(headline);
        } else {
            if (headline == null) {
                throw new IllegalArgumentException("gate \"" + text + "\": only the headline metrics "
                        + summary.headline().stream().map(HeadlineMetric::name).toList() + " have intervals");
            }
            value = end == End.LOWER ? headline.ciLower() : headline.ciUpper();
            shown = "the " + end.name().toLowerCase(Locale.ROOT) + " end of " + metric + "'s interval is "
                    + format(value) + " (" + metric + " " + format(headline.value()) + interval(headline) + ")";
        }
        if (value == null) {
            return Optional.of(shown + ", so the gate cannot hold");
        }
        boolean holds = switch (operator) {
            case ">=" -> value >= threshold;
            case ">" -> value > threshold;
            case "<=" -> value <= threshold;
            default -> value < threshold;
        };
        return holds ? Optional.empty() : Optional.of(shown);
    }

    private static String interval(HeadlineMetric h) {
        return h == null || h.ciLower() == null ? ""
                : " (interval " + format(h.ciLower()) + " to " + format(h.ciUpper()) + ")";
    }

    private static String format(Double value) {
        return value == null ? "undefined" : String.format(Locale.ROOT, "%.3f", value);
    }
}
