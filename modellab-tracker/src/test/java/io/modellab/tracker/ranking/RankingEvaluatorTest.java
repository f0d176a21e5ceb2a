package io.modellab.tracker.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modellab.evalharness.core.data.Retriever;
import io.modellab.evalharness.core.data.Retriever.ScoredDoc;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.JudgedDoc;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RankedQuery;
import io.modellab.evalharness.core.schema.RankingPredictions;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.core.schema.StressReport;
import io.modellab.evalharness.core.schema.Degradation;
import io.modellab.evalharness.core.schema.Task;
import io.modellab.evalharness.metrics.RankingMetrics;
import io.modellab.evalharness.metrics.RankingQuery;
import io.modellab.tracker.EvalOptions;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.tracker.RunStore;
import io.modellab.evalharness.core.schema.RunEnvironment;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SplitRef;
import io.modellab.evalharness.plots.html.RunReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankingEvaluatorTest {

    static final String RUN = "run-20261123-120000-00000002";
    static final DatasetRef DATA = new DatasetRef("glossary", "sha256-000000000000", "0".repeat(64),
            "data/glossary.csv", 5L);
    static final CodeVersion CODE = new CodeVersion("b".repeat(40), false);
    static final ReproSteps REPRO = new ReproSteps("make install", "make data", "make run", "make eval");
    static final EvalOptions OPTIONS = new EvalOptions(200, 0.95, 2, 5, 5,
            io.modellab.evalharness.core.ProgressListener.NONE);

    @TempDir
    Path root;

    /**
     * Three hand-checked queries:
     * q1 "alpha" judges d1 (2) and d2 (1); the system returns d3 3.0, d2 2.0, d1 2.0 (a tie, listed out of id order),
     * d4 1.0, so d1 ranks 2 and d2 ranks 3. q2 "beta gamma" judges d5 (2), returned first alone. q3 "delta" judges
     * d4 (1), which the system does not return.
     */
    static List<JudgedQuery> queries() {
        return List.of(
                new JudgedQuery("q1", "alpha", Map.of("d1", 2.0, "d2", 1.0)),
                new JudgedQuery("q2", "beta gamma", Map.of("d5", 2.0)),
                new JudgedQuery("q3", "delta", Map.of("d4", 1.0)));
    }

    static Map<String, List<ScoredDoc>> candidates() {
        Map<String, List<ScoredDoc>> c = new LinkedHashMap<>();
        c.put("q1", List.of(new ScoredDoc("d3", 3.0), new ScoredDoc("d2", 2.0), new ScoredDoc("d1", 2.0),
                new ScoredDoc("d4", 1.0)));
        c.put("q2", List.of(new ScoredDoc("d5", 1.0)));
        c.put("q3", List.of(new ScoredDoc("d1", 5.0), new ScoredDoc("d2", 4.0)));
        return c;
    }

    static Map<String, String> titles() {
        return Map.of("d1", "Doc <one>", "d2", "Doc two", "d3", "Doc \"three\" & co", "d4", "Doc four",
                "d5", "Doc five");
    }

    static RankingRequest request(long seed, Retriever retriever) {
        return new RankingRequest("proj", RUN, "toy_bm25", ModelRole.BASELINE, DATA, CODE, seed, queries(),
                candidates(), 4, titles(), Map.of("q1", 3.0, "q2", 50.0, "q3", 500.0), null, null, REPRO, retriever,
                null);
    }

    @Test
    void metricsAreTheMetricsModulesOnTheCompletedListsAndMatchHandComputedValues() {
        EvalFolder folder = new RankingEvaluator(OPTIONS).evaluate(request(42, null)).folder();
        List<MetricValue> metrics = folder.metrics().metrics();

        // The same lists built by hand: ties in id order, fillers to K=100, the unretrieved d4 of q3 last.
        double[] q1Scores = scores(new double[] {3, 2, 2, 1}, 100);
        double[] q1Rel = relevance(new double[] {0, 2, 1, 0}, 100);
        double[] q2Scores = scores(new double[] {1}, 100);
        double[] q2Rel = relevance(new double[] {2}, 100);
        double[] q3Scores = append(scores(new double[] {5, 4}, 100), 4 - 2);
        double[] q3Rel = append(relevance(new double[] {0, 0}, 100), 1);
        List<MetricValue> expected = RankingMetrics.compute(List.of(new RankingQuery("q1", q1Scores, q1Rel),
                new RankingQuery("q2", q2Scores, q2Rel), new RankingQuery("q3", q3Scores, q3Rel)), RankingEvaluator.KS);
        assertThat(metrics).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(metrics.get(i).name()).isEqualTo(expected.get(i).name());
            assertThat(metrics.get(i).value()).as(expected.get(i).name()).isCloseTo(expected.get(i).value(), within(1e-12));
        }

        // By hand: recall@1 = (0 + 1 + 0) / 3; MRR@5 = (1/2 + 1 + 0) / 3; recall@5 = (1 + 1 + 0) / 3;
        // MAP@5 = ((1/2 + 2/3) / 2 + 1 + 0) / 3; NDCG@5 of q1 shares the tie's gain: (1.5/log2(3) + 1.5/log2(4)) /
        // (2 + 1/log2(3)).
        assertThat(MetricValue.valueOf(metrics, "recall@1")).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(MetricValue.valueOf(metrics, "mrr@5")).isCloseTo(0.5, within(1e-12));
        assertThat(MetricValue.valueOf(metrics, "recall@5")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(MetricValue.valueOf(metrics, "map@5")).isCloseTo(((0.5 + 2.0 / 3) / 2 + 1) / 3, within(1e-12));
        double log3 = Math.log(3) / Math.log(2);
        double ndcgQ1 = (1.5 / log3 + 1.5 / 2) / (2 + 1 / log3);
        assertThat(MetricValue.valueOf(metrics, "ndcg@5")).isCloseTo((ndcgQ1 + 1 + 0) / 3, within(1e-12));

        MetricsReport report = folder.metrics();
        assertThat(report.task()).isEqualTo(Task.RANKING);
        assertThat(report.positiveLabel()).isNull();
        assertThat(report.confusionMatrix()).isNull();
        assertThat(report.rows()).isEqualTo(3);
    }

    @Test
    void intervalsAreSeededDeterministicAndBracketTheirPointEstimates() {
        EvalFolder a = new RankingEvaluator(OPTIONS).evaluate(request(42, null)).folder();
        EvalFolder b = new RankingEvaluator(OPTIONS).evaluate(request(42, null)).folder();
        EvalFolder other = new RankingEvaluator(OPTIONS).evaluate(request(7, null)).folder();

        assertThat(a.confidenceIntervals()).isEqualTo(b.confidenceIntervals());
        assertThat(a.confidenceIntervals().seed()).isEqualTo(42);
        assertThat(a.confidenceIntervals().intervals()).extracting(ConfidenceInterval::metric)
                .contains("ndcg@10", "recall@1", "mrr@100", "map@20");
        ConfidenceInterval ndcg = a.confidenceIntervals().intervals().stream()
                .filter(ci -> ci.metric().equals("ndcg@10")).findFirst().orElseThrow();
        assertThat(ndcg.pointEstimate()).isCloseTo(MetricValue.valueOf(a.metrics().metrics(), "ndcg@10"), within(1e-12));
        assertThat(ndcg.lower()).isLessThanOrEqualTo(ndcg.upper());
        assertThat(other.confidenceIntervals().intervals()).isNotEqualTo(a.confidenceIntervals().intervals());
    }

    @Test
    void slicesBucketQueriesByLengthRelevantDocumentsAndTermDensity() {
        EvalFolder folder = new RankingEvaluator(OPTIONS).evaluate(request(42, null)).folder();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (SliceResult s : folder.slices().slices()) {
            sizes.put(s.name(), Math.toIntExact(s.sampleSize()));
            assertThat(s.definition().kind()).isEqualTo(SliceDefinition.NUMERIC_RANGE);
            assertThat(s.definition().column()).isEqualTo(s.family()).isEqualTo(s.name().substring(0, s.name().indexOf('=')));
        }
        assertThat(sizes).containsOnly(Map.entry("query_terms=1", 2), Map.entry("query_terms=2", 1),
                Map.entry("relevant_documents=1", 2), Map.entry("relevant_documents=2-4", 1),
                Map.entry("term_doc_frequency=<10", 1), Map.entry("term_doc_frequency=10-99", 1),
                Map.entry("term_doc_frequency=100+", 1));
        SliceResult oneTerm = folder.slices().slices().stream().filter(s -> s.name().equals("query_terms=1"))
                .findFirst().orElseThrow();
        // q1 and q3: recall@5 (1 + 0) / 2, and its delta from the overall 2/3.
        assertThat(MetricValue.valueOf(oneTerm.metrics(), "recall@5")).isCloseTo(0.5, within(1e-12));
        assertThat(oneTerm.deltaFromOverall().stream().filter(d -> d.name().equals("recall@5")).findFirst()
                .orElseThrow().delta()).isCloseTo(0.5 - 2.0 / 3, within(1e-12));
        assertThat(oneTerm.belowMinSize()).isFalse();
        // Worst NDCG@10 first: the term_doc_frequency=100+ slice is q3 alone, NDCG 0.
        assertThat(folder.slices().slices().get(0).name()).isEqualTo("term_doc_frequency=100+");
    }

    @Test
    void failureExamplesListTheWorstRankedQueriesWithTopCandidatesTiesByIdAndTags() {
        EvalFolder folder = new RankingEvaluator(OPTIONS).evaluate(request(42, null)).folder();
        List<FailureExample> best = folder.failureExamples().examples().stream()
                .filter(e -> e.rule().equals(RankingFailures.BEST_DOC)).toList();

        assertThat(best).extracting(FailureExample::exampleId).containsExactly("q3", "q1");
        assertThat(best.get(0).failureMode()).isEqualTo("model_representation");
        assertThat(best.get(0).failureModeReason()).startsWith(RankingFailures.NOT_RETRIEVED);
        assertThat(best.get(0).why()).isEqualTo("d4 \"Doc four\" is not among the 2 candidates (depth 4)");
        assertThat(best.get(1).failureMode()).isEqualTo("objective_metric");
        assertThat(best.get(1).failureModeReason()).startsWith(RankingFailures.RANKED_LOW);
        assertThat(best.get(1).prediction())
                .isEqualTo("d3 \"Doc \"three\" & co\"; d1 \"Doc <one>\"; d2 \"Doc two\"");
        assertThat(best.get(1).groundTruth()).isEqualTo("d1 \"Doc <one>\" grade 2 at rank 2; d2 \"Doc two\" grade 1 at rank 3");
        assertThat(best.get(1).why()).isEqualTo("d1 \"Doc <one>\" ranks 2 of 4 candidates");
        assertThat(best.get(1).confidence()).isNull();
        assertThat(best.get(1).features()).containsEntry("query", "alpha").containsEntry("relevant_documents", "2");
        assertThat(folder.failureExamples().rules()).extracting(r -> r.matched()).containsExactly(2L, 2L);
    }

    @Test
    void rankingsRecordEveryRelevantDocumentsRankWithTiesBrokenById() {
        RankingPredictions rankings = new RankingEvaluator(OPTIONS).evaluate(request(42, null)).folder().rankings();
        RankedQuery q1 = rankings.queries().get(0);
        assertThat(q1.topIds()).containsExactly("d3", "d1", "d2", "d4");
        assertThat(q1.judged()).containsExactly(new JudgedDoc("d1", 2.0, 2, 2.0), new JudgedDoc("d2", 1.0, 3, 2.0));
        assertThat(rankings.queries().get(2).judged()).containsExactly(new JudgedDoc("d4", 1.0, null, null));
    }

    @Test
    void theWrittenFolderIsCompleteValidAndByteIdenticalForTheSameSeedWithLatencyOutsideIt() throws IOException {
        Retriever toy = (query, depth) -> {
            // Answers from the fixed lists; a corrupted query finds nothing.
            for (JudgedQuery q : queries()) {
                if (q.text().equals(query)) {
                    List<ScoredDoc> list = candidates().get(q.id());
                    return list.subList(0, Math.min(depth, list.size()));
                }
            }
            return List.of();
        };
        Path a = new RankingEvaluator(OPTIONS).evaluateAndWrite(root.resolve("a"), request(42, toy));
        Path b = new RankingEvaluator(OPTIONS).evaluateAndWrite(root.resolve("b"), request(42, toy));

        try (Stream<Path> items = Files.list(a)) {
            assertThat(items.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("eval_summary.json",
                    "metrics.json", "confidence_intervals.json", "slices.json", "failure_examples.json", "takeaway.txt",
                    "plots", "repro.md", "rankings.json", "stress.json", "failure_modes.md");
        }
        assertThat(a.resolveSibling("latency.json")).isNotEmptyFile();
        assertThat(a.resolveSibling("recall_vs_latency.png")).isNotEmptyFile();
        assertThat(listing(a)).isEqualTo(listing(b));
        for (String file : listing(a)) {
            assertThat(Files.readAllBytes(a.resolve(file))).as(file).isEqualTo(Files.readAllBytes(b.resolve(file)));
        }
        EvalSummary summary = ArtifactReader.read(a.resolve("eval_summary.json"), EvalSummary.class);
        assertThat(summary.task()).isEqualTo(Task.RANKING);
        assertThat(summary.positiveLabel()).isNull();
        assertThat(summary.files().rankings()).isEqualTo("rankings.json");
        assertThat(summary.files().predictions()).isNull();
        assertThat(Files.readAllLines(a.resolve("takeaway.txt"))).hasSize(5);
        assertThat(Files.readString(a.resolve("takeaway.txt"))).contains("The most damaging stress test is");
    }

    @Test
    void stressPairsEachQueryWithItselfWhateverTheRequestsOrder() {
        Retriever toy = (query, depth) -> queries().stream().filter(q -> q.text().equals(query)).findFirst()
                .map(q -> candidates().get(q.id())).map(l -> l.subList(0, Math.min(depth, l.size()))).orElse(List.of());
        List<JudgedQuery> shuffled = List.of(queries().get(2), queries().get(0), queries().get(1));
        RankingRequest request = new RankingRequest("proj", RUN, "toy", ModelRole.BASELINE, DATA, CODE, 42, shuffled,
                candidates(), 4, titles(), null, null, null, REPRO, toy,
                List.of(new SystemShift("same", SystemShift.PARAMETER_SHIFT, "changes nothing", s -> toy)));

        StressReport stress = new RankingEvaluator(OPTIONS).evaluate(request).folder().stress();

        assertThat(stress.degradation()).filteredOn(d -> d.corruption().equals("same")).allSatisfy(d -> {
            assertThat(d.touched()).isZero();
            assertThat(d.metrics()).allSatisfy(m -> {
                assertThat(m.delta()).isZero();
                assertThat(m.ciLower()).isZero();
                assertThat(m.ciUpper()).isZero();
            });
        });
        // Depth 4 / 2^4 = 0.25 rounds to 1 candidate at 40 %: q1 loses its relevant documents (ranked 2 and 3).
        Degradation shallow = stress.degradation().stream()
                .filter(d -> d.corruption().equals(RankingStress.DEPTH) && d.severity() == 0.4).findFirst().orElseThrow();
        assertThat(shallow.touched()).isEqualTo(2);
        assertThat(shallow.metric("recall@10").delta()).isCloseTo(-1.0 / 3, within(1e-12));
    }

    @Test
    void theRunReportRendersARankingFolderWithEveryTitleEscaped() {
        new RankingEvaluator(OPTIONS).evaluateAndWrite(root, request(42, null));
        new RunStore(root).save(new RunRecord(SchemaVersion.CURRENT, RUN, "proj", "toy_bm25", ModelRole.BASELINE,
                RunStatus.DONE, null, 42L, CODE, DATA, new SplitRef("none", "1".repeat(64)), null, null, Map.of(),
                new RunTimings("2026-11-23T12:00:00Z", "2026-11-23T12:00:01Z", 1000L), RunEnvironment.current("test")));

        String html = RunReports.render(RunReports.read(root, "proj", RUN));

        assertThat(html).contains("ndcg@10").contains("query_terms=1").contains("Doc &lt;one&gt;")
                .contains("model_representation").contains("<dt>Queries</dt>").doesNotContain("Doc <one>").doesNotContain("\" & co").contains("&amp; co");
    }

    @Test
    void badRequestsAreRefusedNamingTheQuery() {
        Map<String, List<ScoredDoc>> missing = new LinkedHashMap<>(candidates());
        missing.remove("q2");
        assertThatThrownBy(() -> new RankingRequest("proj", RUN, "m", ModelRole.BASELINE, DATA, CODE, 1, queries(),
                missing, 4, null, null, null, null, REPRO, null, null))
                .hasMessageContaining("query q2 has no candidate list");
        Map<String, List<ScoredDoc>> twice = new LinkedHashMap<>(candidates());
        twice.put("q2", List.of(new ScoredDoc("d5", 1), new ScoredDoc("d5", 0.5)));
        assertThatThrownBy(() -> new RankingRequest("proj", RUN, "m", ModelRole.BASELINE, DATA, CODE, 1, queries(),
                twice, 4, null, null, null, null, REPRO, null, null))
                .hasMessageContaining("query q2 lists document d5 twice");
        assertThatThrownBy(() -> new JudgedQuery("q9", "x", Map.of("d1", 0.0)))
                .hasMessageContaining("query q9, document d1: relevance 0.0");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    /** Scores padded to {@code length} with non-relevant fillers scored one below the last candidate. */
    private static double[] scores(double[] head, int length) {
        double[] out = new double[Math.max(length, head.length)];
        System.arraycopy(head, 0, out, 0, head.length);
        for (int i = head.length; i < out.length; i++) {
            out[i] = head[head.length - 1] - 1;
        }
        return out;
    }

    /** Relevance padded with zeros. */
    private static double[] relevance(double[] head, int length) {
        double[] out = new double[Math.max(length, head.length)];
        System.arraycopy(head, 0, out, 0, head.length);
        return out;
    }

    private static double[] append(double[] head, double value) {
        double[] out = new double[head.length + 1];
        System.arraycopy(head, 0, out, 0, head.length);
        out[head.length] = value;
        return out;
    }
}
