package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.schema.FailureExample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tags every failure example with a failure mode of spec 4.8: the user's overrides by example id first, then the
 * user's rules in order, then the default heuristics below; the first rule that answers wins, and the last default
 * always answers, so every example is tagged.
 *
 * <p>Default heuristics, in order (each example's {@code failure_mode_reason} says which one matched):
 * <ol>
 *   <li>{@code systems_infra}: every feature of the row is missing (a lost join or a broken ingest, not a real
 *       input), or the prediction is not a finite number;</li>
 *   <li>{@code optimization}: the model gave every evaluated row the same output (it learned no signal: a constant
 *       baseline, or training that did not move);</li>
 *   <li>{@code data}: at least {@value #HIGH_MISSING} of the row's features are missing;</li>
 *   <li>{@code human_ux}: a ranking query of one token or none (the intent is ambiguous to a person too);</li>
 *   <li>{@code data}: a classification wrong with confidence at least {@value #LABEL_NOISE_CONFIDENCE}, or a
 *       regression error above {@value #OUTLIER_ERRORS} times the mean absolute error (the label may be wrong, or the
 *       row an outlier);</li>
 *   <li>{@code objective_metric}: a right prediction picked for its low confidence (the decision threshold and the
 *       calibration decide it, not the features);</li>
 *   <li>{@code model_representation}: every other failure (the model gets this region or segment wrong).</li>
 * </ol>
 *
 * @param overrides tags by example id, set by a person who looked at the example
 * @param rules the user's rules, tried before the defaults
 */
public record FailureTagging(Map<String, FailureTagger.Tag> overrides, List<FailureTagger> rules) {

    /** Share of missing features from which a row's failure is tagged {@code data}. */
    public static final double HIGH_MISSING = 0.3;
    /** Confidence from which a wrong classification is tagged {@code data} (possible label noise). */
    public static final double LABEL_NOISE_CONFIDENCE = 0.9;
    /** Multiple of the mean absolute error above which a regression error is tagged {@code data} (outlier). */
    public static final double OUTLIER_ERRORS = 3.0;

    /** The default heuristics alone. */
    public static final FailureTagging DEFAULTS = new FailureTagging(Map.of(), List.of());

    /** Copies the map and list. */
    public FailureTagging {
        overrides = Map.copyOf(overrides);
        rules = List.copyOf(rules);
    }

    /** These tagging rules with {@code rule} tried before the others (after the overrides). */
    public FailureTagging withRule(FailureTagger rule) {
        List<FailureTagger> out = new ArrayList<>();
        out.add(rule);
        out.addAll(rules);
        return new FailureTagging(overrides, out);
    }

    /** These tagging rules with example {@code exampleId} tagged {@code mode} for {@code reason}. */
    public FailureTagging withOverride(String exampleId, FailureMode mode, String reason) {
        Map<String, FailureTagger.Tag> out = new LinkedHashMap<>(overrides);
        out.put(exampleId, new FailureTagger.Tag(mode, reason));
        return new FailureTagging(out, rules);
    }

    /** The example with its tag and the reason. */
    public FailureExample tag(FailureCase c) {
        FailureTagger.Tag tag = overrides.get(c.example().exampleId());
        if (tag != null) {
            return c.example().withFailureMode(tag.mode().tag(), "set by the user: " + tag.reason());
        }
        for (FailureTagger rule : rules) {
            tag = rule.tag(c);
            if (tag != null) {
                return c.example().withFailureMode(tag.mode().tag(), "user rule: " + tag.reason());
            }
        }
        tag = byDefault(c);
        return c.example().withFailureMode(tag.mode().tag(), tag.reason());
    }

    /** The default heuristics of the class comment; always answers. */
    public static FailureTagger.Tag byDefault(FailureCase c) {
        FailureExample e = c.example();
        if (c.allFeaturesMissing()) {
            return new FailureTagger.Tag(FailureMode.SYSTEMS_INFRA, "every feature of the row is missing: a lost join"
                    + " or a broken ingest rather than a real input");
        }
        if (FailureCase.REGRESSION.equals(c.task()) && (c.absoluteError() == null || !Double.isFinite(c.absoluteError()))) {
            return new FailureTagger.Tag(FailureMode.SYSTEMS_INFRA, "the prediction is not a finite number");
        }
        if (c.constantModel()) {
            return new FailureTagger.Tag(FailureMode.OPTIMIZATION, "the model gives every row the same output: it"
                    + " learned no signal (a constant baseline, or training that did not move)");
        }
        if (c.missingShare() >= HIGH_MISSING) {
            return new FailureTagger.Tag(FailureMode.DATA, String.format(Locale.ROOT,
                    "%.0f %% of the row's features are missing (at least %.0f %%)", 100 * c.missingShare(),
                    100 * HIGH_MISSING));
        }
        if (FailureCase.RANKING.equals(c.task()) && c.queryLength() != null && c.queryLength() <= 1) {
            return new FailureTagger.Tag(FailureMode.HUMAN_UX, "a query of " + c.queryLength()
                    + " token(s): its intent is ambiguous to a person too");
        }
        boolean wrong = !e.prediction().equals(e.groundTruth());
        if (FailureCase.CLASSIFICATION.equals(c.task()) && wrong && e.confidence() != null
                && e.confidence() >= LABEL_NOISE_CONFIDENCE) {
            return new FailureTagger.Tag(FailureMode.DATA, String.format(Locale.ROOT, "wrong with confidence %.3f"
                    + " (at least %.2f): the label may be wrong, or the row unlike the training rows",
                    e.confidence(), LABEL_NOISE_CONFIDENCE));
        }
        if (FailureCase.REGRESSION.equals(c.task()) && c.meanAbsoluteError() != null
                && c.absoluteError() > OUTLIER_ERRORS * c.meanAbsoluteError()) {
            return new FailureTagger.Tag(FailureMode.DATA, String.format(Locale.ROOT, "an error of %.4g, more than"
                    + " %.0f times the mean absolute error %.4g: an outlier or a wrong label", c.absoluteError(),
                    OUTLIER_ERRORS, c.meanAbsoluteError()));
        }
        if (FailureCase.CLASSIFICATION.equals(c.task()) && !wrong) {
            return new FailureTagger.Tag(FailureMode.OBJECTIVE_METRIC, "right but barely: the decision threshold and"
                    + " the calibration decide this row, not its features");
        }
        return new FailureTagger.Tag(FailureMode.MODEL_REPRESENTATION, "the model gets this row's region or segment"
                + " wrong (no data, systems or objective heuristic matched)");
    }
}
