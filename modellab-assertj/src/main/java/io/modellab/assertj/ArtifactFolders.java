package io.modellab.assertj;

import static io.modellab.assertj.error.ShouldBeReadable.shouldBeReadable;

import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.CompareFolder;
import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.InvalidArtifactException;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.io.RunFolder;
import io.modellab.evalharness.core.schema.Comparison;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.LeakageReport;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.RankingPredictions;
import io.modellab.evalharness.core.schema.RegressionPredictions;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.StressReport;
import io.modellab.evalharness.core.schema.Takeaway;
import io.modellab.evalharness.core.schema.TestPredictions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the folders assertions are made on: an eval folder (into an {@link EvalFolder}), a run folder and a compare
 * folder. A folder that is missing, incomplete or breaks its schema fails the test, saying which file and why: there
 * is nothing in it to assert on.
 */
final class ArtifactFolders {

    private static final String EVAL_FOLDER = "an eval folder";

    private ArtifactFolders() {
    }

    /** Every item of the eval folder at {@code evalDir}, following eval_summary.json's pointers. */
    static EvalFolder evalFolder(Path evalDir) {
        Path summaryFile = evalDir.resolve(EvalFolderWriter.SUMMARY);
        if (Files.isDirectory(evalDir) && !Files.exists(summaryFile)
                && Files.exists(evalDir.resolve(EvalFolderWriter.EVAL_DIR).resolve(EvalFolderWriter.SUMMARY))) {
            throw failure(EVAL_FOLDER, evalDir, "it has no " + EvalFolderWriter.SUMMARY
                    + "; it looks like a run folder, whose eval folder is " + evalDir.resolve(EvalFolderWriter.EVAL_DIR));
        }
        return read(EVAL_FOLDER, evalDir, () -> {
            EvalSummary summary = ArtifactReader.read(summaryFile, EvalSummary.class);
            EvalFiles files = summary.files();
            return new EvalFolder(summary,
                    ArtifactReader.read(evalDir.resolve(files.metrics()), MetricsReport.class),
                    ArtifactReader.read(evalDir.resolve(files.confidenceIntervals()), ConfidenceIntervals.class),
                    ArtifactReader.read(evalDir.resolve(files.slices()), SliceReport.class),
                    ArtifactReader.read(evalDir.resolve(files.failureExamples()), FailureExamples.class),
                    takeaway(evalDir.resolve(files.takeaway())),
                    plots(evalDir.resolve(files.plots())),
                    Files.readString(evalDir.resolve(files.repro()), StandardCharsets.UTF_8),
                    files.predictions() == null ? null
                            : ArtifactReader.read(evalDir.resolve(files.predictions()), TestPredictions.class),
                    files.stress() == null ? null
                            : ArtifactReader.read(evalDir.resolve(files.stress()), StressReport.class),
                    files.failureModes() == null ? null
                            : Files.readString(evalDir.resolve(files.failureModes()), StandardCharsets.UTF_8),
                    files.rankings() == null ? null
                            : ArtifactReader.read(evalDir.resolve(files.rankings()), RankingPredictions.class),
                    files.regressionPredictions() == null ? null
                            : ArtifactReader.read(evalDir.resolve(files.regressionPredictions()),
                                    RegressionPredictions.class));
        });
    }

    /** The run.json of the run folder at {@code runDir}. */
    static RunRecord run(Path runDir) {
        return read("a run folder", runDir, () -> ArtifactReader.read(runDir.resolve(RunFolder.RUN), RunRecord.class));
    }

    /** The leakage.json of the run folder at {@code runDir}, or why there is none. */
    static LeakageEvidence leakage(Path runDir) {
        Path file = runDir.resolve(RunFolder.LEAKAGE);
        if (!Files.exists(file)) {
            return new LeakageEvidence(null, "its run folder " + runDir + " has no " + RunFolder.LEAKAGE
                    + ": run the leakage rules (RunRules.checkLeakage) before evaluating");
        }
        return new LeakageEvidence(read("a run folder", runDir, () -> ArtifactReader.read(file, LeakageReport.class)),
                null);
    }

    /** The compare.json of the compare folder at {@code compareDir}. */
    static Comparison comparison(Path compareDir) {
        return read("a compare folder", compareDir,
                () -> ArtifactReader.read(compareDir.resolve(CompareFolder.COMPARISON), Comparison.class));
    }

    private static Takeaway takeaway(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return ArtifactValidator.requireValid(file.getFileName().toString(), new Takeaway(lines));
    }

    /** The images of plots/, each read when its content is asked for, in name order. */
    private static List<Plot> plots(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches(".+\\.(png|svg)")).sorted()
                    .map(f -> new Plot(f.getFileName().toString(), out -> Files.copy(f, out))).toList();
        }
    }

    /** Reading that may fail on I/O. */
    private interface Reading<T> {
        T read() throws IOException;
    }

    private static <T> T read(String what, Path folder, Reading<T> reading) {
        if (!Files.isDirectory(folder)) {
            throw failure(what, folder, Files.exists(folder) ? "it is not a folder" : "it does not exist");
        }
        try {
            return reading.read();
        } catch (InvalidArtifactException e) {
            throw failure(what, folder, e.getMessage());
        } catch (IOException e) {
            throw failure(what, folder, why(e, folder));
        } catch (UncheckedIOException e) {
            throw failure(what, folder, why(e.getCause(), folder));
        }
    }

    private static String why(IOException e, Path folder) {
        if (e instanceof NoSuchFileException missing && missing.getFile() != null) {
            return "it has no " + folder.relativize(Path.of(missing.getFile()));
        }
        return "it cannot be read: " + e;
    }

    private static AssertionError failure(String what, Path folder, String why) {
        return new AssertionError(shouldBeReadable(what, folder, why).create());
    }
}
