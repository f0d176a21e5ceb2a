package io.modellab.evalharness.core.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A pipeline's split as row keys, with the structure the split promises to respect.
 *
 * @param train keys of the training rows
 * @param validation keys of the validation rows (may be empty)
 * @param test keys of the test rows
 * @param timeColumn the column that orders rows in time when the split is declared time-ordered, else {@code null}
 * @param groupColumn the column whose groups must each stay on one side, else {@code null}
 */
public record DataSplit(List<String> train, List<String> validation, List<String> test, String timeColumn,
                        String groupColumn) {

    /** Copies the lists. */
    public DataSplit {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
        test = List.copyOf(test);
    }

    /** A train/test split with no time or group structure. */
    public static DataSplit trainTest(List<String> train, List<String> test) {
        return new DataSplit(train, List.of(), test, null, null);
    }

    /** A named part of the split. */
    public record Part(String name, List<String> keys) {
    }

    /** The parts in order train, validation, test (validation included even when empty). */
    public List<Part> parts() {
        return List.of(new Part("train", train), new Part("validation", validation), new Part("test", test));
    }

    /**
     * A SHA-256 over the sorted keys of each part: two runs with the same digest scored the same rows in the same
     * roles, whatever order they listed them in, so their metrics can be compared.
     */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (List<String> part : List.of(train, validation, test)) {
                for (String key : part.stream().sorted().toList()) {
                    sha.update(key.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) '\n');
                }
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
