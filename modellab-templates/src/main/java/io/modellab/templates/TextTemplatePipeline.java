package io.modellab.templates;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.spi.EvalPipeline;
import io.modellab.evalharness.core.spi.ModelDescription;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.tribuo.Tribuo;

/**
 * Template C's baseline as an {@link EvalPipeline}: fits the TF-IDF vocabulary and the logistic regression on the
 * train rows, scores the test rows with the positive label's probability, and returns the {@link TribuoPredictor},
 * so that a run stresses it, saves it under {@code model/} and writes its predictions sample. The config's seed is
 * replaced by the run's.
 *
 * @param config the settings, the text column among them
 * @param progress hears each training stage
 */
public record TextTemplatePipeline(TfIdfConfig config, ProgressListener progress) implements EvalPipeline {

    /** Checks the pieces. */
    public TextTemplatePipeline {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(progress, "progress");
    }

    /** The template with {@code config}, reporting nowhere. */
    public TextTemplatePipeline(TfIdfConfig config) {
        this(config, ProgressListener.NONE);
    }

    @Override
    public String name() {
        return config.model();
    }

    @Override
    public ModelDescription describe() {
        return new ModelDescription("TF-IDF of column " + config.textColumn() + " (vocabulary fitted on the train rows)"
                + " and L2-regularised logistic regression (liblinear)", "Tribuo " + Tribuo.VERSION + " (liblinear)",
                "logistic loss with an L2 penalty", "CPU", "float64", null,
                "tf-idf of the train vocabulary (lower-cased runs of letters and digits), unit length per row", true);
    }

    @Override
    public Scored fitAndScore(Input input) {
        TfIdfConfig seeded = config.withSeed(input.seed());
        TribuoPredictor model = TextClassifierTraining.train(seeded, input.trainRows(), input.trainLabels(), progress);
        if (!model.labels().contains(input.positiveLabel())) {
            throw new IllegalArgumentException("the training rows never have the label " + input.positiveLabel()
                    + " (labels: " + model.labels() + ")");
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("template", seeded.model());
        seeded.asMap().forEach((k, v) -> {
            if (!k.equals("model") && !k.equals("seed")) {
                settings.put("template." + k, v);
            }
        });
        return new Scored(model.predict(input.testRows()).probabilitiesOf(input.positiveLabel()), model.fitRecords(),
                settings, model);
    }
}
