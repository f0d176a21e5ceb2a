package io.modellab.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.rules.FitRecord;
import io.modellab.evalharness.core.spi.EvalPipeline;
import org.junit.jupiter.api.Test;

class TextTemplatePipelineTest {

    @Test
    void fitsOnTheTrainRowsAndScoresTheTestRowsWithTheRunsSeed() {
        RealData glosses = RealData.classification("wordnet-glosses", "category");
        TextTemplatePipeline pipeline = new TextTemplatePipeline(TfIdfConfig.defaults("gloss", 0));

        EvalPipeline.Scored scored = pipeline.fitAndScore(new EvalPipeline.Input(glosses.features(), glosses.labels(),
                glosses.split().train(), glosses.split().test(), "plant", 42));

        assertThat(pipeline.name()).isEqualTo("tfidf_logistic_regression");
        assertThat(scored.positiveProbability()).hasSize(240).containsExactly(TextClassifierTraining.train(
                TfIdfConfig.defaults("gloss", 42), glosses.trainRows(), glosses.trainLabels(),
                io.modellab.evalharness.core.ProgressListener.NONE).predict(glosses.testRows()).probabilitiesOf("plant"));
        assertThat(scored.fits()).extracting(FitRecord::kind).containsExactly(FitRecord.VOCABULARY);
        assertThat(scored.config()).containsEntry("template", "tfidf_logistic_regression")
                .containsEntry("template.text_column", "gloss").containsEntry("template.min_document_frequency", 2);
        assertThat(scored.predictor()).isInstanceOf(TribuoPredictor.class);
    }
}
