package io.modellab.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Template A on the bundled real data, split as the demo splits it (stratified 70/30, seed 42). */
class ClassifierTemplatesTest {

    private static final RealData CREDIT_G = RealData.classification("credit-g", "class");
    private static final RealData PIMA = RealData.classification("diabetes-pima", "class");

    private static TribuoPredictor train(RealData data, ClassifierTemplate template) {
        return ClassifierTraining.train(template, data.trainRows(), data.trainLabels(), 42);
    }

    @Test
    void creditGDummyRanksNothingAndLogisticRegressionAndXGBoostRankInTheExpectedRange() {
        double dummy = CREDIT_G.testAuc(train(CREDIT_G, ClassifierTemplate.MOST_FREQUENT), "bad");
        double logistic = CREDIT_G.testAuc(train(CREDIT_G, ClassifierTemplate.LOGISTIC_REGRESSION), "bad");
        double xgboost = CREDIT_G.testAuc(train(CREDIT_G, ClassifierTemplate.XGBOOST), "bad");

        assertThat(dummy).isEqualTo(0.5);
        assertThat(logistic).isBetween(0.72, 0.85);
        assertThat(xgboost).isBetween(0.72, 0.85);
    }

    @Test
    void pimaLogisticRegressionReachesTheReferenceAuc() {
        assertThat(PIMA.testAuc(train(PIMA, ClassifierTemplate.LOGISTIC_REGRESSION), "tested_positive"))
                .isGreaterThanOrEqualTo(0.78);
    }

    @Test
    void sameSeedSameRowsGiveBitIdenticalPredictionsForEveryTemplate() {
        for (ClassifierTemplate template : ClassifierTemplate.values()) {
            double[] first = train(CREDIT_G, template).predict(CREDIT_G.testRows()).probabilitiesOf("bad");
            double[] second = train(CREDIT_G, template).predict(CREDIT_G.testRows()).probabilitiesOf("bad");

            assertThat(second).as(template.modelName()).containsExactly(first);
        }
    }

    @Test
    void xgboostWithAnotherSeedAndSubsamplingGivesOtherPredictions() {
        XGBoostConfig sampled = new XGBoostConfig("classification", 50, 0.3, 6, 1, 0.8, 0.8, 1, 0, 0, 1, 42);
        double[] seed42 = ClassifierTraining.train(sampled, CREDIT_G.trainRows(), CREDIT_G.trainLabels(),
                ProgressListener.NONE).predict(CREDIT_G.testRows()).probabilitiesOf("bad");
        double[] seed7 = ClassifierTraining.train(sampled.withSeed(7), CREDIT_G.trainRows(), CREDIT_G.trainLabels(),
                ProgressListener.NONE).predict(CREDIT_G.testRows()).probabilitiesOf("bad");

        assertThat(seed7).as("the seed reaches XGBoost").isNotEqualTo(seed42);
    }

    @Test
    void trainingReportsItsStagesToTheListener() {
        List<String> stages = new ArrayList<>();
        ClassifierTraining.train(XGBoostConfig.classification(42), CREDIT_G.trainRows(), CREDIT_G.trainLabels(),
                (stage, done, total) -> stages.add(stage));

        assertThat(stages).containsExactly("xgboost: preprocessing fitted on 700 train rows", "xgboost: trained");
    }
}
