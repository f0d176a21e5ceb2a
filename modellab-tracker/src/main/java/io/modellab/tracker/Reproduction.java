package io.modellab.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks that a run was reproduced: the files of two eval folders are byte-identical once each run id is replaced
 * by the run id it stands for in the other folder.
 */
public final class Reproduction {

    private Reproduction() {
    }

    /**
     * The relative paths of the files that differ between two eval folders (missing on one side counts as
     * differing), after replacing every occurrence of the keys of {@code sameRuns} in {@code reproduced} by their
     * values; empty when the reproduction is exact.
     *
     * @param original the eval folder of the original run
     * @param reproduced the eval folder of the run that repeated it
     * @param sameRuns run ids of the reproduction mapped to the original run ids they repeat
     */
    public static List<String> differences(Path original, Path reproduced, Map<String, String> sameRuns) {
        TreeSet<String> paths = new TreeSet<>(files(original));
        paths.addAll(files(reproduced));
        List<String> differing = new ArrayList<>();
        for (String path : paths) {
            Path a = original.resolve(path);
            Path b = reproduced.resolve(path);
            if (!Files.isRegularFile(a) || !Files.isRegularFile(b) || !Arrays.equals(read(a), rewrite(read(b), sameRuns))) {
                differing.add(path);
            }
        }
        return differing;
    }

    private static byte[] rewrite(byte[] bytes, Map<String, String> sameRuns) {
        // ISO-8859-1 maps every byte to one char and back, so binary files (PNG) survive untouched.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        for (Map.Entry<String, String> e : sameRuns.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<String> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
