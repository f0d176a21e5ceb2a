package io.modellab.tracker.data;

/**
 * A CSV file that cannot become a dataset version, with where and what was expected: the file, the line (of the
 * header or the record's first line), and the column when one is to blame, e.g.
 * {@code data/train.csv line 3, column 2 ("age"): the row ends after 1 field; expected 3 fields as in the header}.
 */
public final class CsvFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final int column;

    private CsvFormatException(String file, long line, int column, String where, String problem) {
        super(file + " line " + line + where + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** A problem with a whole line, or with no single column to blame. */
    static CsvFormatException atLine(String file, long line, String problem) {
        return new CsvFormatException(file, line, 0, "", problem);
    }

    /** A problem with one field: its 1-based column and, when the header names it, its name. */
    static CsvFormatException atColumn(String file, long line, int column, String name, String problem) {
        return new CsvFormatException(file, line, column,
                ", column " + column + (name == null ? "" : " (" + quote(name) + ")"), problem);
    }

    /** A problem at a character of a line, where no field can be blamed (the text itself is bad). */
    static CsvFormatException atCharacter(String file, long line, long character, String problem) {
        return new CsvFormatException(file, line, 0, ", character " + character, problem);
    }

    /** A problem at a character inside a field the parser could not finish. */
    static CsvFormatException atColumnAndCharacter(String file, long line, int column, String name, long character,
                                                   String problem) {
        return new CsvFormatException(file, line, column, ", column " + column
                + (name == null ? "" : " (" + quote(name) + ")") + ", character " + character, problem);
    }

    /** The file, as named relative to the project folder. */
    public String file() {
        return file;
    }

    /** The 1-based line: of the header, or where the bad record starts. */
    public long line() {
        return line;
    }

    /** The 1-based column (field) to blame, or 0 when no single column is. */
    public int column() {
        return column;
    }

    /** A value for a message: in double quotes, control characters escaped, cut after 80 characters. */
    static String quote(String value) {
        StringBuilder b = new StringBuilder("\"");
        int shown = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (shown++ == 80) {
                b.append('\u2026');
                break;
            }
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
