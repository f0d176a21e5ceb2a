package io.modellab.templates.retrieval;

import io.modellab.evalharness.core.ModelLabVersion;
import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.RunIds;
import io.modellab.evalharness.core.data.Retriever.ScoredDoc;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RunEnvironment;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SplitRef;
import io.modellab.evalharness.plots.html.DatasetExplorer;
import io.modellab.evalharness.plots.html.ProjectIndex;
import io.modellab.evalharness.plots.html.RunReports;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.ProjectStore;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.tracker.RunHandle;
import io.modellab.tracker.RunRules;
import io.modellab.tracker.RunStore;
import io.modellab.tracker.data.DatasetStore;
import io.modellab.tracker.data.IngestOptions;
import io.modellab.tracker.data.LoadedDataset;
import io.modellab.tracker.ranking.JudgedQuery;
import io.modellab.tracker.compare.Comparisons;
import io.modellab.tracker.compare.RunComparison;
import io.modellab.tracker.ranking.RankingEvaluator;
import io.modellab.tracker.ranking.RankingRequest;
import io.modellab.tracker.ranking.SystemShift;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The ranking experiment end to end, as {@link io.modellab.templates.BinaryExperiment} is for classification: ingest
 * a glossary CSV as a dataset version, build the {@link HeadwordTask}, index it once with Lucene, and run a baseline
 * and an improved {@link Bm25Retriever} as tracked runs (RUNNING, then DONE or FAILED with the reason; the improved
 * run checks baseline first), each evaluated by the {@link RankingEvaluator} into its eval folder with stress tests
 * and latency; then each run's report, the paired comparison of the two and the project's run history page.
 *
 * <p>Nothing is trained: every entry is a document and every distinct headword a query. The runs' split reference
 * says so, and its digest is the SHA-256 of the query ids, so two runs on the same data name the same split.
 */
public final class RankingExperiment {

    /** The title boost of the improved system: a headword that is an entry's title says more than one in a body. */
    public static final double TITLE_BOOST = 3.0;

    /** The improved system: BM25 over title (boosted) and body. */
    public static final Bm25Retriever.Settings TITLE_AND_BODY = new Bm25Retriever.Settings(1.2, 0.75, TITLE_BOOST);

    /**
     * What to run.
     *
     * @param project the project
     * @param projectDescription its description, when it is created
     * @param projectDir the folder dataset paths are relative to
     * @param dataset the CSV, relative to {@code projectDir}
     * @param datasetName the dataset's name in the project
     * @param seed the seed of the bootstrap and the stress corruptions
     * @param depth candidates per query
     * @param artifactsRoot where runs are written
     * @param evalOptions resamples, confidence level, smallest slice, examples per failure rule
     * @param repro the commands each repro.md shows, given the dataset version
     */
    public record Settings(String project, String projectDescription, Path projectDir, Path dataset, String datasetName,
                           long seed, int depth, Path artifactsRoot, EvalOptions evalOptions,
                           Function<DatasetRef, ReproSteps> repro) {
        /** Checks what can be checked before reading the data. */
        public Settings {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(dataset, "dataset");
            if (depth < 1) {
                throw new IllegalArgumentException("depth must be at least 1, got " + depth);
            }
        }
    }

    /**
     * What the experiment wrote.
     *
     * @param baselineRunId the baseline run
     * @param baselineEval its eval folder
     * @param improvedRunId the improved run
     * @param improvedEval its eval folder
     * @param baselineReport the baseline's report.html
     * @param improvedReport the improved run's report.html
     * @param comparison the comparison's page (compare.html beside compare.json)
     * @param projectIndex the run history page
     * @param datasetVersion the dataset version both runs used
     */
    public record Result(String baselineRunId, Path baselineEval, String improvedRunId, Path improvedEval,
                         Path baselineReport, Path improvedReport, Path comparison, Path projectIndex,
                         DatasetVersion datasetVersion) {
    }

    private final Settings settings;
    private final CodeVersion code;
    private final ProgressListener progress;

    /** An experiment with these settings, recording {@code code} as every run's code version. */
    public RankingExperiment(Settings settings, CodeVersion code, ProgressListener progress) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.code = Objects.requireNonNull(code, "code");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Runs the baseline (BM25 over bodies) and the improvement (BM25 over title and body). */
    public Result run() {
        return run(Bm25Retriever.Settings.BODY_ONLY, TITLE_AND_BODY);
    }

    /** Runs a baseline and an improved system over the same index. */
    public Result run(Bm25Retriever.Settings baseline, Bm25Retriever.Settings improved) {
        Settings s = settings;
        new ProjectStore(s.artifactsRoot()).ensure(s.project(), s.projectDescription());
        DatasetStore datasets = new DatasetStore(s.artifactsRoot());
        DatasetStore.Ingested ingested = datasets.ingest(s.project(), s.datasetName(),
                s.projectDir().resolve(s.dataset()), s.projectDir(), IngestOptions.defaults()
                        .withNotes("ranking corpus: every entry a document, every distinct headword a query"));
        DatasetVersion version = ingested.version();
        stage(String.format(Locale.ROOT, "dataset %s version %s (%s): %d rows, sha256 %s", version.name(),
                version.version(), ingested.created() ? "ingested now" : "ingested before", version.rows(),
                version.sha256()));
        DatasetExplorer.write(s.artifactsRoot(), s.project(), s.datasetName(), version.version());
        LoadedDataset data = datasets.read(version, s.projectDir());
        HeadwordTask task = HeadwordTask.of(data.table(), data.ref().source());
        Bm25Retriever index = Bm25Retriever.index(task.documents(), baseline);
        Map<String, Double> density = new LinkedHashMap<>();
        task.queries().forEach(q -> density.put(q.id(), index.meanDocFrequency(q.text())));
        stage(String.format(Locale.ROOT, "task: %d documents indexed, %d queries, %d judgments", index.size(),
                task.queries().size(), task.queries().stream().mapToInt(q -> q.relevance().size()).sum()));
        Shared x = new Shared(data, task, density, splitRef(task.queries()), new RunStore(s.artifactsRoot()));
        try {
            Evaluated base = runOne(x, index.with(baseline), ModelRole.BASELINE, null);
            Evaluated better = runOne(x, index.with(improved), ModelRole.IMPROVED, base.runId());
            Path baseReport = RunReports.write(s.artifactsRoot(), s.project(), base.runId());
            Path betterReport = RunReports.write(s.artifactsRoot(), s.project(), better.runId());
            RunComparison how = new RunComparison(s.evalOptions().resamples(), s.seed(),
                    s.evalOptions().confidenceLevel(), ProgressListener.NONE);
            Path comparison = Comparisons.write(s.artifactsRoot(), s.project(), base.runId(), better.runId(), how)
                    .resolve(io.modellab.evalharness.core.io.CompareFolder.REPORT);
            stage("[compare] paired over queries -> " + comparison);
            return new Result(base.runId(), base.evalDir(), better.runId(), better.evalDir(), baseReport, betterReport,
                    comparison, ProjectIndex.write(s.artifactsRoot(), s.project()), version);
        } catch (RuntimeException e) {
            ProjectIndex.writeAfter(e, s.artifactsRoot(), s.project());
            throw e;
        }
    }

    /** What both runs share. */
    private record Shared(LoadedDataset data, HeadwordTask task, Map<String, Double> density, SplitRef split,
                          RunStore store) {
    }

    private record Evaluated(String runId, Path evalDir) {
    }

    private Evaluated runOne(Shared x, Bm25Retriever system, ModelRole role, String baselineRunId) {
        Settings s = settings;
        Instant start = Instant.now();
        String runId = RunIds.newRunId(start);
        String name = system.settings().titleBoost() == 0 ? "bm25_body" : "bm25_title_body";
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("retriever", "Apache Lucene " + org.apache.lucene.util.Version.LATEST + " " + system.settings().describe()
                + ", EnglishAnalyzer, in-memory index");
        config.put("k1", system.settings().k1());
        config.put("b", system.settings().b());
        config.put("title_boost", system.settings().titleBoost());
        config.put("depth", s.depth());
        config.put("task", "headword known-item search: relevance 2 = the entry the headword heads, 1 = entries that"
                + " cross-reference it");
        config.put("bootstrap_resamples", s.evalOptions().resamples());
        RunHandle run = RunHandle.start(x.store(), new RunRecord(SchemaVersion.CURRENT, runId, s.project(), name, role,
                RunStatus.RUNNING, null, s.seed(), code, x.data().ref(), x.split(), baselineRunId, null, config,
                new RunTimings(start.toString(), null, null), RunEnvironment.current(ModelLabVersion.current())),
                Clock.systemUTC());
        try {
            stage(String.format(Locale.ROOT, "[%s] run %s (%s): %s", name, runId, role.name().toLowerCase(Locale.ROOT),
                    system.settings().describe()));
            RunRules.ResolvedBaseline baseline = null;
            if (role == ModelRole.IMPROVED) {
                baseline = RunRules.resolveBaseline(x.store(), run.record());
                BaselineCheck check = baseline.check();
                run.update(r -> r.withBaselineCheck(check));
                stage(String.format(Locale.ROOT, "[%s] baseline first: %s - %s", name, check.status(), check.message()));
            }
            List<JudgedQuery> queries = x.task().queries();
            List<List<ScoredDoc>> lists = queries.parallelStream().map(q -> system.search(q.text(), s.depth())).toList();
            Map<String, List<ScoredDoc>> candidates = new LinkedHashMap<>();
            for (int i = 0; i < queries.size(); i++) {
                candidates.put(queries.get(i).id(), lists.get(i));
            }
            RankingRequest request = new RankingRequest(s.project(), runId, name, role, x.data().ref(), code, s.seed(),
                    queries, candidates, s.depth(), x.task().titles(), x.density(),
                    baseline == null ? null : baseline.check(), baseline == null ? null : baseline.metrics(),
                    s.repro().apply(x.data().ref()), system, shifts(x.task(), system, s.seed()));
            EvalOptions options = s.evalOptions().withProgress((stage, done, total) -> {
                if (done == total && !stage.startsWith("latency")) {
                    stage("[" + name + "] " + stage + " done");
                }
            });
            Path evalDir = new RankingEvaluator(options).evaluateAndWrite(s.artifactsRoot(), request);
            run.done();
            stage(String.format(Locale.ROOT, "[%s] -> %s", name, evalDir));
            return new Evaluated(runId, evalDir);
        } catch (RuntimeException | Error e) {
            run.failed(e);
            throw e;
        }
    }

    /**
     * The system's own stress tests: BM25's k1 raised to {@code k1 (1 + 5 s)}, b lowered to {@code b (1 - 2 s)}, and
     * the title missing from a seeded share s of the documents (the index is rebuilt without them; a body-only
     * system is unaffected and is not rebuilt).
     */
    static List<SystemShift> shifts(HeadwordTask task, Bm25Retriever system, long seed) {
        Bm25Retriever.Settings base = system.settings();
        List<SystemShift> shifts = new ArrayList<>();
        shifts.add(new SystemShift("bm25_k1", SystemShift.PARAMETER_SHIFT,
                "BM25's k1 becomes " + base.k1() + " x (1 + 5 s)",
                sev -> system.with(base.withBm25(base.k1() * (1 + 5 * sev), base.b()))));
        shifts.add(new SystemShift("bm25_b", SystemShift.PARAMETER_SHIFT,
                "BM25's b becomes " + base.b() + " x (1 - 2 s)",
                sev -> system.with(base.withBm25(base.k1(), base.b() * (1 - 2 * sev)))));
        shifts.add(new SystemShift("missing_title", SystemShift.MISSING_FIELD,
                "the title field is missing from a seeded share s of the documents",
                sev -> base.titleBoost() == 0 ? system : Bm25Retriever.index(withoutTitles(task, sev, seed), base)));
        return shifts;
    }

    /** The documents with the title dropped from round(s n) of them, chosen by a seeded shuffle. */
    static List<Bm25Retriever.Doc> withoutTitles(HeadwordTask task, double share, long seed) {
        List<Bm25Retriever.Doc> docs = task.documents();
        int n = docs.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x6d697373696e6754L);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        boolean[] drop = new boolean[n];
        for (int i = 0; i < Math.round(share * n); i++) {
            drop[order[i]] = true;
        }
        List<Bm25Retriever.Doc> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Bm25Retriever.Doc d = docs.get(i);
            out.add(drop[i] ? new Bm25Retriever.Doc(d.id(), null, d.body()) : d);
        }
        return out;
    }

    /** Nothing is split: the reference says so, and its digest is that of the query ids. */
    static SplitRef splitRef(List<JudgedQuery> queries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (JudgedQuery q : queries) {
                digest.update((q.id() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return new SplitRef("none: every entry is a document, every distinct headword a query (nothing is trained)",
                    HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private void stage(String line) {
        progress.progress(line, 1, 1);
    }
}
