package io.modellab.tracker.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of one CSV file, one at a time, parsed by Jackson's CSV module (RFC 4180 quoting, any line ends): the
 * header is checked for empty and repeated names, every row must have the header's number of fields, blank lines
 * are skipped, a UTF-8 byte order mark is dropped. Every problem is a {@link CsvFormatException} naming the file,
 * the line and the column. The bytes read are hashed as they go, so a caller can check that the file it parsed
 * is the file it scanned.
 */
final class CsvRows implements Closeable {

    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\).*");

    private final String name;
    private final CsvParser parser;
    private final MessageDigest sha;
    private final List<String> header;
    private final List<String> fields = new ArrayList<>();
    private long line;
    private long rowStart;

    private CsvRows(String name, CsvParser parser, MessageDigest sha) {
        this.name = name;
        this.parser = parser;
        this.sha = sha;
        this.header = readHeader();
    }

    /**
     * Opens {@code file} and reads its header.
     *
     * @param name the file as errors name it
     * @throws CsvFormatException when the file is empty or its header has an empty or repeated name
     */
    static CsvRows open(Path file, String name) {
        MessageDigest sha = Sha256.newDigest();
        InputStream in = null;
        try {
            in = new BufferedInputStream(new DigestInputStream(Files.newInputStream(file), sha), 1 << 16);
            skipByteOrderMark(in);
            InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            CsvParser parser = (CsvParser) CSV.getFactory().createParser(reader);
            parser.setSchema(CsvSchema.emptySchema());
            return new CsvRows(name, parser, sha);
        } catch (IOException e) {
            closeQuietly(in);
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    /** The header's names, in order. */
    List<String> header() {
        return header;
    }

    /**
     * The next data row, as long as the header; {@code null} after the last.
     *
     * @throws CsvFormatException for a row of another length or broken quoting
     */
    String[] next() {
        while (readRow()) {
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue;
            }
            if (fields.size() < header.size()) {
                int missing = fields.size() + 1;
                throw CsvFormatException.atColumn(name, line, missing, header.get(missing - 1), "the row ends after "
                        + fields(fields.size()) + "; expected " + fields(header.size()) + " as in the header");
            }
            if (fields.size() > header.size()) {
                throw CsvFormatException.atColumn(name, line, header.size() + 1, null, "the row has "
                        + fields(fields.size()) + "; expected " + fields(header.size()) + " as in the header");
            }
            return fields.toArray(String[]::new);
        }
        return null;
    }

    /** The line the row last returned by {@link #next} starts on. */
    long line() {
        return line;
    }

    /** The SHA-256 of the bytes read; the whole file's once {@link #next} has returned {@code null}. */
    String sha256() {
        return HexFormat.of().formatHex(sha.digest());
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + name, e);
        }
    }

    private List<String> readHeader() {
        do {
            if (!readRow()) {
                throw CsvFormatException.atLine(name, 1, "the file is empty; expected a header row");
            }
        } while (fields.size() == 1 && fields.get(0).isEmpty());
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < fields.size(); c++) {
            String column = fields.get(c);
            if (column.isBlank()) {
                throw CsvFormatException.atColumn(name, line, c + 1, null,
                        "the header name is empty; expected a name for every column");
            }
            Integer first = seen.putIfAbsent(column, c + 1);
            if (first != null) {
                throw CsvFormatException.atColumn(name, line, c + 1, column, "the header repeats the name of column "
                        + first + "; expected a unique name for every column");
            }
        }
        return List.copyOf(fields);
    }

    /** Reads one record's fields; false at the end of the file. */
    private boolean readRow() {
        fields.clear();
        JsonToken token = token();
        if (token == null) {
            return false;
        }
        rowStart = parser.currentLocation().getLineNr();
        while ((token = token()) == JsonToken.VALUE_STRING) {
            fields.add(text());
        }
        if (token != JsonToken.END_ARRAY) {
            throw new IllegalStateException("the CSV parser gave " + token + " inside a row of " + name);
        }
        line = rowStart;
        return true;
    }

    private JsonToken token() {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " after line " + rowStart + ": " + e.getMessage(), e);
        }
    }

    private String text() {
        try {
            return parser.getText();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " at line " + rowStart, e);
        }
    }

    /** Jackson's message, said in terms of the row and the field it was reading. */
    private CsvFormatException translate(JsonProcessingException e) {
        int column = fields.size() + 1;
        String columnName = header != null && column <= header.size() ? header.get(column - 1) : null;
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        if (message.startsWith("Missing closing quote")) {
            return CsvFormatException.atColumn(name, rowStart, column, columnName, "the quoted field never ends"
                    + (at == null ? "" : " (the file ends at line " + at.getLineNr() + ")")
                    + "; expected a closing quote");
        }
        Matcher unexpected = UNEXPECTED.matcher(message.lines().findFirst().orElse(""));
        if (unexpected.matches() && at != null) {
            // Jackson's column is one past the character it complains about.
            return CsvFormatException.atColumnAndCharacter(name, at.getLineNr(), column, columnName,
                    at.getColumnNr() - 1L, "unexpected " + CsvFormatException.quote(unexpected.group(1))
                            + " after a closing quote; expected a comma or the end of the line (write a quote"
                            + " inside a quoted field as \"\")");
        }
        return at == null ? CsvFormatException.atLine(name, rowStart, message)
                : CsvFormatException.atCharacter(name, at.getLineNr(), at.getColumnNr(), message);
    }

    private static String fields(int n) {
        return n + (n == 1 ? " field" : " fields");
    }

    private static void skipByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF)) {
            in.reset();
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // Already failing; the first error is the one to report.
            }
        }
    }
}
