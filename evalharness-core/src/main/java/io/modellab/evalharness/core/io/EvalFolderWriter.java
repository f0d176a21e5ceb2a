package io.modellab.evalharness.core.io;

import io.modellab.evalharness.core.Names;
import io.modellab.evalharness.core.RunIds;
import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.RegressionPredictions;
import io.modellab.evalharness.core.schema.Takeaway;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an {@link EvalFolder} to {@code <artifacts-root>/<project>/<run_id>/eval/}, all or nothing.
 *
 * <p>Every record is validated first; every record must name the same run, the summary the same project, and its
 * file pointers and key plots (and the stress table's plots) must be the files written; stress.json is written only
 * when the folder has a stress table, and the summary points to it exactly then. A folder has one per-row file
 * (predictions.json, rankings.json or regression_predictions.json), or none when its summary's
 * {@code files.rows_not_written} says why (an evaluation on Spark, whose rows are too many to write). The folder is written under a
 * temporary name beside {@code eval/} and renamed into place when complete, so a reader never sees a partial
 * eval folder. An existing eval folder is never overwritten.
 */
public final class EvalFolderWriter {

    /** The eval folder's name inside a run folder. */
    public static final String EVAL_DIR = "eval";

    private EvalFolderWriter() {
    }

    /** The summary file's name: fixed, since it is how everything else is found. */
    public static final String SUMMARY = "eval_summary.json";

    /** Where the eval folder of a run lives. */
    public static Path evalDir(Path artifactsRoot, String project, String runId) {
        return runDir(artifactsRoot, project, runId).resolve(EVAL_DIR);
    }

    /** Where a run's folder lives: {@code <artifacts-root>/<project>/<run_id>}, both names checked. */
    public static Path runDir(Path artifactsRoot, String project, String runId) {
        return artifactsRoot.resolve(Names.requireSafe("project", project)).resolve(RunIds.requireValid(runId));
    }

    /**
     * Writes the folder.
     *
     * @return the eval folder
     * @throws IllegalArgumentException for an unsafe project or run name, records of another project or run, or a
     *     summary that points at files this folder does not hold
     * @throws InvalidArtifactException when a record breaks its schema; nothing is written then
     * @throws java.io.UncheckedIOException when writing fails or the eval folder exists; no eval folder (not even
     *     a partial one) is left, though the run folder above it may have been created
     */
    public static Path write(Path artifactsRoot, String project, String runId, EvalFolder folder) {
        Path target = evalDir(artifactsRoot, project, runId);
        EvalFiles files = expectedFiles(folder);
        // A list, not a map: problems are reported in the same order every time.
        List<Map.Entry<String, Object>> records = new ArrayList<>(List.of(
                Map.entry(SUMMARY, nonNull(SUMMARY, folder.summary())),
                Map.entry(files.metrics(), nonNull(files.metrics(), folder.metrics())),
                Map.entry(files.confidenceIntervals(), nonNull(files.confidenceIntervals(), folder.confidenceIntervals())),
                Map.entry(files.slices(), nonNull(files.slices(), folder.slices())),
                Map.entry(files.failureExamples(), nonNull(files.failureExamples(), folder.failureExamples())),
                Map.entry(files.takeaway(), nonNull(files.takeaway(), folder.takeaway()))));
        if (files.rankings() != null) {
            records.add(Map.entry(files.rankings(), folder.rankings()));
        } else if (files.regressionPredictions() != null) {
            records.add(Map.entry(files.regressionPredictions(), folder.regressionPredictions()));
        } else if (files.predictions() != null) {
            records.add(Map.entry(files.predictions(), folder.predictions()));
        }
        if (folder.stress() != null) {
            records.add(Map.entry(files.stress(), folder.stress()));
        }
        records.forEach(e -> ArtifactValidator.requireValid(e.getKey(), e.getValue()));
        requireConsistent(project, runId, folder);
        if (folder.repro() == null || folder.repro().isBlank()) {
            throw new IllegalArgumentException(files.repro() + " must not be empty");
        }

        AtomicFiles.createFolder(target, dir -> {
            for (Map.Entry<String, Object> e : records) {
                byte[] bytes = e.getValue() instanceof Takeaway t ? t.toBytes() : Json.toBytes(e.getValue());
                AtomicFiles.writeDurably(dir.resolve(e.getKey()), bytes);
            }
            Path plots = Files.createDirectory(dir.resolve(plotsDir()));
            for (Plot plot : folder.plots()) {
                ByteArrayOutputStream image = new ByteArrayOutputStream();
                plot.content().writeTo(image);
                AtomicFiles.writeDurably(plots.resolve(plot.fileName()), image.toByteArray());
            }
            String repro = folder.repro().endsWith("\n") ? folder.repro() : folder.repro() + "\n";
            AtomicFiles.writeDurably(dir.resolve(files.repro()), repro.getBytes(StandardCharsets.UTF_8));
            if (folder.failureModes() != null) {
                String template = folder.failureModes().endsWith("\n") ? folder.failureModes() : folder.failureModes() + "\n";
                AtomicFiles.writeDurably(dir.resolve(files.failureModes()), template.getBytes(StandardCharsets.UTF_8));
            }
        });
        return target;
    }

    /**
     * A ranking (rankings given) points at rankings.json, a regression (regression predictions given) at
     * regression_predictions.json, a classification (predictions given) at predictions.json, and a folder without
     * rows at none of them, with the summary's {@code rows_not_written} reason; stress.json and failure_modes.md when
     * the folder has them.
     */
    private static EvalFiles expectedFiles(EvalFolder folder) {
        int perRow = (folder.predictions() == null ? 0 : 1) + (folder.rankings() == null ? 0 : 1)
                + (folder.regressionPredictions() == null ? 0 : 1);
        if (perRow > 1) {
            throw new IllegalArgumentException("the eval folder has more than one of predictions.json, "
                    + EvalFiles.RANKINGS + " and " + RegressionPredictions.FILE + "; a classification has the first, a"
                    + " ranking the second, a regression the third");
        }
        EvalFiles files = folder.rankings() != null ? EvalFiles.ranking(folder.stress() != null)
                : folder.regressionPredictions() != null ? EvalFiles.regression(folder.stress() != null)
                : folder.predictions() != null ? EvalFiles.standard(folder.stress() != null)
                : EvalFiles.standard(folder.stress() != null).withoutRows(rowsNotWritten(folder));
        return folder.failureModes() != null ? files.withFailureModes(EvalFiles.FAILURE_MODES) : files;
    }

    /** Why a folder without a per-row file has none, as its summary says; an error when it does not say. */
    private static String rowsNotWritten(EvalFolder folder) {
        String reason = folder.summary() == null ? null : folder.summary().files().rowsNotWritten();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("the eval folder has no " + EvalFiles.STANDARD.predictions() + ", "
                    + EvalFiles.RANKINGS + " or " + RegressionPredictions.FILE + ", and " + SUMMARY
                    + " does not say why (files.rows_not_written)");
        }
        return reason;
    }

    private static Object nonNull(String file, Object record) {
        if (record == null) {
            throw new IllegalArgumentException("the eval folder has no " + file);
        }
        return record;
    }

    private static void requireConsistent(String project, String runId, EvalFolder folder) {
        EvalSummary summary = folder.summary();
        if (!project.equals(summary.project())) {
            throw new IllegalArgumentException(SUMMARY + " is for project " + summary.project() + ", not " + project);
        }
        List<Map.Entry<String, String>> ids = List.of(
                Map.entry(SUMMARY, summary.runId()),
                Map.entry(EvalFiles.STANDARD.metrics(), folder.metrics().runId()),
                Map.entry(EvalFiles.STANDARD.confidenceIntervals(), folder.confidenceIntervals().runId()),
                Map.entry(EvalFiles.STANDARD.slices(), folder.slices().runId()),
                Map.entry(EvalFiles.STANDARD.failureExamples(), folder.failureExamples().runId()),
                Map.entry(EvalFiles.STANDARD.predictions(), folder.predictions() == null ? runId : folder.predictions().runId()),
                Map.entry(EvalFiles.RANKINGS, folder.rankings() == null ? runId : folder.rankings().runId()),
                Map.entry(RegressionPredictions.FILE, folder.regressionPredictions() == null ? runId
                        : folder.regressionPredictions().runId()),
                Map.entry(EvalFiles.STRESS, folder.stress() == null ? runId : folder.stress().runId()));
        for (Map.Entry<String, String> id : ids) {
            if (!runId.equals(id.getValue())) {
                throw new IllegalArgumentException(id.getKey() + " is for run " + id.getValue() + ", not " + runId);
            }
        }
        // A folder without rows matches any task; expectedFiles has checked that its summary says why.
        boolean rowsMatchTask = !summary.files().hasRows() && folder.predictions() == null && folder.rankings() == null
                && folder.regressionPredictions() == null || switch (summary.task()) {
            case BINARY_CLASSIFICATION -> folder.predictions() != null;
            case RANKING -> folder.rankings() != null;
            case REGRESSION -> folder.regressionPredictions() != null;
        };
        if (!rowsMatchTask) {
            throw new IllegalArgumentException(SUMMARY + " says the task is " + summary.task() + ", but the folder's"
                    + " per-row file is not the one of that task (predictions.json for a binary classification, "
                    + EvalFiles.RANKINGS + " for a ranking, " + RegressionPredictions.FILE + " for a regression)");
        }
        EvalFiles standard = expectedFiles(folder);
        if (!standard.equals(summary.files())) {
            throw new IllegalArgumentException(SUMMARY + " must point to the standard file names " + standard
                    + ", not " + summary.files());
        }
        Set<String> written = new HashSet<>();
        for (Plot plot : folder.plots()) {
            if (!written.add(EvalFiles.STANDARD.plots() + plot.fileName())) {
                throw new IllegalArgumentException("two plots are named \"" + plot.fileName() + "\"");
            }
        }
        for (String keyPlot : summary.keyPlots()) {
            if (!written.contains(keyPlot)) {
                throw new IllegalArgumentException(SUMMARY + " names key plot " + keyPlot + ", but the plots are " + written);
            }
        }
        if (folder.stress() != null) {
            for (String plot : folder.stress().plots()) {
                if (!written.contains(plot)) {
                    throw new IllegalArgumentException(EvalFiles.STRESS + " names plot " + plot + ", but the plots are "
                            + written);
                }
            }
        }
    }

    private static String plotsDir() {
        String dir = EvalFiles.STANDARD.plots();
        return dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
    }
}
