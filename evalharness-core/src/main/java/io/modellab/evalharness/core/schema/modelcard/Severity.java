package io.modellab.evalharness.core.schema.modelcard;

import java.util.Optional;

/** {@code model_quality.warnings[].severity}, most severe first. */
public enum Severity {
    /** Read the numbers with this in mind before trusting them. */
    HIGH,
    /** Worth knowing before using the model. */
    MODERATE,
    /** Context. */
    LOW;

    /** The anchored pattern of the spellings this library writes. */
    public static final String WRITTEN = "^(HIGH|MODERATE|LOW)$";

    /** The severity a file's spelling names, empty when it names none. */
    public static Optional<Severity> parse(String spelling) {
        return Spellings.parse(Severity.class, spelling);
    }

    /** How this library writes it. */
    public String spelling() {
        return name();
    }
}
