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

    /**
     * Any number as read from a file, short: whole below 1,000 keeps four significant digits (28.83, 0.03857),
     * from 1,000 on it is rounded to a whole number (3,269); the undefined mark for {@code null}.
     */
    static String number(Number value) {
        if (value == null) {
            return UNDEFINED;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return String.format(Locale.ROOT, "%,d", value.longValue());
        }
        double v = value.doubleValue();
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** A share as a percentage. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
