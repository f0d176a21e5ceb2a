package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.FailureExamples;
import java.util.List;

/**
 * The per-run failure-modes template of spec 4.8 (failure_modes.md): the six categories, each with the examples
 * tagged with it and blank notes for the person who reads them, and the heuristics that assigned the tags.
 */
public final class FailureModesTemplate {

    private FailureModesTemplate() {
    }

    /** The template for a run's failure examples, as Markdown. */
    public static String render(FailureExamples failures) {
        StringBuilder md = new StringBuilder();
        md.append("# Failure modes of run ").append(failures.runId()).append("\n\n");
        md.append("Every example of failure_examples.json is listed under its failure-mode tag. The tags come from the")
                .append(" heuristics below unless a rule or an override set them; change a tag by an override")
                .append(" (`FailureTagging.withOverride`) and write what you find under Notes.\n");
        for (FailureMode mode : FailureMode.values()) {
            md.append("\n## ").append(mode.title()).append(" (`").append(mode.tag()).append("`)\n\n");
            List<FailureExample> tagged = failures.examples().stream()
                    .filter(e -> mode.tag().equals(e.failureMode())).toList();
            if (tagged.isEmpty()) {
                md.append("No example is tagged ").append(mode.tag()).append(".\n");
            }
            for (FailureExample e : tagged) {
                md.append("- `").append(oneLine(e.exampleId())).append("` (").append(e.rule()).append("): ")
                        .append(oneLine(e.why())).append(". Tagged because ")
                        .append(oneLine(e.failureModeReason() == null ? "(no reason given)" : e.failureModeReason()))
                        .append(".\n");
            }
            md.append("\nNotes:\n\n-\n");
        }
        md.append("\n## How the tags were assigned\n\n")
                .append("In order, the first that matches: every feature missing or a non-finite prediction: systems_infra;")
                .append(" a model whose output never varies: optimization; at least ")
                .append(Math.round(100 * FailureTagging.HIGH_MISSING)).append(" % of the features missing: data;")
                .append(" a ranking query of at most one word: human_ux; wrong with confidence at least ")
                .append(FailureTagging.LABEL_NOISE_CONFIDENCE).append(", or a regression error above ")
                .append(FailureTagging.OUTLIER_ERRORS).append(" times the mean absolute error: data;")
                .append(" right but barely confident: objective_metric; anything else: model_representation.\n");
        return md.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ").replace("`", "'");
    }
}
