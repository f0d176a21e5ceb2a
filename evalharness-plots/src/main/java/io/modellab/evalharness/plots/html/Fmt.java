package io.modellab.evalharness.plots.html;

import java.util.Locale;

/** Number formats of the pages: {@link Locale#ROOT}, so that a report reads and hashes the same everywhere. */
final class Fmt {

    /** Shown where a value is undefined (null in the JSON). */
    static final String UNDEFINED = "\u2014";

    private Fmt() {
    }

    /** A metric value with three decimals, or the undefined mark. */
    static String metric(Double value) {
        return value == null ? UNDEFINED : String.format(Locale.ROOT, "%.3f", value);
    }

    /** A signed difference with three decimals. */
    static String delta(Double value) {
        return value == null ? UNDEFINED : String.format(Locale.ROOT, "%+.3f", value);
    }

    /** An interval [lower, upper]. */
    static String interval(Double lower, Double upper) {
        return lower == null || upper == null ? UNDEFINED
                : String.format(Locale.ROOT, "%.3f \u2013 %.3f", lower, upper);
    }

    /** A count with thousands separators. */
    static String count(Number value) {
        return value == null ? UNDEFINED : String.format(Locale.ROOT, "%,d", value.longValue());
    }

    /** A share as a percentage. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
