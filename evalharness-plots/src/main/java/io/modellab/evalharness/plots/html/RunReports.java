package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.MetricDirection;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.RunFolder;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.BaselineMetrics;
import io.modellab.evalharness.core.schema.ClassMetrics;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.FailureRule;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.LeakageCheck;
import io.modellab.evalharness.core.schema.LeakageReport;
import io.modellab.evalharness.core.schema.MetricDelta;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.core.schema.StressReport;
import io.modellab.evalharness.plots.ImageFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The run report: {@code <run>/report.html}, one self-contained page built from the run's {@code run.json}, its
 * leakage verdict and its eval folder, stress.json included when there is one (spec 4.3.1, 5.1 run detail).
 *
 * <pre>{@code
 * Path page = RunReports.write(Path.of("artifacts"), "credit-g-demo", runId);
 * }</pre>
 *
 * <p>The same files give the same bytes: nothing reads the clock, numbers use {@link Locale#ROOT}.
 */
public final class RunReports {

    private RunReports() {
    }

    /**
     * Everything a run report is made of, as read from the run's folder; {@code stress} is null (and
     * {@code stressPlots} empty) for an eval without stress.json; {@code modelCard} says whether the run has a
     * model_card.html to link.
     */
    public record Inputs(RunRecord run, LeakageReport leakage, EvalSummary summary, MetricsReport metrics,
                         ConfidenceIntervals intervals, SliceReport slices, FailureExamples failures, String takeaway,
                         String repro, Map<String, byte[]> plots, StressReport stress, Map<String, byte[]> stressPlots,
                         boolean modelCard) {

        /** The inputs of an eval without a stress table, of a run without a model card page. */
        public Inputs(RunRecord run, LeakageReport leakage, EvalSummary summary, MetricsReport metrics,
                      ConfidenceIntervals intervals, SliceReport slices, FailureExamples failures, String takeaway,
                      String repro, Map<String, byte[]> plots) {
            this(run, leakage, summary, metrics, intervals, slices, failures, takeaway, repro, plots, null, Map.of(),
                    false);
        }
    }

    /** Reads the run's files, renders the report and writes it atomically; returns its path. */
    public static Path write(Path artifactsRoot, String project, String runId) {
        Path page = EvalFolderWriter.runDir(artifactsRoot, project, runId).resolve(RunFolder.REPORT);
        AtomicFiles.write(page, render(read(artifactsRoot, project, runId)).getBytes(StandardCharsets.UTF_8));
        return page;
    }

    /** Reads and validates every file the report shows; a missing or invalid file is an error that names it. */
    public static Inputs read(Path artifactsRoot, String project, String runId) {
        Path runDir = EvalFolderWriter.runDir(artifactsRoot, project, runId);
        Path evalDir = runDir.resolve(EvalFolderWriter.EVAL_DIR);
        RunRecord run = ArtifactReader.read(runDir.resolve(RunFolder.RUN), RunRecord.class);
        Path leakageFile = runDir.resolve(RunFolder.LEAKAGE);
        LeakageReport leakage = Files.exists(leakageFile) ? ArtifactReader.read(leakageFile, LeakageReport.class) : null;
        EvalSummary summary = ArtifactReader.read(evalDir.resolve(EvalFolderWriter.SUMMARY), EvalSummary.class);
        EvalFiles files = summary.files();
        Map<String, byte[]> plots = plotFiles(evalDir, summary.keyPlots());
        StressReport stress = files.stress() == null ? null
                : ArtifactReader.read(evalDir.resolve(files.stress()), StressReport.class);
        return new Inputs(run, leakage, summary,
                ArtifactReader.read(evalDir.resolve(files.metrics()), MetricsReport.class),
                ArtifactReader.read(evalDir.resolve(files.confidenceIntervals()), ConfidenceIntervals.class),
                ArtifactReader.read(evalDir.resolve(files.slices()), SliceReport.class),
                ArtifactReader.read(evalDir.resolve(files.failureExamples()), FailureExamples.class),
                text(evalDir.resolve(files.takeaway())), text(evalDir.resolve(files.repro())), plots, stress,
                stress == null ? Map.of() : plotFiles(evalDir, stress.plots()),
                Files.isRegularFile(runDir.resolve(RunFolder.MODEL_CARD_PAGE)));
    }

    /** The bytes of each plot, by file name, in the given order. */
    private static Map<String, byte[]> plotFiles(Path evalDir, List<String> paths) {
        Map<String, byte[]> plots = new LinkedHashMap<>();
        for (String path : paths) {
            plots.put(path.substring(path.lastIndexOf('/') + 1), bytes(evalDir.resolve(path)));
        }
        return plots;
    }

    /** The page. */
    public static String render(Inputs in) {
        return Pages.render("run-report.jte", view(in));
    }

    /** What the page shows, formatted. */
    public static RunReportView view(Inputs in) {
        RunRecord run = in.run();
        EvalSummary s = in.summary();
        String baselineId = s.baselineRunId();
        RunReportView.Header header = new RunReportView.Header(s.project(), s.runId(), s.model(),
                lower(s.role().name()), run.status().name(), run.statusReason(), lower(s.task().name()),
                s.dataset().name(), s.dataset().version(), s.dataset().sha256(), s.dataset().source(),
                s.codeVersion().commit(), s.codeVersion().dirty(), String.valueOf(s.seed()), Fmt.count(s.testRows()),
                baselineId, baselineId == null ? null : "../" + baselineId + "/" + RunFolder.REPORT,
                in.modelCard() ? RunFolder.MODEL_CARD_PAGE : null);

        BaselineMetrics baseline = in.metrics().baseline();
        List<RunReportView.Headline> headline = new ArrayList<>();
        for (HeadlineMetric h : s.headline()) {
            Double base = baseline == null ? null : MetricValue.valueOf(baseline.metrics(), h.name());
            Double delta = base == null || h.value() == null ? null : h.value() - base;
            headline.add(new RunReportView.Headline(h.name(), Fmt.metric(h.value()), Fmt.interval(h.ciLower(), h.ciUpper()),
                    Fmt.metric(base), Fmt.delta(delta)));
        }
        ConfidenceIntervals ci = in.intervals();
        String intervalMethod = String.format(Locale.ROOT, "%s, %,d resamples, seed %d, %s level", ci.method(),
                ci.resamples(), ci.seed(), Fmt.percent(ci.confidenceLevel()));

        List<RunReportView.Check> checks = new ArrayList<>();
        BaselineCheck bc = s.baselineCheck();
        if (bc != null) {
            checks.add(new RunReportView.Check("baseline_first", bc.status().name(), bc.status() != BaselineCheck.Status.OK
                    && bc.status() != BaselineCheck.Status.NOT_A_BASELINE, bc.message()));
        }
        if (in.leakage() != null) {
            for (LeakageCheck c : in.leakage().checks()) {
                checks.add(new RunReportView.Check(c.rule(), c.status().name(), c.status() == LeakageCheck.Status.FAIL,
                        c.message()));
            }
        }

        List<RunReportView.Image> images = images(in.plots());

        String sliceMetric = sliceMetric(s, in.slices());
        List<RunReportView.SliceRow> slices = new ArrayList<>();
        for (SliceResult r : in.slices().slices()) {
            Double value = MetricValue.valueOf(r.metrics(), sliceMetric);
            Double delta = r.deltaFromOverall().stream().filter(d -> d.name().equals(sliceMetric))
                    .map(MetricDelta::delta).findFirst().orElse(null);
            String interval = r.interval() != null && sliceMetric.equals(r.interval().metric())
                    ? " [" + Fmt.metric(r.interval().lower()) + ", " + Fmt.metric(r.interval().upper()) + "]" : "";
            slices.add(new RunReportView.SliceRow(r.name(), definition(r), Fmt.count(r.sampleSize()), r.belowMinSize(),
                    Fmt.metric(value) + interval, Fmt.delta(delta), value == null ? Double.MAX_VALUE : value));
        }
        // Worst first: the lowest value, or the highest where lower is better (an error); undefined values last.
        boolean lowerIsBetter = MetricDirection.of(sliceMetric) == MetricDirection.LOWER_IS_BETTER;
        slices.sort(Comparator.comparingDouble(r -> lowerIsBetter && r.sortKey() != Double.MAX_VALUE ? -r.sortKey()
                : r.sortKey()));

        List<RunReportView.Metric> metrics = in.metrics().metrics().stream().map(m -> new RunReportView.Metric(
                m.name(), Fmt.metric(m.value()), note(m))).toList();
        List<RunReportView.ClassRow> perClass = new ArrayList<>();
        if (in.metrics().perClass() != null) {
            for (ClassMetrics c : in.metrics().perClass()) {
                perClass.add(new RunReportView.ClassRow(c.label(), Fmt.count(c.support()), Fmt.metric(c.precision()),
                        Fmt.metric(c.recall()), Fmt.metric(c.f1()), Fmt.metric(c.specificity())));
            }
        }
        List<String> takeaway = in.takeaway().lines().filter(line -> !line.isBlank()).toList();
        return new RunReportView(header, headline, intervalMethod, checks, images, sliceMetric,
                Fmt.count(in.slices().minSampleSize()), slices, failureGroups(in.failures()), metrics, perClass, takeaway,
                in.repro(), settings("", run.config(), new ArrayList<>()),
                in.stress() == null ? null : StressSection.view(in.stress(), s.testRows(), images(in.stressPlots())));
    }

    /** Plots inlined as data URIs, titled after their file names. */
    private static List<RunReportView.Image> images(Map<String, byte[]> plots) {
        List<RunReportView.Image> images = new ArrayList<>();
        for (Map.Entry<String, byte[]> plot : plots.entrySet()) {
            String name = plot.getKey();
            images.add(new RunReportView.Image(plotTitle(name), "data:" + ImageFormat.ofFileName(name).mediaType()
                    + ";base64," + Base64.getEncoder().encodeToString(plot.getValue()), name));
        }
        return images;
    }

    /** The first headline metric that the slices report; slices are sorted by it. */
    private static String sliceMetric(EvalSummary s, SliceReport slices) {
        for (HeadlineMetric h : s.headline()) {
            boolean everyLargeSliceHasIt = slices.slices().stream().filter(r -> !r.belowMinSize())
                    .allMatch(r -> MetricValue.valueOf(r.metrics(), h.name()) != null);
            if (everyLargeSliceHasIt) {
                return h.name();
            }
        }
        return s.headline().get(0).name();
    }

    private static List<RunReportView.FailureGroup> failureGroups(FailureExamples failures) {
        Map<String, String> descriptions = failures.rules().stream()
                .collect(Collectors.toMap(FailureRule::name, FailureRule::description, (a, b) -> a, LinkedHashMap::new));
        Map<String, List<RunReportView.FailureRow>> groups = new LinkedHashMap<>();
        Map<String, String> groupDescription = new LinkedHashMap<>();
        for (FailureExample e : failures.examples()) {
            String tag = e.failureMode() != null ? e.failureMode() : "untagged: " + e.rule();
            groupDescription.putIfAbsent(tag, e.failureMode() != null ? "Failure mode " + e.failureMode()
                    : "Picked by rule " + e.rule() + ": " + descriptions.getOrDefault(e.rule(), ""));
            String features = e.features().entrySet().stream().map(f -> f.getKey() + "=" + f.getValue())
                    .collect(Collectors.joining(", "));
            groups.computeIfAbsent(tag, t -> new ArrayList<>()).add(new RunReportView.FailureRow(e.exampleId(),
                    e.groundTruth(), e.prediction(), Fmt.metric(e.confidence()), e.why(), features, e.sourceRow()));
        }
        List<RunReportView.FailureGroup> result = new ArrayList<>();
        groups.forEach((tag, rows) -> result.add(new RunReportView.FailureGroup(tag, groupDescription.get(tag), rows)));
        return result;
    }

    /** Nested maps become dotted keys, in the record's (sorted) order. */
    private static List<RunReportView.Setting> settings(String prefix, Map<String, ?> config,
                                                        List<RunReportView.Setting> out) {
        if (config != null) {
            for (Map.Entry<String, ?> e : config.entrySet()) {
                String key = prefix + e.getKey();
                if (e.getValue() instanceof Map<?, ?> nested) {
                    @SuppressWarnings("unchecked")
                    Map<String, ?> map = (Map<String, ?>) nested;
                    settings(key + ".", map, out);
                } else {
                    out.add(new RunReportView.Setting(key, String.valueOf(e.getValue())));
                }
            }
        }
        return out;
    }

    /** The slice's family and its definition as one line of the slice DSL. */
    private static String definition(SliceResult r) {
        return (r.family() == null ? "" : r.family() + ": ") + r.definition().describe();
    }

    private static String note(MetricValue m) {
        List<String> parts = new ArrayList<>();
        if (m.averaging() != null) {
            parts.add("averaging: " + m.averaging());
        }
        if (m.note() != null) {
            parts.add(m.note());
        }
        return String.join("; ", parts);
    }

    /** "roc_curve.png" becomes "Roc curve". */
    static String plotTitle(String fileName) {
        String base = fileName.substring(0, fileName.lastIndexOf('.')).replace('_', ' ');
        return base.isEmpty() ? fileName : Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String text(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }
}
