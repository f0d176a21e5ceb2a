package io.modellab.templates;

import io.modellab.evalharness.core.spi.EvalPipeline;
import io.modellab.evalharness.core.spi.ModelDescription;
import java.util.Map;

/**
 * A training template as an {@link EvalPipeline}: fits the template (and its encoding) on the train rows, scores
 * the test rows with the positive label's probability, and returns the fitted {@link TribuoPredictor} for the stress
 * tests.
 *
 * @param template which model
 */
public record TemplatePipeline(ClassifierTemplate template) implements EvalPipeline {

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
        TribuoPredictor model = ClassifierTraining.train(template, input.trainRows(), input.trainLabels(), input.seed());
        if (!model.labels().contains(input.positiveLabel())) {
            throw new IllegalArgumentException("the training rows never have the label " + input.positiveLabel()
                    + " (labels: " + model.labels() + ")");
        }
        double[] scores = model.predict(input.testRows()).probabilitiesOf(input.positiveLabel());
        return new Scored(scores, model.fitRecords(), Map.of("template", template.modelName()), model);
    }
}
