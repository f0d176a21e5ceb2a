package io.modellab.evalharness.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.TestPredictions;
import io.modellab.evalharness.core.schema.Samples;
import io.modellab.evalharness.core.schema.StressReport;
import io.modellab.evalharness.core.schema.Takeaway;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvalFolderWriterTest {

    private static final String P = "credit-g-demo";

    @TempDir
    Path root;

    private void assertNothingWritten() throws IOException {
        try (Stream<Path> left = Files.walk(root)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void writesAllEightItemsAndThePredictionsUnderProjectRunEval() throws IOException {
        Path eval = EvalFolderWriter.write(root, "credit-g-demo", Samples.RUN, Samples.folder());

        assertThat(eval).isEqualTo(root.resolve("credit-g-demo").resolve(Samples.RUN).resolve("eval"));
        try (Stream<Path> files = Files.list(eval)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "eval_summary.json", "metrics.json", "confidence_intervals.json", "slices.json",
                    "failure_examples.json", "takeaway.txt", "plots", "repro.md", "predictions.json");
        }
        assertThat(eval.resolve("plots/roc_curve.png")).hasContent("png");
        assertThat(ArtifactReader.read(eval.resolve("predictions.json"), TestPredictions.class))
                .isEqualTo(Samples.predictions());
        assertThat(eval.resolve("takeaway.txt")).hasContent("One 0.78.\nTwo.\nThree.\nFour.\nFive.");
        assertThat(ArtifactReader.read(eval.resolve("eval_summary.json"), EvalSummary.class)).isEqualTo(Samples.summary());
        assertThat(ArtifactReader.read(eval.resolve("metrics.json"), MetricsReport.class)).isEqualTo(Samples.metrics());
    }

    @Test
    void aFolderWithoutRowsIsWrittenOnlyWhenItsSummarySaysWhy() throws IOException {
        EvalFolder sample = Samples.folder();
        EvalSummary s = sample.summary();
        String reason = "300 rows evaluated on Apache Spark; rows are not written";
        EvalSummary saysWhy = new EvalSummary(s.schemaVersion(), s.project(), s.runId(), s.task(), s.model(), s.role(),
                s.dataset(), s.codeVersion(), s.seed(), s.testRows(), s.positiveLabel(), s.headline(),
                s.baselineRunId(), s.baselineCheck(), EvalFiles.STANDARD.withoutRows(reason), s.keyPlots());
        EvalFolder withoutRows = new EvalFolder(saysWhy, sample.metrics(), sample.confidenceIntervals(),
                sample.slices(), sample.failureExamples(), sample.takeaway(), sample.plots(), sample.repro(), null);
        EvalFolder silent = new EvalFolder(s, sample.metrics(), sample.confidenceIntervals(), sample.slices(),
                sample.failureExamples(), sample.takeaway(), sample.plots(), sample.repro(), null);
        EvalFolder rowsAndReason = new EvalFolder(saysWhy, sample.metrics(), sample.confidenceIntervals(),
                sample.slices(), sample.failureExamples(), sample.takeaway(), sample.plots(), sample.repro(),
                sample.predictions());

        assertThatThrownBy(() -> EvalFolderWriter.write(root, P, Samples.RUN, silent))
                .hasMessage("the eval folder has no predictions.json, rankings.json or regression_predictions.json,"
                        + " and eval_summary.json does not say why (files.rows_not_written)");
        assertThatThrownBy(() -> EvalFolderWriter.write(root, P, Samples.RUN, rowsAndReason))
                .hasMessageContaining("must point to the standard file names");
        assertNothingWritten();

        Path eval = EvalFolderWriter.write(root, P, Samples.RUN, withoutRows);
        try (Stream<Path> files = Files.list(eval)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "eval_summary.json", "metrics.json", "confidence_intervals.json", "slices.json",
                    "failure_examples.json", "takeaway.txt", "plots", "repro.md");
        }
        EvalSummary read = ArtifactReader.read(eval.resolve("eval_summary.json"), EvalSummary.class);
        assertThat(read).isEqualTo(saysWhy);
        assertThat(read.files().predictions()).isNull();
        assertThat(read.files().hasRows()).isFalse();
        assertThat(Files.readString(eval.resolve("eval_summary.json"))).contains("\"rows_not_written\" : \"" + reason);
    }

    @Test
    void aSummaryWithRowsDoesNotMentionRowsNotWritten() throws IOException {
        Path eval = EvalFolderWriter.write(root, P, Samples.RUN, Samples.folder());
        // Files written before rows_not_written existed, and every folder with rows, have the same bytes.
        assertThat(Files.readString(eval.resolve("eval_summary.json"))).doesNotContain("rows_not_written");
    }

    @Test
    void aFolderWithAStressTableWritesStressJsonAndTheSummaryPointsToIt() throws IOException {
        Path eval = EvalFolderWriter.write(root, P, Samples.RUN, Samples.folderWithStress());

        assertThat(ArtifactReader.read(eval.resolve("stress.json"), StressReport.class)).isEqualTo(Samples.stress());
        assertThat(ArtifactReader.read(eval.resolve("eval_summary.json"), EvalSummary.class).files().stress())
                .isEqualTo("stress.json");
        assertThat(eval.resolve("plots/degradation_roc_auc.png")).hasContent("png");
    }

    @Test
    void aSummaryAndAFolderThatDisagreeAboutTheStressTableAreRefused() throws IOException {
        EvalFolder with = Samples.folderWithStress();
        EvalFolder pointsToNothing = new EvalFolder(with.summary(), with.metrics(), with.confidenceIntervals(),
                with.slices(), with.failureExamples(), with.takeaway(), with.plots(), with.repro(), with.predictions());
        EvalFolder plotMissing = new EvalFolder(with.summary(), with.metrics(), with.confidenceIntervals(),
                with.slices(), with.failureExamples(), with.takeaway(), Samples.folder().plots(), with.repro(),
                with.predictions(), with.stress());

        assertThatThrownBy(() -> EvalFolderWriter.write(root, P, Samples.RUN, pointsToNothing))
                .hasMessageContaining("must point to the standard file names");
        assertThatThrownBy(() -> EvalFolderWriter.write(root, P, Samples.RUN, plotMissing))
                .hasMessageContaining("stress.json names plot plots/degradation_roc_auc.png");
        assertNothingWritten();
    }

    @Test
    void aWriterThatFailsMidwayLeavesNothingThatLooksComplete() throws IOException {
        EvalFolder folder = Samples.folder();
        Plot second = new Plot("pr_curve.png", out -> {
            out.write(1);
            throw new IOException("disk full");
        });
        EvalFolder failing = new EvalFolder(folder.summary(), folder.metrics(), folder.confidenceIntervals(),
                folder.slices(), folder.failureExamples(), folder.takeaway(),
                List.of(folder.plots().get(0), second), folder.repro(), folder.predictions());

        assertThatThrownBy(() -> EvalFolderWriter.write(root, "credit-g-demo", Samples.RUN, failing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk full");

        Path runDir = root.resolve("credit-g-demo").resolve(Samples.RUN);
        try (Stream<Path> left = Files.list(runDir)) {
            assertThat(left).as("nothing left in %s", runDir).isEmpty();
        }
    }

    @Test
    void anExistingEvalFolderIsNeverOverwritten() throws IOException {
        Path eval = EvalFolderWriter.write(root, P, Samples.RUN, Samples.folder());
        byte[] before = Files.readAllBytes(eval.resolve("metrics.json"));

        assertThatThrownBy(() -> EvalFolderWriter.write(root, P, Samples.RUN, Samples.folder()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("already exists");
        assertThat(Files.readAllBytes(eval.resolve("metrics.json"))).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", "", "..", ".", "a\\b", "a\nb", "x/../../etc"})
    void unsafeProjectNamesAreRefusedBeforeAnythingIsWritten(String project) throws IOException {
        assertThatThrownBy(() -> EvalFolderWriter.write(root, project, Samples.RUN, Samples.folder()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("project name")
                .hasMessageContaining("is not allowed");
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", "", "datasets", "run-1"})
    void runIdsOutsideTheFormatAreRefused(String runId) throws IOException {
        assertThatThrownBy(() -> EvalFolderWriter.write(root, P, runId, Samples.folder()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("run id");
        assertNothingWritten();
    }

    @Test
    void invalidRecordsAreRefusedBeforeAnythingIsWritten() throws IOException {
        EvalFolder folder = Samples.folder();
        EvalFolder fourSentences = new EvalFolder(folder.summary(), folder.metrics(), folder.confidenceIntervals(),
                folder.slices(), folder.failureExamples(), new Takeaway(List.of("a.", "b.", "c.", "d.")),
                folder.plots(), folder.repro(), folder.predictions());

        assertThatThrownBy(() -> EvalFolderWriter.write(root, P, Samples.RUN, fourSentences))
                .isInstanceOf(InvalidArtifactException.class)
                .hasMessage("takeaway.txt is invalid (1 problem):\n  $.sentences: must hold exactly 5 sentences");
        assertThat(root.resolve(P).resolve(Samples.RUN).resolve("eval")).doesNotExist();
    }

    @Test
    void recordsOfAnotherRunOrProjectAreRefused() throws IOException {
        assertThatThrownBy(() -> EvalFolderWriter.write(root, P, Samples.BASELINE_RUN, Samples.folder()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("eval_summary.json is for run " + Samples.RUN + ", not " + Samples.BASELINE_RUN);
        assertThatThrownBy(() -> EvalFolderWriter.write(root, "other", Samples.RUN, Samples.folder()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("eval_summary.json is for project credit-g-demo, not other");
        assertNothingWritten();
    }

    @Test
    void aSummaryThatPointsAtAPlotNotWrittenIsRefused() throws IOException {
        EvalFolder folder = Samples.folder();
        EvalFolder noPlots = new EvalFolder(folder.summary(), folder.metrics(), folder.confidenceIntervals(),
                folder.slices(), folder.failureExamples(), folder.takeaway(), List.of(), folder.repro(),
                folder.predictions());

        assertThatThrownBy(() -> EvalFolderWriter.write(root, P, Samples.RUN, noPlots))
                .hasMessage("eval_summary.json names key plot plots/roc_curve.png, but the plots are []");
        assertNothingWritten();
    }

    @Test
    void plotNamesAreCheckedToo() {
        assertThatThrownBy(() -> new Plot("../roc.png", out -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plot file name \"../roc.png\" is not allowed");
    }

    @Test
    void atomicFileWriteReplacesTheWholeFileAndLeavesNoTemporarySibling() throws IOException {
        Path file = root.resolve("run.json");
        AtomicFiles.write(file, "old".getBytes());
        AtomicFiles.write(file, "new".getBytes());

        assertThat(file).hasContent("new");
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files).containsExactly(file);
        }
    }
}
