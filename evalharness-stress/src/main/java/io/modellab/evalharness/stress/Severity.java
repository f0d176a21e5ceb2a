package io.modellab.evalharness.stress;

/** What a severity means for the number of cells a corruption touches. */
final class Severity {

    private Severity() {
    }

    /** Checks that {@code severity} is a share in [0, 1]. */
    static double require(double severity) {
        if (!(severity >= 0 && severity <= 1)) {
            throw new IllegalArgumentException("severity must be in [0, 1], got " + severity);
        }
        return severity;
    }

    /** How many of {@code eligible} cells a severity touches: the nearest whole number, halves rounded up. */
    static int count(double severity, int eligible) {
        return (int) Math.round(require(severity) * eligible);
    }
}
