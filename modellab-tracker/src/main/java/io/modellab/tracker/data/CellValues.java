package io.modellab.tracker.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * What a present cell's text can be read as. The rules are strict so that inference never guesses: no spaces
 * around values, no thousands separators, no {@code NaN} or {@code Infinity} (those are missing tokens if
 * anything), ISO-8601 dates only.
 */
final class CellValues {

    private CellValues() {
    }

    /** {@code true}, {@code false}, {@code yes} or {@code no}, in any letter case. */
    static boolean isBoolean(String s) {
        return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false") || s.equalsIgnoreCase("yes")
                || s.equalsIgnoreCase("no");
    }

    /** An optional sign and decimal digits that fit in a {@code long}. */
    static boolean isInteger(String s) {
        int start = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        if (s.length() == start || s.length() - start > 19) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        try {
            Long.parseLong(s);
            return true;
        } catch (NumberFormatException tooLarge) {
            return false;
        }
    }

    /**
     * The number a decimal literal ({@code -1}, {@code 2.5}, {@code .5}, {@code 1e-3}) stands for, or NaN when
     * the text is not one or its value is not finite.
     */
    static double parseNumber(String s) {
        if (!isDecimal(s)) {
            return Double.NaN;
        }
        double value = Double.parseDouble(s);
        return Double.isFinite(value) ? value : Double.NaN;
    }

    /**
     * Seconds since 1970-01-01T00:00Z of an ISO-8601 date ({@code 2024-03-01}) or date-time
     * ({@code 2024-03-01T12:30}, with optional seconds, fraction and offset; a space may stand for {@code T});
     * a date or date-time without an offset is read as UTC. NaN when the text is none of these.
     */
    static double parseDateTime(String s) {
        if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-' || !Character.isDigit(s.charAt(0))) {
            return Double.NaN;
        }
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE).toEpochDay() * 86_400.0;
            }
            String iso = s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, OffsetDateTime::from,
                    LocalDateTime::from);
            OffsetDateTime time = parsed instanceof OffsetDateTime offset ? offset
                    : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
            return time.toEpochSecond() + time.getNano() / 1e9;
        } catch (DateTimeParseException | IndexOutOfBoundsException notADate) {
            return Double.NaN;
        }
    }

    private static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
