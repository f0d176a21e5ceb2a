package io.modellab.tracker.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.modellab.evalharness.core.Names;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.DatasetRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** Reads a CSV file with a header row into a {@link LoadedDataset}. */
public final class CsvDatasets {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private CsvDatasets() {
    }

    /**
     * Reads {@code file}.
     *
     * @param name the dataset's name (a safe name: it may become a folder)
     * @param file the CSV file
     * @param baseDir the folder {@code source} is given relative to, usually the project's root
     * @throws IllegalArgumentException naming the file, row and column of malformed content
     * @throws UncheckedIOException when the file cannot be read
     */
    public static LoadedDataset read(String name, Path file, Path baseDir) {
        Names.requireSafe("dataset", name);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset file " + file, e);
        }
        List<String> header;
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(bytes)) {
            if (!it.hasNext()) {
                throw new IllegalArgumentException(file + " is empty: expected a header row");
            }
            header = header(file, it.next());
            while (it.hasNext()) {
                long line = it.getCurrentLocation().getLineNr();
                String[] cells = it.next();
                if (cells.length != header.size()) {
                    throw new IllegalArgumentException(file + " data row " + (rows.size() + 1) + " (line " + line
                            + ") has " + cells.length + " fields, expected " + header.size() + " as in the header");
                }
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].isEmpty()) {
                        cells[c] = null;
                    }
                }
                rows.add(cells);
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new IllegalArgumentException(file + " is not valid CSV" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset file " + file, e);
        }
        List<String> ids = new ArrayList<>(rows.size());
        for (int i = 1; i <= rows.size(); i++) {
            ids.add(Integer.toString(i));
        }
        String sha256 = sha256(bytes);
        String source = relativeSource(file, baseDir);
        DatasetRef ref = new DatasetRef(name, versionOf(sha256), sha256, source, (long) rows.size());
        return new LoadedDataset(Table.ofRows(header, rows, ids), ref);
    }

    /** The version id of a file with this checksum: {@code sha256-} and its first 12 hex digits. */
    public static String versionOf(String sha256) {
        return "sha256-" + sha256.substring(0, 12);
    }

    /** The SHA-256 of {@code bytes}, lowercase hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String relativeSource(Path file, Path baseDir) {
        try {
            return baseDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                    .toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dataset file " + file + " cannot be named relative to " + baseDir
                    + " (another drive?): keep datasets inside the project", e);
        }
    }

    private static List<String> header(Path file, String[] cells) {
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < cells.length; c++) {
            if (cells[c].isBlank()) {
                throw new IllegalArgumentException(file + " header column " + (c + 1) + " is empty: expected a name");
            }
            if (!seen.add(cells[c])) {
                throw new IllegalArgumentException(file + " header names column \"" + cells[c] + "\" twice");
            }
        }
        return Arrays.asList(cells);
    }
}
