package io.modellab.evalharness.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an artifact file into its record and validates it.
 *
 * <pre>{@code
 * MetricsReport metrics = ArtifactReader.read(evalDir.resolve("metrics.json"), MetricsReport.class);
 * }</pre>
 */
public final class ArtifactReader {

    private ArtifactReader() {
    }

    /**
     * Reads and validates one file.
     *
     * @throws InvalidArtifactException naming the file and the JSON path of every bad field
     * @throws UncheckedIOException when the file cannot be read
     */
    public static <T> T read(Path file, Class<T> type) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return parse(bytes, type, file.toString());
    }

    /**
     * Parses and validates JSON bytes.
     *
     * @param source how to name the input in errors
     * @throws InvalidArtifactException naming {@code source} and the JSON path of every bad field
     */
    public static <T> T parse(byte[] json, Class<T> type, String source) {
        ProblemCollector collector = new ProblemCollector();
        T value;
        try {
            value = Json.mapper().readerFor(type).withHandler(collector).readValue(json);
        } catch (JsonMappingException e) {
            List<Violation> problems = new ArrayList<>(collector.problems());
            problems.add(new Violation(jsonPath(e.getPath()), firstLine(e.getOriginalMessage())));
            throw new InvalidArtifactException(source, sorted(problems), e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidArtifactException(source, List.of(new Violation("$",
                    "not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()))), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        // A value of the wrong type was read as null: report the type, not also "must not be null".
        List<Violation> problems = new ArrayList<>(collector.problems());
        Set<String> typed = new HashSet<>();
        problems.forEach(v -> typed.add(v.path()));
        for (Violation v : ArtifactValidator.violations(value)) {
            if (!typed.contains(v.path())) {
                problems.add(v);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidArtifactException(source, sorted(problems), null);
        }
        return value;
    }

    private static List<Violation> sorted(List<Violation> violations) {
        return violations.stream().distinct().sorted().toList();
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder b = new StringBuilder("$");
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                b.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable value";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
