package io.modellab.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.Comparison;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.LatencyReport;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.StressReport;
import io.modellab.evalharness.core.schema.Task;
import io.modellab.templates.retrieval.RankingExperiment;
import io.modellab.tracker.EvalOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ranking demo end to end on the bundled Jargon File, twice with the same seed (200 resamples instead of 1,000
 * to keep the test short; everything else as the demo runs it).
 */
class JargonDemoTest {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final CodeVersion CODE = new CodeVersion("c".repeat(40), false);
    static final EvalOptions OPTIONS = new EvalOptions(200, 0.95, 30, 5, 5, ProgressListener.NONE);

    @TempDir
    static Path dir;

    static RankingExperiment.Result first;
    static RankingExperiment.Result second;

    @BeforeAll
    static void runTheDemoTwiceWithTheSameSeed() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        first = JargonDemo.run(REPO, dir.resolve("first"), 42, CODE, quiet, OPTIONS);
        second = JargonDemo.run(REPO, dir.resolve("second"), 42, CODE, quiet, OPTIONS);
    }

    @Test
    void bothRunsWriteTheWholeEvalFolderAndLatencyBesideIt() throws IOException {
        for (Path eval : List.of(first.baselineEval(), first.improvedEval())) {
            try (Stream<Path> items = Files.list(eval)) {
                assertThat(items.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                        "eval_summary.json", "metrics.json", "confidence_intervals.json", "slices.json",
                        "failure_examples.json", "takeaway.txt", "plots", "repro.md", "rankings.json", "stress.json",
                        "failure_modes.md");
            }
            for (String plot : List.of("metrics_vs_k", "slices_ndcg_at_10", "degradation_ndcg_at_10",
                    "degradation_recall_at_10", "degradation_mrr_at_10")) {
                assertThat(eval.resolve("plots/" + plot + ".png")).isNotEmptyFile();
            }
            assertThat(eval.resolveSibling("recall_vs_latency.png")).isNotEmptyFile();
            LatencyReport latency = ArtifactReader.read(eval.resolveSibling("latency.json"), LatencyReport.class);
            assertThat(latency.stages()).extracting(s -> s.depth()).containsExactly(1, 5, 10, 20, 50, 100);
            assertThat(latency.stages()).allSatisfy(s -> assertThat(s.p95Millis()).isGreaterThanOrEqualTo(s.p50Millis()));
            StressReport stress = ArtifactReader.read(eval.resolve("stress.json"), StressReport.class);
            assertThat(stress.corruptions()).extracting(c -> c.name()).containsExactly("query_typos",
                    "query_dropped_terms", "candidate_depth", "bm25_k1", "bm25_b", "missing_title");
            assertThat(Files.readAllLines(eval.resolve("takeaway.txt"))).hasSize(5);
            assertThat(eval.resolveSibling("report.html")).isNotEmptyFile();
        }
        assertThat(first.comparison()).isNotEmptyFile();
        assertThat(first.projectIndex()).isNotEmptyFile();
    }

    @Test
    void theImprovementBeatsTheBaselineOnNdcgAt10WithAPairedIntervalAboveZero() {
        EvalSummary baseline = ArtifactReader.read(first.baselineEval().resolve("eval_summary.json"), EvalSummary.class);
        EvalSummary improved = ArtifactReader.read(first.improvedEval().resolve("eval_summary.json"), EvalSummary.class);
        assertThat(baseline.task()).isEqualTo(Task.RANKING);
        assertThat(baseline.testRows()).isEqualTo(2306);
        HeadlineMetric base = ndcg10(baseline);
        HeadlineMetric better = ndcg10(improved);
        // Measured: 0.686 (body only) and 0.925 (title^3 + body).
        assertThat(base.value()).isBetween(0.65, 0.72);
        assertThat(better.value()).isBetween(0.90, 0.95);
        assertThat(better.ciLower()).as("the intervals do not overlap").isGreaterThan(base.ciUpper());
        assertThat(improved.baselineCheck().status()).isEqualTo(BaselineCheck.Status.OK);
        RunRecord run = ArtifactReader.read(first.improvedEval().resolveSibling("run.json"), RunRecord.class);
        assertThat(run.status()).isEqualTo(RunStatus.DONE);

        Comparison comparison = ArtifactReader.read(first.comparison().resolveSibling("compare.json"), Comparison.class);
        assertThat(comparison.significance().claimed()).isTrue();
        assertThat(comparison.significance().pairedRows()).isEqualTo(2306);
        Comparison.Delta delta = comparison.metricDeltas().stream().filter(d -> d.name().equals("ndcg@10"))
                .findFirst().orElseThrow();
        assertThat(delta.verdict()).isEqualTo("better");
        assertThat(delta.ciLower()).isGreaterThan(0.2);
    }

    @Test
    void theEvalFoldersAreByteIdenticalForTheSameSeedRunIdsAside() throws IOException {
        DemoFolders.assertSameFolder(first.baselineEval(), second.baselineEval(),
                Map.of(first.baselineRunId(), second.baselineRunId()));
        DemoFolders.assertSameFolder(first.improvedEval(), second.improvedEval(),
                Map.of(first.improvedRunId(), second.improvedRunId(), first.baselineRunId(), second.baselineRunId()));
    }

    @Test
    void everyJsonFileIsValidAgainstItsPublishedSchema() throws IOException {
        Map<String, String> schemaOf = Map.ofEntries(
                Map.entry("eval_summary.json", "eval_summary"),
                Map.entry("metrics.json", "metrics"),
                Map.entry("confidence_intervals.json", "confidence_intervals"),
                Map.entry("slices.json", "slices"),
                Map.entry("failure_examples.json", "failure_examples"),
                Map.entry("rankings.json", "rankings"),
                Map.entry("stress.json", "stress"),
                Map.entry("../run.json", "run"),
                Map.entry("../latency.json", "latency"),
                Map.entry("../../project.json", "project"),
                Map.entry("../../datasets/jargon/sha256-38918493df35/dataset.json", "dataset"));
        for (Path eval : List.of(first.baselineEval(), first.improvedEval())) {
            for (Map.Entry<String, String> e : schemaOf.entrySet()) {
                assertThat(DemoFolders.validate(e.getValue(), eval.resolve(e.getKey()))).as("%s of %s", e.getKey(), eval)
                        .isEmpty();
            }
        }
        assertThat(DemoFolders.validate("compare", first.comparison().resolveSibling("compare.json"))).isEmpty();
    }

    private static HeadlineMetric ndcg10(EvalSummary summary) {
        return summary.headline().stream().filter(h -> h.name().equals("ndcg@10")).findFirst().orElseThrow();
    }
}
