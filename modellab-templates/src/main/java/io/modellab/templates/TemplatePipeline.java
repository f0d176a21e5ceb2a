package io.modellab.templates;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.spi.EvalPipeline;
import io.modellab.evalharness.core.spi.ModelDescription;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tabular classification template as an {@link EvalPipeline}: fits the template (and its preprocessing) on the
 * train rows, scores the test rows with the positive label's probability, records its settings in run.json, and
 * returns the fitted {@link TribuoPredictor} for the stress tests and for saving into the run's {@code model/}
 * folder. The config's seed is replaced by the run's.
 *
 * @param template which model
 * @param config its settings (validated before training)
 * @param progress hears each training stage
 */
public record TemplatePipeline(ClassifierTemplate template, TemplateConfig config, ProgressListener progress)
        implements EvalPipeline {

    /** Checks that the config configures the template. */
    public TemplatePipeline {
        Objects.requireNonNull(progress, "progress");
        if (ClassifierTemplate.of(config) != template) {
            throw new IllegalArgumentException("a " + config.model() + " config does not configure " + template.modelName());
        }
    }

    /** The template with its default settings. */
    public TemplatePipeline(ClassifierTemplate template) {
        this(template, template.defaultConfig(0), ProgressListener.NONE);
    }

    /** The template {@code config} configures. */
    public TemplatePipeline(TemplateConfig config) {
        this(ClassifierTemplate.of(config), config, ProgressListener.NONE);
    }

    @Override
    public String name() {
        return template.modelName();
    }

    @Override
    public ModelDescription describe() {
        return template.description();
    }

    @Override
    public Scored fitAndScore(Input input) {
        TemplateConfig seeded = config.withSeed(input.seed());
        TribuoPredictor model = ClassifierTraining.train(seeded, input.trainRows(), input.trainLabels(), progress);
        if (!model.labels().contains(input.positiveLabel())) {
            throw new IllegalArgumentException("the training rows never have the label " + input.positiveLabel()
                    + " (labels: " + model.labels() + ")");
        }
        double[] scores = model.predict(input.testRows()).probabilitiesOf(input.positiveLabel());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("template", template.modelName());
        seeded.asMap().forEach((k, v) -> {
            if (!k.equals("model") && !k.equals("seed")) {
                settings.put("template." + k, v);
            }
        });
        return new Scored(scores, model.fitRecords(), settings, model);
    }
}
