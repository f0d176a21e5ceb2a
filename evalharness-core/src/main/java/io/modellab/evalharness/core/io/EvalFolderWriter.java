package io.modellab.evalharness.core.io;

import io.modellab.evalharness.core.Names;
import io.modellab.evalharness.core.RunIds;
import io.modellab.evalharness.core.schema.EvalFiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes an {@link EvalFolder} to {@code <artifacts-root>/<project>/<run_id>/eval/}, all or nothing.
 *
 * <p>Every record is validated first, and every record must name the same run. The folder is written under a
 * temporary name beside {@code eval/} and renamed into place when complete, so a reader never sees a partial
 * eval folder. An existing eval folder is never overwritten.
 */
public final class EvalFolderWriter {

    /** The eval folder's name inside a run folder. */
    public static final String EVAL_DIR = "eval";

    private EvalFolderWriter() {
    }

    /** Where the eval folder of a run lives. */
    public static Path evalDir(Path artifactsRoot, String project, String runId) {
        return artifactsRoot.resolve(Names.requireSafe("project", project))
                .resolve(RunIds.requireValid(runId))
                .resolve(EVAL_DIR);
    }

    /**
     * Writes the folder.
     *
     * @return the eval folder
     * @throws IllegalArgumentException for an unsafe project or run name, or records of another run
     * @throws InvalidArtifactException when a record breaks its schema; nothing is written then
     * @throws java.io.UncheckedIOException when writing fails or the folder exists; nothing is left behind
     */
    public static Path write(Path artifactsRoot, String project, String runId, EvalFolder folder) {
        Path target = evalDir(artifactsRoot, project, runId);
        EvalFiles files = EvalFiles.STANDARD;
        Map<String, Object> records = Map.of(
                "eval_summary.json", folder.summary(),
                files.metrics(), folder.metrics(),
                files.confidenceIntervals(), folder.confidenceIntervals(),
                files.slices(), folder.slices(),
                files.failureExamples(), folder.failureExamples());
        records.forEach(ArtifactValidator::requireValid);
        ArtifactValidator.requireValid(files.takeaway(), folder.takeaway());
        requireSameRun(runId, folder);
        if (folder.repro() == null || folder.repro().isBlank()) {
            throw new IllegalArgumentException(files.repro() + " must not be empty");
        }
        Set<String> plotNames = new HashSet<>();
        for (Plot plot : folder.plots()) {
            if (!plotNames.add(plot.fileName())) {
                throw new IllegalArgumentException("two plots are named \"" + plot.fileName() + "\"");
            }
        }

        AtomicFiles.createFolder(target, dir -> {
            AtomicFiles.writeDurably(dir.resolve("eval_summary.json"), Json.toBytes(folder.summary()));
            AtomicFiles.writeDurably(dir.resolve(files.metrics()), Json.toBytes(folder.metrics()));
            AtomicFiles.writeDurably(dir.resolve(files.confidenceIntervals()), Json.toBytes(folder.confidenceIntervals()));
            AtomicFiles.writeDurably(dir.resolve(files.slices()), Json.toBytes(folder.slices()));
            AtomicFiles.writeDurably(dir.resolve(files.failureExamples()), Json.toBytes(folder.failureExamples()));
            AtomicFiles.writeDurably(dir.resolve(files.takeaway()), folder.takeaway().toBytes());
            Path plots = Files.createDirectory(dir.resolve(stripSlash(files.plots())));
            for (Plot plot : folder.plots()) {
                ByteArrayOutputStream image = new ByteArrayOutputStream();
                plot.content().writeTo(image);
                AtomicFiles.writeDurably(plots.resolve(plot.fileName()), image.toByteArray());
            }
            String repro = folder.repro().endsWith("\n") ? folder.repro() : folder.repro() + "\n";
            AtomicFiles.writeDurably(dir.resolve(files.repro()), repro.getBytes(StandardCharsets.UTF_8));
        });
        return target;
    }

    private static void requireSameRun(String runId, EvalFolder folder) {
        Map<String, String> ids = Map.of(
                "eval_summary.json", folder.summary().runId(),
                "metrics.json", folder.metrics().runId(),
                "confidence_intervals.json", folder.confidenceIntervals().runId(),
                "slices.json", folder.slices().runId(),
                "failure_examples.json", folder.failureExamples().runId());
        ids.forEach((file, id) -> {
            if (!runId.equals(id)) {
                throw new IllegalArgumentException(file + " is for run " + id + ", not " + runId);
            }
        });
    }

    private static String stripSlash(String dir) {
        return dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
    }
}
