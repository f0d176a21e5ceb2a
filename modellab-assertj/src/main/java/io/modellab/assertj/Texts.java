package io.modellab.assertj;

import io.modellab.evalharness.core.schema.MetricValue;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.WritableAssertionInfo;
import org.assertj.core.description.TextDescription;

/** How the assertions write numbers and labels, so every message writes them the same way. */
final class Texts {

    private Texts() {
    }

    /** A confidence level as a percentage: 0.95 is {@code 95%}, 0.975 is {@code 97.5%}. */
    static String percent(double level) {
        return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** An interval as {@code [lower, upper]}, each end written in full as AssertJ writes a double. */
    static String interval(double lower, double upper) {
        return "[" + lower + ", " + upper + "]";
    }

    /** "1 slice" or "3 slices". */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /**
     * Labels an assert reached from {@code parent}: with the parent's description when the test gave it one, so a
     * user's {@code as(...)} carries over as it does through AssertJ's own navigation methods, else with
     * {@code label}.
     *
     * @param parentLabel the label the parent got by default (not from the test), or {@code null}
     */
    static <A extends AbstractAssert<A, ?>> A labelled(A child, WritableAssertionInfo parent, String parentLabel,
                                                       String label) {
        boolean givenByTest = parent.hasDescription() && !parent.descriptionText().equals(parentLabel);
        // "%s" keeps a '%' in a slice name from being read as a format.
        return child.describedAs(new TextDescription("%s", givenByTest ? parent.descriptionText() : label));
    }

    /** The names of some metrics, in their order, for "it reports only" messages. */
    static List<String> names(List<MetricValue> metrics) {
        return metrics.stream().map(MetricValue::name).toList();
    }
}
