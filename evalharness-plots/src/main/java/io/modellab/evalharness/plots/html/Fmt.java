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
    static String brief(Number value) {
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

    /** A share as a percentage with one decimal, so that 0.4 % is not shown as 0 %. */
    static String share(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    /** A share in [0, 1] as a {@code <meter>} value. */
    static String meter(double share) {
        return String.format(Locale.ROOT, "%.4f", Math.max(0, Math.min(1, share)));
    }

    /**
     * A measured number: whole numbers with thousands separators, others with six significant digits and no trailing
     * zeros (20.903, 12.0588, 0.46893), very large or small ones in scientific notation.
     */
    static String number(Double value) {
        if (value == null) {
            return UNDEFINED;
        }
        double v = value;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        double magnitude = Math.abs(v);
        if (magnitude >= 1e-4 && magnitude < 1e15) {
            java.math.BigDecimal rounded = new java.math.BigDecimal(v).round(new java.math.MathContext(6))
                    .stripTrailingZeros();
            return String.format(Locale.ROOT, "%,." + Math.max(0, rounded.scale()) + "f", rounded);
        }
        return String.format(Locale.ROOT, "%.4e", v);
    }
}
