package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.Names;
import io.modellab.evalharness.core.RunIds;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.RunFolder;
import io.modellab.evalharness.core.io.RunLiveness;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.RunRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project index: {@code <project>/index.html}, the run history (spec 5.1): every run of the project, newest
 * first, with its status, model, dataset version, seed, commit and first headline metric, linked to its report. A
 * RUNNING run whose process is gone shows as {@value #STALE}, the reason in its status cell's tooltip.
 */
public final class ProjectIndex {

    /** The status shown for a RUNNING run whose process is gone ({@link RunLiveness}). */
    public static final String STALE = "STALE";

    private ProjectIndex() {
    }

    /**
     * What the page shows.
     *
     * @param project the project's name
     * @param runs one row per run, newest first
     */
    public record View(String project, List<Row> runs) {
    }

    /** One run. {@code reportHref} is null when the run has no report (yet). */
    public record Row(String runId, String reportHref, String model, String role, String status, String statusReason,
                      String dataset, String seed, String commit, String metric, String value, String interval,
                      String baselineRunId) {
    }

    /** Reads every run folder of the project, renders the index and writes it atomically; returns its path. */
    public static Path write(Path artifactsRoot, String project) {
        Path projectDir = artifactsRoot.resolve(Names.requireSafe("project", project));
        Path page = projectDir.resolve(RunFolder.PROJECT_INDEX);
        AtomicFiles.write(page, render(view(artifactsRoot, project)).getBytes(StandardCharsets.UTF_8));
        return page;
    }

    /**
     * Writes the index after {@code failure} ended a run, so that the page shows the FAILED run with its reason; a
     * failure to write the page is added to {@code failure} as suppressed rather than thrown in its place.
     */
    public static void writeAfter(RuntimeException failure, Path artifactsRoot, String project) {
        try {
            write(artifactsRoot, project);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** The page of a view. */
    public static String render(View view) {
        return Pages.render("project-index.jte", view);
    }

    /** The runs found under the project's folder; folders that are not run ids (e.g. datasets) are skipped. */
    public static View view(Path artifactsRoot, String project) {
        Path projectDir = artifactsRoot.resolve(Names.requireSafe("project", project));
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> children = Files.list(projectDir)) {
            for (Path dir : children.sorted(Comparator.comparing(Path::toString).reversed()).toList()) {
                String name = dir.getFileName().toString();
                if (!RunIds.FORMAT.matcher(name).matches() || !Files.isRegularFile(dir.resolve(RunFolder.RUN))) {
                    continue;
                }
                rows.add(row(dir, ArtifactReader.read(dir.resolve(RunFolder.RUN), RunRecord.class)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the runs of project " + project + " in " + projectDir, e);
        }
        return new View(project, rows);
    }

    private static Row row(Path runDir, RunRecord run) {
        Path summaryFile = runDir.resolve(EvalFolderWriter.EVAL_DIR).resolve(EvalFolderWriter.SUMMARY);
        String metric = "";
        String value = Fmt.UNDEFINED;
        String interval = Fmt.UNDEFINED;
        if (Files.isRegularFile(summaryFile)) {
            HeadlineMetric first = ArtifactReader.read(summaryFile, EvalSummary.class).headline().get(0);
            metric = first.name();
            value = Fmt.metric(first.value());
            interval = Fmt.interval(first.ciLower(), first.ciUpper());
        }
        boolean hasReport = Files.isRegularFile(runDir.resolve(RunFolder.REPORT));
        // A RUNNING run whose process is gone will never finish: shown as STALE, with the reason.
        String stale = RunLiveness.staleReason(run);
        return new Row(run.runId(), hasReport ? run.runId() + "/" + RunFolder.REPORT : null, run.model(),
                run.role().name().toLowerCase(java.util.Locale.ROOT), stale == null ? run.status().name() : STALE,
                stale == null ? run.statusReason() : "stale: " + stale,
                run.dataset().name() + " " + run.dataset().version(), String.valueOf(run.seed()),
                run.codeVersion().commit().substring(0, 12) + (run.codeVersion().dirty() ? " (dirty)" : ""),
                metric, value, interval, run.baselineRunId());
    }
}
