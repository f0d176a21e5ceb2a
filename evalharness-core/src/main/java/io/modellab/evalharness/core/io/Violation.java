package io.modellab.evalharness.core.io;

/**
 * One bad field of an artifact.
 *
 * @param path the field's JSON path, e.g. {@code $.slices[2].sample_size}
 * @param message what was expected
 */
public record Violation(String path, String message) implements Comparable<Violation> {

    @Override
    public int compareTo(Violation other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
