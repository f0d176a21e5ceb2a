package io.modellab.evalharness.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.evalharness.core.data.Retriever.ScoredDoc;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.metrics.PoissonBootstrap;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.ranking.JudgedQuery;
import io.modellab.tracker.ranking.RankingEvaluator;
import io.modellab.tracker.ranking.RankingRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark ranking path against the single machine's {@link RankingEvaluator} on the same queries, on
 * {@code local[2]}: 400 queries with tied scores, unretrieved and ungraded documents, queries without a relevant
 * document and without a term frequency.
 */
class SparkRankingEvaluatorTest {

    private static final int QUERIES = 400;
    private static final int DEPTH = 30;
    private static final long SEED = 7;
    private static final String RUN = "run-20261124-020000-0a1b2c3d";
    private static final String PROJECT = "search";
    private static final DatasetRef DATA = new DatasetRef("queries", "v1", "0".repeat(64), "queries.parquet",
            (long) QUERIES);
    private static final CodeVersion CODE = new CodeVersion("0123456789abcdef0123456789abcdef01234567", false);
    private static final ReproSteps REPRO = new ReproSteps("./mvnw -B -q verify", "hdfs dfs -get /data/queries",
            "spark-submit --class Rank app.jar " + ReproSteps.RUN_ID, "spark-submit --class Eval app.jar");
    private static final SparkRun SPARK_RUN = SparkRun.baseline(PROJECT, DATA, CODE, REPRO);
    private static final RankingColumns COLUMNS = RankingColumns.of("query_id", "doc_id", "score", "grade")
            .withQueryText("query").withTermDocFrequency("term_df");
    private static final StructType CANDIDATES = new StructType()
            .add("query_id", DataTypes.StringType, true)
            .add("doc_id", DataTypes.StringType, true)
            .add("score", DataTypes.DoubleType, true);
    private static final StructType JUDGMENTS = new StructType()
            .add("query_id", DataTypes.StringType, true)
            .add("doc_id", DataTypes.StringType, true)
            .add("grade", DataTypes.IntegerType, true)
            .add("query", DataTypes.StringType, true)
            .add("term_df", DataTypes.DoubleType, true);

    private static SparkSession spark;
    private static List<Row> candidateRows;
    private static List<Row> judgmentRows;
    private static RankingRequest request;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("evalharness-spark-ranking-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        SplittableRandom random = new SplittableRandom(5);
        String[] words = {"jargon", "hack", "kludge", "foo", "bar", "daemon", "cruft", "grok", "frob", "wizard"};
        candidateRows = new ArrayList<>();
        judgmentRows = new ArrayList<>();
        List<JudgedQuery> queries = new ArrayList<>();
        Map<String, List<ScoredDoc>> candidates = new LinkedHashMap<>();
        Map<String, Double> frequencies = new HashMap<>();
        double[] densities = {3, 20, 150};
        for (int i = 0; i < QUERIES; i++) {
            String id = String.format("q%03d", i);
            int terms = 1 + random.nextInt(4);
            StringBuilder text = new StringBuilder();
            for (int t = 0; t < terms; t++) {
                text.append(t == 0 ? "" : random.nextBoolean() ? " " : "-").append(words[random.nextInt(words.length)]);
            }
            Double frequency = random.nextDouble() < 0.1 ? null : densities[random.nextInt(3)];
            // Scores on a 0.1 grid (ties broken by document id); some queries return nothing.
            int returned = random.nextDouble() < 0.05 ? 0 : 1 + random.nextInt(DEPTH);
            Set<String> docs = new LinkedHashSet<>();
            while (docs.size() < returned) {
                docs.add("d" + random.nextInt(200));
            }
            List<ScoredDoc> list = new ArrayList<>();
            for (String d : docs) {
                double score = Math.round(random.nextDouble() * 30) / 10.0;
                list.add(new ScoredDoc(d, score));
                candidateRows.add(RowFactory.create(id, d, score));
            }
            candidates.put(id, list);
            // Judged documents: mostly returned ones, some never returned; grade 0 is judged not relevant.
            int judged = 1 + random.nextInt(6);
            Map<String, Double> relevance = new HashMap<>();
            Set<String> seen = new LinkedHashSet<>();
            List<String> returnedDocs = new ArrayList<>(docs);
            for (int j = 0; j < judged; j++) {
                String d = !returnedDocs.isEmpty() && random.nextDouble() < 0.7
                        ? returnedDocs.get(random.nextInt(returnedDocs.size())) : "d" + (200 + random.nextInt(50));
                if (!seen.add(d)) {
                    continue;
                }
                int grade = random.nextInt(4);
                if (grade > 0) {
                    relevance.put(d, (double) grade);
                }
                judgmentRows.add(RowFactory.create(id, d, grade, text.toString(), frequency));
            }
            queries.add(new JudgedQuery(id, text.toString(), relevance));
            if (frequency != null) {
                frequencies.put(id, frequency);
            }
        }
        request = new RankingRequest(PROJECT, RUN, "bm25", ModelRole.BASELINE, DATA, CODE, SEED, queries, candidates,
                DEPTH, Map.of(), frequencies, null, null, REPRO, null, null);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static SparkRankingEvaluation evaluate(int partitions, int resamples) {
        spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(partitions));
        try {
            return SparkRankingEvaluator.evaluate(
                    spark.createDataFrame(candidateRows, CANDIDATES).repartition(partitions),
                    spark.createDataFrame(judgmentRows, JUDGMENTS).repartition(partitions), COLUMNS,
                    new SparkRankingOptions(RUN, "bm25", DEPTH, resamples, SEED, 0.95, 30, 5, DATA.source()));
        } finally {
            spark.conf().set("spark.sql.shuffle.partitions", "2");
        }
    }

    @Test
    void theConstantsAreTheSingleMachines() {
        assertThat(SparkRankingEvaluator.KS).isEqualTo(RankingEvaluator.KS);
        assertThat(SparkRankingEvaluator.HEADLINE).isEqualTo(RankingEvaluator.HEADLINE);
        assertThat(SparkRankingEvaluator.INTERVAL_METRICS).isEqualTo(RankingEvaluator.INTERVAL_METRICS);
    }

    @Test
    void theFilesAreTheSingleMachinesAndTheIntervalsAsWide(@TempDir Path dir) throws IOException {
        Path single = new RankingEvaluator(new EvalOptions(1000, 0.95, 30, 5, 5, ProgressListener.NONE))
                .evaluateAndWrite(dir.resolve("single"), request);
        Path onSpark = evaluate(3, 1000).writeFolder(dir.resolve("spark"), SPARK_RUN);

        // Point metrics, slices, failure examples and their template, and the slice plot: the same bytes.
        for (String file : List.of("metrics.json", "slices.json", "failure_examples.json", "failure_modes.md",
                "plots/slices_ndcg_at_10.png")) {
            assertThat(Files.readAllBytes(onSpark.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(single.resolve(file)));
        }
        MetricsReport metrics = ArtifactReader.read(onSpark.resolve("metrics.json"), MetricsReport.class);
        assertThat(metrics.rows()).isEqualTo(QUERIES);
        assertThat(MetricValue.valueOf(metrics.metrics(), "ndcg@10")).isBetween(0.05, 0.95);
        SliceReport slices = ArtifactReader.read(onSpark.resolve("slices.json"), SliceReport.class);
        assertThat(slices.slices()).extracting(s -> s.family()).contains("query_terms", "relevant_documents",
                "term_doc_frequency");
        FailureExamples failures = ArtifactReader.read(onSpark.resolve("failure_examples.json"), FailureExamples.class);
        assertThat(failures.examples()).hasSize(10);
        assertThat(failures.rules().get(0).matched()).isGreaterThan(5);

        // Intervals: the same metrics and points, BCa over Poisson replicates, widths within 10 % of the multinomial.
        ConfidenceIntervals poisson = ArtifactReader.read(onSpark.resolve("confidence_intervals.json"),
                ConfidenceIntervals.class);
        ConfidenceIntervals multinomial = ArtifactReader.read(single.resolve("confidence_intervals.json"),
                ConfidenceIntervals.class);
        assertThat(poisson.intervals()).extracting(ConfidenceInterval::metric).containsExactlyElementsOf(
                multinomial.intervals().stream().map(ConfidenceInterval::metric).toList());
        assertThat(poisson.method()).isEqualTo(PoissonBootstrap.BCA_METHOD);
        for (int i = 0; i < poisson.intervals().size(); i++) {
            ConfidenceInterval p = poisson.intervals().get(i);
            ConfidenceInterval m = multinomial.intervals().get(i);
            assertThat(p.pointEstimate()).as(p.metric()).isEqualTo(m.pointEstimate());
            assertThat(p.acceleration()).as(p.metric() + " acceleration").isCloseTo(m.acceleration(), within(1e-12));
            double width = m.upper() - m.lower();
            assertThat(p.upper() - p.lower()).as(p.metric() + " width").isCloseTo(width, within(0.10 * width));
        }

        // takeaway.txt: the single machine's sentences; only the first one's interval bounds may differ.
        List<String> mine = Files.readAllLines(onSpark.resolve("takeaway.txt"));
        List<String> theirs = Files.readAllLines(single.resolve("takeaway.txt"));
        assertThat(mine).hasSize(5);
        assertThat(mine.subList(1, 5)).isEqualTo(theirs.subList(1, 5));
        assertThat(mine.get(0).replaceAll("interval [0-9.]+ to [0-9.]+", "interval"))
                .isEqualTo(theirs.get(0).replaceAll("interval [0-9.]+ to [0-9.]+", "interval"));
    }

    @Test
    void theFilesAreTheSameBytesWhateverThePartitioning(@TempDir Path dir) throws IOException {
        for (int partitions : WrittenFolders.PARTITIONS) {
            evaluate(partitions, 200).writeFolder(WrittenFolders.root(dir, partitions), SPARK_RUN);
        }
        Path p1 = WrittenFolders.evalDir(dir, 1, PROJECT, RUN);
        List<String> written = WrittenFolders.files(p1);
        assertThat(written).containsExactly("confidence_intervals.json", "eval_summary.json", "failure_examples.json",
                "failure_modes.md", "metrics.json", "plots/metrics_vs_k.png", "plots/slices_ndcg_at_10.png",
                "repro.md", "slices.json", "takeaway.txt");
        EvalSummary summary = ArtifactReader.read(p1.resolve("eval_summary.json"), EvalSummary.class);
        assertThat(summary.files().rankings()).isNull();
        assertThat(summary.files().rowsNotWritten())
                .isEqualTo("400 queries evaluated on Apache Spark; rankings.json (every query's ranking) is not written");
        assertThat(summary.keyPlots()).containsExactly("plots/metrics_vs_k.png", "plots/slices_ndcg_at_10.png");
        assertThat(Files.readString(p1.resolve("repro.md"))).contains("400 judged queries, up to 30 candidates each");
        WrittenFolders.assertValidAndTheSameOnEveryPartitioning(dir, PROJECT, RUN);
    }

    private static QueryOutcome outcome(List<Row> candidates, List<Row> judgments) {
        return SparkRankingEvaluator.outcome("q1", candidates.iterator(), judgments.iterator(), COLUMNS, 2);
    }

    @Test
    void aBadRowIsNamedByColumnQueryAndDocument() {
        SparkRankingOptions options = new SparkRankingOptions(RUN, "bm25", 2, 10, SEED, 0.95, 30, 5, null);
        Dataset<Row> judged = spark.createDataFrame(List.of(RowFactory.create("q1", "d1", 1, "foo", 3.0)), JUDGMENTS);
        Dataset<Row> nan = spark.createDataFrame(List.of(RowFactory.create("q1", "d1", Double.NaN)), CANDIDATES);
        assertThatThrownBy(() -> SparkRankingEvaluator.evaluate(nan, judged, COLUMNS, options))
                .rootCause().hasMessage("candidates column score, query q1, document d1: score NaN, expected a finite"
                        + " number");
        Dataset<Row> unjudged = spark.createDataFrame(List.of(RowFactory.create("q2", "d1", 1.0)), CANDIDATES);
        assertThatThrownBy(() -> SparkRankingEvaluator.evaluate(unjudged, judged, COLUMNS, options))
                .rootCause().hasMessage("candidates column query_id: query q2 has 1 candidates but no judgments; every"
                        + " candidate list must belong to a judged query");

        // The other row checks, on one query's rows as an executor sees them (a Spark job each would be slow).
        Row judgment = RowFactory.create("q1", "d1", 1, "foo", 3.0);
        assertThatThrownBy(() -> outcome(List.of(RowFactory.create("q1", "d1", 1.0),
                RowFactory.create("q1", "d1", 2.0)), List.of(judgment)))
                .hasMessage("candidates column doc_id, query q1, document d1: the system lists the document twice");
        assertThatThrownBy(() -> outcome(List.of(RowFactory.create("q1", "d1", 1.0),
                RowFactory.create("q1", "d2", 2.0), RowFactory.create("q1", "d3", 2.0)), List.of(judgment)))
                .hasMessage("candidates column query_id: query q1 has 3 candidates, more than the depth 2");
        assertThatThrownBy(() -> outcome(List.of(), List.of(RowFactory.create("q1", "d1", -1, "foo", 3.0))))
                .hasMessage("judgments column grade, query q1, document d1: relevance -1, expected a finite number"
                        + " >= 0 (0: judged not relevant)");
        assertThatThrownBy(() -> outcome(List.of(), List.of(judgment, RowFactory.create("q1", "d2", 1, "bar", 3.0))))
                .hasMessage("judgments column query, query q1, document d2: the query text \"bar\" differs from"
                        + " \"foo\" on another row of the query");
        assertThatThrownBy(() -> outcome(List.of(), List.of(judgment, RowFactory.create("q1", "d2", 1, "foo", 4.0))))
                .hasMessage("judgments column term_df, query q1, document d2: term document frequency 4.0 differs"
                        + " from 3.0 on another row of the query");
        assertThatThrownBy(() -> outcome(List.of(), List.of(judgment, judgment)))
                .hasMessage("judgments column doc_id, query q1, document d1: the document is judged twice");
        assertThatThrownBy(() -> outcome(List.of(RowFactory.create("q1", null, 1.0)), List.of(judgment)))
                .hasMessage("candidates column doc_id, query q1: an id is null");
        // A valid query: judged, ranked with ties by document id, bucketed.
        QueryOutcome fine = outcome(List.of(RowFactory.create("q1", "d2", 1.0), RowFactory.create("q1", "d1", 1.0)),
                List.of(judgment));
        assertThat(fine.values()[2]).as("mrr@1: d1 wins the tie").isEqualTo(1.0);
        assertThat(fine.buckets()).containsExactly(0, 0, 0);
        assertThat(fine.failure().failed(io.modellab.evalharness.slicing.QueryFailures.BEST_DOC)).isFalse();

        assertThatThrownBy(() -> SparkRankingEvaluator.evaluate(unjudged.drop("score"), judged, COLUMNS, options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("candidates have no column \"score\"; columns: [query_id, doc_id]");
        assertThatThrownBy(() -> SparkRankingEvaluator.evaluate(unjudged, judged.withColumn("grade",
                        judged.col("grade").cast("string")), COLUMNS, options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("judgments column \"grade\" holds string, expected a number; columns:");
    }
}
