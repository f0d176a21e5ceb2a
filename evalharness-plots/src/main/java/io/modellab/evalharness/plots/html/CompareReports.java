package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.CompareFolder;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.RunFolder;
import io.modellab.evalharness.core.schema.Comparison;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.SplitRef;
import io.modellab.evalharness.plots.ImageFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The compare report: {@code compare/<reference>--<candidate>/compare.html}, one self-contained page of a
 * compare.json (spec 4.7, 5.1 run compare): the six answers, metric deltas with their paired intervals, slice
 * deltas, failures newly wrong and fixed, config, dataset and file changes, both runs' plots side by side, and the
 * user's notes.
 */
public final class CompareReports {

    private CompareReports() {
    }

    /**
     * What the page shows, formatted.
     *
     * @param comparison the record, for the fields shown as they are
     * @param reference the reference run's header
     * @param candidate the candidate run's header
     * @param significance how sure the deltas are, in a sentence
     * @param answers the six answers, as (question, answer) pairs
     * @param metrics metric deltas
     * @param slices slice deltas
     * @param overlay both runs' ROC curves on one chart, as a data URI, or null
     * @param plots plots both runs have, side by side
     * @param dataset the two runs' dataset versions and splits
     * @param notes the user's notes, as text
     */
    public record View(Comparison comparison, Side reference, Side candidate, String significance, List<Answer> answers,
                       List<MetricRow> metrics, List<SliceRow> slices, String overlay, List<PlotPair> plots,
                       List<DatasetRow> dataset, String notes) {
    }

    /** One run. */
    public record Side(String runId, String model, String role, String baselineRunId, String reportHref) {
    }

    /** One of the six answers. */
    public record Answer(String question, String answer) {
    }

    /** One metric's difference. */
    public record MetricRow(String name, String reference, String candidate, String delta, String interval,
                            String verdict) {
    }

    /** One slice's difference. */
    public record SliceRow(String name, String metric, String sizes, String reference, String candidate, String delta) {
    }

    /** A plot both runs drew. */
    public record PlotPair(String title, String referenceUri, String candidateUri) {
    }

    /** One line of the dataset comparison. */
    public record DatasetRow(String what, String reference, String candidate) {
    }

    /** Reads compare.json, notes.md and both runs' plots, renders the page and writes it atomically. */
    public static Path write(Path artifactsRoot, String project, String referenceRunId, String candidateRunId) {
        Path dir = CompareFolder.dir(artifactsRoot, project, referenceRunId, candidateRunId);
        Comparison comparison = ArtifactReader.read(dir.resolve(CompareFolder.COMPARISON), Comparison.class);
        Path notesFile = dir.resolve(CompareFolder.NOTES);
        String notes = Files.exists(notesFile) ? read(notesFile) : "";
        List<PlotPair> plots = new ArrayList<>();
        Path referenceEval = EvalFolderWriter.evalDir(artifactsRoot, project, referenceRunId);
        Path candidateEval = EvalFolderWriter.evalDir(artifactsRoot, project, candidateRunId);
        for (String plot : comparison.reference().plots()) {
            if (comparison.candidate().plots().contains(plot)) {
                String name = plot.substring(plot.lastIndexOf('/') + 1);
                plots.add(new PlotPair(RunReports.plotTitle(name), dataUri(name, referenceEval.resolve(plot)),
                        dataUri(name, candidateEval.resolve(plot))));
            }
        }
        Path overlayFile = dir.resolve(CompareFolder.ROC_OVERLAY);
        String overlay = Files.exists(overlayFile) ? dataUri(CompareFolder.ROC_OVERLAY, overlayFile) : null;
        Path page = dir.resolve(CompareFolder.REPORT);
        AtomicFiles.write(page, render(view(comparison, overlay, plots, notes)).getBytes(StandardCharsets.UTF_8));
        return page;
    }

    /** The page of a view. */
    public static String render(View view) {
        return Pages.render("compare-report.jte", view);
    }

    /** The view of a comparison, its ROC overlay (a data URI, or null), its side-by-side plots and the user's notes. */
    public static View view(Comparison c, String overlay, List<PlotPair> plots, String notes) {
        Comparison.Answers a = c.answers();
        List<Answer> answers = List.of(new Answer("What improved overall", a.whatImproved()),
                new Answer("What got worse", a.whatGotWorse()), new Answer("Which slices shifted", a.slicesShifted()),
                new Answer("Which failures are new", a.newFailures()),
                new Answer("What changed in config", a.configChanged()),
                new Answer("How confident we are", a.howConfident()));
        List<MetricRow> metrics = c.metricDeltas().stream().map(d -> new MetricRow(d.name(), Fmt.metric(d.reference()),
                Fmt.metric(d.candidate()), Fmt.delta(d.delta()), d.ciLower() == null ? Fmt.UNDEFINED
                : "[" + Fmt.delta(d.ciLower()) + ", " + Fmt.delta(d.ciUpper()) + "]", d.verdict().replace('_', ' ')))
                .toList();
        List<SliceRow> slices = c.sliceDeltas().stream().map(s -> new SliceRow(s.name(), s.metric(),
                Fmt.count(s.referenceSize()) + " / " + Fmt.count(s.candidateSize()), Fmt.metric(s.reference()),
                Fmt.metric(s.candidate()), Fmt.delta(s.delta()))).toList();
        Comparison.DatasetDiff d = c.dataset();
        List<DatasetRow> dataset = List.of(
                new DatasetRow("dataset version", version(d.reference()), version(d.candidate())),
                new DatasetRow("SHA-256", d.reference().sha256(), d.candidate().sha256()),
                new DatasetRow("split", split(d.referenceSplit()), split(d.candidateSplit())),
                new DatasetRow("schema changes", "", schemaChanges(d)));
        Comparison.Significance s = c.significance();
        String significance = s.claimed()
                ? String.format(Locale.ROOT, "%s; %s, %,d resamples, seed %d, %s level.", s.reason(), s.method(),
                s.resamples(), s.seed(), Fmt.percent(s.confidenceLevel()))
                : "No interval is claimed: " + s.reason() + ".";
        return new View(c, side(c.reference()), side(c.candidate()), significance, answers, metrics, slices, overlay,
                plots, dataset, notes);
    }

    private static Side side(Comparison.RunSide r) {
        return new Side(r.runId(), r.model(), r.role().name().toLowerCase(Locale.ROOT), r.baselineRunId(),
                "../../" + r.runId() + "/" + RunFolder.REPORT);
    }

    private static String version(DatasetRef ref) {
        return ref.name() + " " + ref.version() + " (" + Fmt.count(ref.rows()) + " rows)";
    }

    private static String schemaChanges(Comparison.DatasetDiff d) {
        if (d.schemaChanges() == null) {
            return "unknown: a dataset version is not stored in the project";
        }
        if (d.schemaChanges().isEmpty()) {
            return "none";
        }
        return d.schemaChanges().stream().map(c -> c.key() + " " + c.change()
                + (c.change().equals("changed") ? " (" + c.reference() + " to " + c.candidate() + ")" : ""))
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    private static String split(SplitRef split) {
        return split.strategy() + ", digest " + split.digest().substring(0, 12);
    }

    private static String dataUri(String name, Path file) {
        try {
            return "data:" + ImageFormat.ofFileName(name).mediaType() + ";base64,"
                    + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plot " + file, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
