package io.modellab.evalharness.plots.html;

import java.util.Map;

/** What each metric of a model card means, for the tooltips of its page. */
final class MetricGlossary {

    private static final Map<String, String> MEANING = Map.ofEntries(
            Map.entry("accuracy", "Share of rows whose predicted label is the actual one."),
            Map.entry("precision", "Of the rows predicted positive, the share that are positive."),
            Map.entry("recall", "Of the positive rows, the share predicted positive (sensitivity)."),
            Map.entry("f1", "Harmonic mean of precision and recall: high only when both are."),
            Map.entry("auc", "ROC-AUC: the chance that a random positive row scores above a random negative one"
                    + " (0.5 is a coin toss, 1 a perfect ranking). Independent of the threshold."),
            Map.entry("optimal_threshold", "The threshold on the positive label's probability with the highest F1."
                    + " Chosen on the same rows, so optimistic."),
            Map.entry("optimal_threshold_f1", "F1 when rows are predicted positive from the optimal threshold on."),
            Map.entry("accuracy_at_optimal_threshold", "Accuracy at the optimal threshold."),
            Map.entry("epoch", "The pass over the training data these numbers come from."),
            Map.entry("train_loss", "Loss on the training rows: how far the predictions were from the truth while"
                    + " learning. Lower is better."),
            Map.entry("validation_loss", "Loss on held-out rows. Lower is better; far above the training loss means"
                    + " over-fitting."),
            Map.entry("spread_loss", "Embedding Space: the part of the loss that keeps embeddings apart."),
            Map.entry("joint_loss", "Embedding Space: the part of the loss over all columns together."),
            Map.entry("marginal_loss", "Embedding Space: the part of the loss of reconstructing each column alone."),
            Map.entry("initial_train", "Training loss before training."),
            Map.entry("initial_val", "Validation loss before training."),
            Map.entry("improvement_pct", "How much the loss improved from the first to the last epoch."));

    private MetricGlossary() {
    }

    /** The meaning of a metric by its card name, or {@code null} when there is none to give. */
    static String meaning(String name) {
        return MEANING.get(name);
    }
}
