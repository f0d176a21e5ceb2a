package io.modellab.evalharness.core.schema.modelcard;

import java.util.Optional;

/** {@code model_identification.status}: where training stands. */
public enum CardStatus {
    /** Training finished. */
    DONE,
    /** Training is still running. */
    TRAINING,
    /** Training stopped on an error. */
    FAILED;

    /** The anchored pattern of the spellings this library writes. */
    public static final String WRITTEN = "^(DONE|TRAINING|FAILED)$";

    /** The status a file's spelling names ({@code DONE}, {@code done}...), empty when it names none. */
    public static Optional<CardStatus> parse(String spelling) {
        return Spellings.parse(CardStatus.class, spelling);
    }

    /** How this library writes it. */
    public String spelling() {
        return name();
    }
}
