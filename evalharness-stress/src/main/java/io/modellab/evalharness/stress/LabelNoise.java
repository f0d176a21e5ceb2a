package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.schema.StressCorruption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Changes a share of the labels to another label: severity 0.1 relabels exactly round(0.1 x rows) rows, each to a
 * label drawn uniformly from the others. The features, and so the predictions, stay as they are: this measures how
 * sensitive the evaluation itself is to wrong labels in the test set (spec 4.4.1), not how robust the model is.
 */
public final class LabelNoise implements Corruption {

    /** The kind and name in stress.json. */
    public static final String KIND = "label_noise";

    private final List<String> labels;

    private LabelNoise(List<String> labels) {
        this.labels = labels == null ? null : List.copyOf(new TreeSet<>(labels));
    }

    /** Among the given labels (both labels of a binary task, say), so that a test set with one class still flips. */
    public static LabelNoise among(List<String> labels) {
        if (new TreeSet<>(labels).size() < 2) {
            throw new IllegalArgumentException("label noise needs at least two labels, got " + labels);
        }
        return new LabelNoise(labels);
    }

    /** Among the labels the rows hold. */
    public static LabelNoise amongSeenLabels() {
        return new LabelNoise(null);
    }

    @Override
    public StressCorruption describe() {
        return new StressCorruption(KIND, KIND, List.of(),
                "severity is the share of test labels changed to another label; predictions are unchanged, so this"
                        + " measures the evaluation's sensitivity to label errors");
    }

    @Override
    public Corrupted apply(LabelledRows rows, double severity, long seed) {
        Severity.require(severity);
        List<String> choices = labels != null ? labels : List.copyOf(new TreeSet<>(rows.labels()));
        int touched = choices.size() < 2 ? 0 : Severity.count(severity, rows.size());
        List<String> noisy = new ArrayList<>(rows.labels());
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = StressRandom.order(rows.size(), random);
        for (int i = 0; i < touched; i++) {
            String current = noisy.get(order[i]);
            int at = choices.indexOf(current);
            if (at < 0) {
                noisy.set(order[i], choices.get(random.nextInt(choices.size())));
            } else {
                int other = random.nextInt(choices.size() - 1);
                noisy.set(order[i], choices.get(other >= at ? other + 1 : other));
            }
        }
        return new Corrupted(new LabelledRows(rows.features(), noisy), touched);
    }
}
