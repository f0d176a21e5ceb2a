package io.modellab.benchmarks;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.data.Table;
import io.modellab.templates.ClassifierTraining;
import io.modellab.templates.TabularEncoding;
import io.modellab.templates.XGBoostConfig;
import io.modellab.tracker.data.CsvDatasets;
import io.modellab.tracker.data.LoadedDataset;
import io.modellab.tracker.data.StratifiedSplit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.classification.LabelFactory;

/**
 * Times the XGBoost template's training on credit-g's train rows (stratified 70/30, seed 42, as the demo splits it):
 * the median wall time of {@code ClassifierTraining.train} over 21 runs after 5 warm-up runs, in one JVM. It also
 * writes the encoded train matrix to {@code benchmarks/target/credit-g-train-encoded.csv}, which
 * {@code benchmarks/python/time_xgboost.py} trains Python xgboost on with the same settings, for the ratio.
 *
 * <p>Usage: {@code java -cp ... io.modellab.benchmarks.XGBoostTrainingTime [repo-root]}.
 */
public final class XGBoostTrainingTime {

    private static final int WARMUP = 5;
    private static final int RUNS = 21;

    private XGBoostTrainingTime() {
    }

    /** Runs the timing and prints the median. */
    public static void main(String[] args) throws IOException {
        Path repo = Path.of(args.length > 0 ? args[0] : ".");
        LoadedDataset data = CsvDatasets.read("credit-g", repo.resolve("datasets/credit-g.csv"), repo);
        String[] labels = data.table().column("class");
        StratifiedSplit split = StratifiedSplit.of(labels, 0.3, 42);
        int[] trainRows = Arrays.stream(split.train()).sorted().toArray();
        Table train = data.table().withoutColumns("class").rows(trainRows);
        String[] trainLabels = Arrays.stream(trainRows).mapToObj(i -> labels[i]).toArray(String[]::new);
        XGBoostConfig config = XGBoostConfig.classification(42);

        long first = System.nanoTime();
        ClassifierTraining.train(config, train, trainLabels, ProgressListener.NONE);
        double firstMs = (System.nanoTime() - first) / 1e6;
        for (int i = 1; i < WARMUP; i++) {
            ClassifierTraining.train(config, train, trainLabels, ProgressListener.NONE);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            ClassifierTraining.train(config, train, trainLabels, ProgressListener.NONE);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "java xgboost template (Tribuo %s, XGBoost4J 1.6.2), credit-g %d train rows,"
                + " %d trees, depth %d, %d thread: first %.1f ms, median of %d warm runs %.1f ms (min %.1f, max %.1f)%n",
                org.tribuo.Tribuo.VERSION, trainRows.length, config.trees(), config.maxDepth(), config.threads(),
                firstMs, RUNS, ms[RUNS / 2], ms[0], ms[RUNS - 1]);
        writeEncoded(train, trainLabels, repo.resolve("benchmarks/target/credit-g-train-encoded.csv"));
    }

    /** The train rows as the template encodes them (mean imputation, one-hot, no scaling), dense, label last. */
    private static void writeEncoded(Table train, String[] labels, Path file) throws IOException {
        TabularEncoding encoding = TabularEncoding.fit(train);
        TreeSet<String> names = new TreeSet<>();
        Example<?>[] examples = new Example<?>[train.rowCount()];
        for (int r = 0; r < examples.length; r++) {
            examples[r] = encoding.example(train, r, LabelFactory.UNKNOWN_LABEL);
            for (Feature f : examples[r]) {
                names.add(f.getName());
            }
        }
        Files.createDirectories(file.getParent());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println(String.join(",", names.stream().map(n -> "\"" + n.replace("\"", "\"\"") + "\"").toList())
                    + ",label");
            for (int r = 0; r < examples.length; r++) {
                StringBuilder line = new StringBuilder();
                for (String name : names) {
                    Feature f = examples[r].lookup(name);
                    line.append(f == null ? "0" : Double.toString(f.getValue())).append(',');
                }
                out.println(line.append(labels[r].equals("bad") ? 1 : 0));
            }
        }
    }
}
