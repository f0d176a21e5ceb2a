package io.modellab.evalharness.slicing;

/** A rule that tags a failure example with a failure mode, or passes ({@code null}) to the next rule. */
@FunctionalInterface
public interface FailureTagger {

    /**
     * A tag and why.
     *
     * @param mode the failure mode
     * @param reason why this example gets it, in words (written as {@code failure_mode_reason})
     */
    record Tag(FailureMode mode, String reason) {
        /** Checks the fields. */
        public Tag {
            java.util.Objects.requireNonNull(mode, "mode");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a failure-mode tag needs a reason");
            }
        }
    }

    /** The tag of {@code example}, or {@code null} to leave it to the next rule. */
    Tag tag(FailureCase example);
}
