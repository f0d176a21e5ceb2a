package io.modellab.benchmarks;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.evalharness.core.data.Retriever.ScoredDoc;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.spark.RankingColumns;
import io.modellab.evalharness.spark.SparkRankingEvaluator;
import io.modellab.evalharness.spark.SparkRankingOptions;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.ranking.JudgedQuery;
import io.modellab.tracker.ranking.RankingEvaluator;
import io.modellab.tracker.ranking.RankingRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Candidate rows per CPU-second of the Spark ranking path ({@code local[2]}, reading Parquet, one cogroup by query)
 * next to the single machine's {@code RankingEvaluator} (queries in memory, no files written) on the same generated
 * queries, once: {@code benchmarks/spark-throughput.sh ranking [queries] [candidates per query] [resamples]}
 * (defaults 100,000, 100 and 100). Each query has its candidates' scores on a 1e-3 grid (ties) and three judged
 * documents, one of them never retrieved. Each timed step runs once after an untimed warm-up on a tenth of the queries.
 */
public final class SparkRankingThroughput {

    private static final StructType CANDIDATES = new StructType().add("query_id", DataTypes.StringType, false)
            .add("doc_id", DataTypes.StringType, false).add("score", DataTypes.DoubleType, false);
    private static final StructType JUDGMENTS = new StructType().add("query_id", DataTypes.StringType, false)
            .add("doc_id", DataTypes.StringType, false).add("grade", DataTypes.IntegerType, false)
            .add("query", DataTypes.StringType, false);
    private static final RankingColumns COLUMNS = RankingColumns.of("query_id", "doc_id", "score", "grade")
            .withQueryText("query");

    private SparkRankingThroughput() {
    }

    public static void main(String[] args) {
        double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int queries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int depth = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int resamples = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        long rows = (long) queries * depth;
        String dir = System.getProperty("java.io.tmpdir") + "/modellab-spark-ranking-throughput";
        SparkSession spark = SparkSession.builder().master("local[2]").appName("modellab-spark-ranking-throughput")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        for (String part : List.of("", "-warmup")) {
            long n = part.isEmpty() ? rows : rows / 10;
            spark.range(n).map((MapFunction<Long, Row>) id -> candidate(id, depth), Encoders.row(CANDIDATES))
                    .write().mode(SaveMode.Overwrite).parquet(dir + part + "/candidates");
            spark.range(3 * (n / depth)).map((MapFunction<Long, Row>) id -> judgment(id, depth),
                    Encoders.row(JUDGMENTS)).write().mode(SaveMode.Overwrite).parquet(dir + part + "/judgments");
        }
        SparkRankingOptions options = new SparkRankingOptions("bench", "synthetic", depth, resamples, 1, 0.95, 30, 5,
                null);
        SparkRankingEvaluator.evaluate(spark.read().parquet(dir + "-warmup/candidates"),
                spark.read().parquet(dir + "-warmup/judgments"), COLUMNS, options);
        Timing onSpark = Timing.of(() -> SparkRankingEvaluator.evaluate(spark.read().parquet(dir + "/candidates"),
                spark.read().parquet(dir + "/judgments"), COLUMNS, options));
        spark.stop();

        RankingEvaluator single = new RankingEvaluator(new EvalOptions(resamples, 0.95, 30, 5, 5, ProgressListener.NONE));
        single.evaluate(request(queries / 10, depth));
        RankingRequest request = request(queries, depth);
        Timing onOne = Timing.of(() -> single.evaluate(request));
        System.out.printf(Locale.ROOT, "%,d queries x %d candidates = %,d rows, %d resamples; load average before:"
                + " %.1f on %d cores%n", queries, depth, rows, resamples, loadBefore,
                Runtime.getRuntime().availableProcessors());
        System.out.println("Spark local[2] from Parquet (cogroup, metrics, slices, failures, replicates): "
                + onSpark.perCore(rows));
        System.out.println("single machine RankingEvaluator, queries in memory:                           "
                + onOne.perCore(rows));
    }

    /** Candidate row {@code id}: query id / depth, document id % depth, a hashed score on a 1e-3 grid. */
    static Row candidate(long id, int depth) {
        long q = id / depth;
        long d = id % depth;
        return RowFactory.create("q" + q, "d" + d, (Timing.mix(id + 1) & 0x3FF) / 1000.0);
    }

    /** Judgment row {@code id}: three per query, grades 1 to 3, the third document never retrieved. */
    static Row judgment(long id, int depth) {
        long q = id / 3;
        int j = (int) (id % 3);
        long h = Timing.mix(q + 7);
        String doc = j == 2 ? "d" + (depth + 1) : "d" + ((h >>> (16 * j)) & 0xFFFF) % depth;
        if (j == 1 && doc.equals("d" + ((h & 0xFFFF) % depth))) {
            doc = "d" + (depth + 2);
        }
        return RowFactory.create("q" + q, doc, 1 + j, "query " + (h % 5 == 0 ? "" : "term ") + q);
    }

    private static RankingRequest request(int queries, int depth) {
        List<JudgedQuery> judged = new ArrayList<>();
        Map<String, List<ScoredDoc>> candidates = new LinkedHashMap<>();
        for (int q = 0; q < queries; q++) {
            Map<String, Double> relevance = new LinkedHashMap<>();
            String text = null;
            for (int j = 0; j < 3; j++) {
                Row r = judgment(3L * q + j, depth);
                relevance.put(r.getString(1), (double) r.getInt(2));
                text = r.getString(3);
            }
            List<ScoredDoc> list = new ArrayList<>(depth);
            for (int d = 0; d < depth; d++) {
                Row r = candidate((long) q * depth + d, depth);
                list.add(new ScoredDoc(r.getString(1), r.getDouble(2)));
            }
            judged.add(new JudgedQuery("q" + q, text, relevance));
            candidates.put("q" + q, list);
        }
        return new RankingRequest("bench", "run-20261124-000000-00000000", "synthetic", ModelRole.BASELINE,
                new DatasetRef("generated", "v1", "0".repeat(64), "generated", (long) queries), new CodeVersion("0".repeat(40),
                false), 1, judged, candidates, depth, Map.of(), null, null, null, new ReproSteps("", "", "", ""), null,
                null);
    }
}
