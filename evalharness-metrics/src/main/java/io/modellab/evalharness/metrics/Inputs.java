package io.modellab.evalharness.metrics;

/** Checks on the arrays every metric takes. */
final class Inputs {

    private Inputs() {
    }

    /** Refuses arrays of different lengths, naming both. */
    static void requireSameLength(int a, int b) {
        if (a != b) {
            throw new IllegalArgumentException("arrays differ in length: " + a + " and " + b);
        }
    }
}
