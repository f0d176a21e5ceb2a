package io.modellab.templates;

import io.modellab.evalharness.core.spi.EvalPipeline;
import java.util.Arrays;
import java.util.Map;

/**
 * A {@link TextFineTune} as an {@link EvalPipeline}: fine-tunes on the train rows' texts and scores the test rows.
 *
 * @param fineTune the implementation
 * @param textColumn the text column
 */
public record TextFineTunePipeline(TextFineTune fineTune, String textColumn) implements EvalPipeline {

    @Override
    public String name() {
        return fineTune.name();
    }

    @Override
    public Scored fitAndScore(Input input) {
        TextFineTune.FineTuned tuned = fineTune.fineTune(Arrays.asList(input.trainRows().column(textColumn)),
                Arrays.asList(input.trainLabels()), textColumn, input.seed());
        double[] scores = tuned.predictor().predict(input.testRows()).probabilitiesOf(input.positiveLabel());
        return new Scored(scores, tuned.fits(), Map.of("template", fineTune.name(), "text_column", textColumn),
                tuned.predictor());
    }
}
