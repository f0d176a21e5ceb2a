package io.modellab.evalharness.core.schema.modelcard;

import java.util.Locale;
import java.util.Optional;

/**
 * How the card's enumerated values are recognised whatever their spelling in a file: {@code ColumnType.SET},
 * {@code set}, {@code Set} and {@code SET} are the same value. The records keep the spelling as written, so a value
 * this library does not know survives a read and a write unchanged.
 */
final class Spellings {

    private Spellings() {
    }

    /** The constant of {@code type} that {@code spelling} names, ignoring case and any {@code Prefix.}. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String spelling) {
        if (spelling == null) {
            return Optional.empty();
        }
        String name = spelling.substring(spelling.lastIndexOf('.') + 1).trim()
                .replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
