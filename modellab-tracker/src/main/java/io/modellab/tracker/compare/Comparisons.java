package io.modellab.tracker.compare;

import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.CompareFolder;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.schema.Comparison;
import io.modellab.evalharness.plots.html.CompareReports;
import io.modellab.evalharness.core.io.Plot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Compares two runs and writes the comparison's folder ({@link CompareFolder}): compare.json, both runs' ROC curves
 * on one chart (roc_overlay.png, when both have two classes), the compare report compare.html, and notes.md the first
 * time only.
 *
 * <pre>{@code
 * Path folder = Comparisons.write(Path.of("artifacts"), "credit-g-demo", baselineRunId, improvedRunId,
 *         RunComparison.DEFAULTS);
 * }</pre>
 */
public final class Comparisons {

    private Comparisons() {
    }

    /** Compares, writes compare.json and compare.html atomically (replacing earlier ones) and returns the folder. */
    public static Path write(Path artifactsRoot, String project, String referenceRunId, String candidateRunId,
                             RunComparison how) {
        Comparison comparison = how.compare(artifactsRoot, project, referenceRunId, candidateRunId);
        ArtifactValidator.requireValid(CompareFolder.COMPARISON, comparison);
        Path dir = CompareFolder.dir(artifactsRoot, project, referenceRunId, candidateRunId);
        AtomicFiles.write(dir.resolve(CompareFolder.COMPARISON), Json.toBytes(comparison));
        Path notes = dir.resolve(CompareFolder.NOTES);
        if (!Files.exists(notes)) {
            AtomicFiles.write(notes, notesTemplate(comparison).getBytes(StandardCharsets.UTF_8));
        }
        Optional<Plot> overlay = how.rocOverlay(artifactsRoot, project, referenceRunId, candidateRunId);
        if (overlay.isPresent()) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try {
                overlay.get().content().writeTo(png);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot draw the ROC overlay", e);
            }
            AtomicFiles.write(dir.resolve(overlay.get().fileName()), png.toByteArray());
        }
        CompareReports.write(artifactsRoot, project, referenceRunId, candidateRunId);
        return dir;
    }

    private static String notesTemplate(Comparison c) {
        return "# What changed my mind\n\n"
                + "Comparison of " + c.candidate().runId() + " (" + c.candidate().model() + ") with "
                + c.reference().runId() + " (" + c.reference().model() + ").\n\n"
                + "Write here what these numbers changed in what you believe and plan. ModelLab never overwrites this"
                + " file; the compare report shows it.\n";
    }
}
