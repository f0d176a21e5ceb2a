package io.modellab.tracker.data;

import io.modellab.evalharness.core.schema.DatasetProvenance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CSV files a source stands for: the file itself, or the {@code *.csv} files directly in a folder, in name
 * order (the order their rows are numbered in), each named relative to the project folder.
 *
 * @param kind file or folder
 * @param source the source, relative to the project folder, with {@code /} separators
 * @param files the files, in order
 */
record CsvSource(DatasetProvenance.Kind kind, String source, List<File> files) {

    /**
     * One file.
     *
     * @param path where it is
     * @param name its name inside its folder
     * @param relative where it is relative to the project folder, as dataset.json and errors name it
     */
    record File(Path path, String name, String relative) {
    }

    /**
     * The files of {@code source}.
     *
     * @param projectDir the folder paths are recorded relative to
     * @throws IllegalArgumentException when the source does not exist, or is a folder without CSV files
     */
    static CsvSource of(Path source, Path projectDir) {
        String relative = relative(source, projectDir);
        if (Files.isRegularFile(source)) {
            return new CsvSource(DatasetProvenance.Kind.FILE, relative,
                    List.of(new File(source, source.getFileName().toString(), relative)));
        }
        if (!Files.isDirectory(source)) {
            throw new IllegalArgumentException("dataset source " + relative + " does not exist; expected a CSV file"
                    + " or a folder of CSV files");
        }
        List<File> files;
        try (Stream<Path> children = Files.list(source)) {
            files = children.filter(p -> p.getFileName().toString().endsWith(".csv") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> new File(p, p.getFileName().toString(), relative + "/" + p.getFileName()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list dataset folder " + relative, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("dataset folder " + relative + " holds no .csv file; expected at least one");
        }
        return new CsvSource(DatasetProvenance.Kind.FOLDER, relative, files);
    }

    private static String relative(Path file, Path projectDir) {
        String path;
        try {
            path = projectDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                    .replace('\\', '/');
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dataset source " + file + " cannot be named relative to " + projectDir
                    + " (another drive?): keep datasets inside the project", e);
        }
        if (path.isEmpty()) {
            throw new IllegalArgumentException("the dataset source is the project folder itself; expected a CSV file"
                    + " or a folder of CSV files inside it");
        }
        return path;
    }
}
