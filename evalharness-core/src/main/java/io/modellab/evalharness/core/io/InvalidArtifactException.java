package io.modellab.evalharness.core.io;

import java.util.List;

/**
 * An artifact that does not meet its schema: unreadable JSON, a field of the wrong type, or a broken constraint.
 * The message names the artifact and the JSON path of every bad field.
 */
public class InvalidArtifactException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String artifact;
    private final transient List<Violation> violations;

    /**
     * @param artifact the file (or record type) that is invalid
     * @param violations every bad field, at least one
     * @param cause the underlying parse error, or {@code null}
     */
    public InvalidArtifactException(String artifact, List<Violation> violations, Throwable cause) {
        super(message(artifact, violations), cause);
        this.artifact = artifact;
        this.violations = List.copyOf(violations);
    }

    /** The file or record type that is invalid. */
    public String artifact() {
        return artifact;
    }

    /** Every bad field, sorted by path. */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(String artifact, List<Violation> violations) {
        StringBuilder b = new StringBuilder(artifact).append(" is invalid (").append(violations.size())
                .append(violations.size() == 1 ? " problem):" : " problems):");
        for (Violation v : violations) {
            b.append("\n  ").append(v);
        }
        return b.toString();
    }
}
