package io.modellab.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.data.ClassProbabilities;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.metrics.RocAuc;
import io.modellab.tracker.data.CsvDatasets;
import io.modellab.tracker.data.LoadedDataset;
import io.modellab.tracker.data.StratifiedSplit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.LabelFactory;

class ClassifierTrainingTest {

    private static final LoadedDataset CREDIT_G =
            CsvDatasets.read("credit-g", Path.of("../datasets/credit-g.csv"), Path.of(".."));
    private static final String[] LABELS = CREDIT_G.table().column("class");
    private static final StratifiedSplit SPLIT = StratifiedSplit.of(LABELS, 0.3, 42);
    private static final Table FEATURES = CREDIT_G.table().withoutColumns("class");

    private static double testAuc(TribuoPredictor model) {
        ClassProbabilities p = model.predict(FEATURES.rows(SPLIT.test()));
        boolean[] bad = new boolean[SPLIT.test().length];
        for (int i = 0; i < bad.length; i++) {
            bad[i] = LABELS[SPLIT.test()[i]].equals("bad");
        }
        return RocAuc.of(bad, p.probabilitiesOf("bad"));
    }

    private static TribuoPredictor train(ClassifierTemplate template) {
        String[] trainLabels = new String[SPLIT.train().length];
        for (int i = 0; i < trainLabels.length; i++) {
            trainLabels[i] = LABELS[SPLIT.train()[i]];
        }
        return ClassifierTraining.train(template, FEATURES.rows(SPLIT.train()), trainLabels, 42);
    }

    @Test
    void logisticRegressionOnCreditGRanksInTheExpectedRangeAndTheDummyDoesNot() {
        TribuoPredictor dummy = train(ClassifierTemplate.MOST_FREQUENT);
        TribuoPredictor logistic = train(ClassifierTemplate.LOGISTIC_REGRESSION);

        assertThat(testAuc(dummy)).isEqualTo(0.5);
        assertThat(dummy.predict(FEATURES.rows(SPLIT.test())).probabilitiesOf("good")).containsOnly(1.0);
        assertThat(testAuc(logistic)).isBetween(0.72, 0.85);
        assertThat(logistic.labels()).containsExactly("bad", "good");
    }

    @Test
    void sameSeedSameDataGivesBitIdenticalProbabilities() {
        double[] first = train(ClassifierTemplate.LOGISTIC_REGRESSION).predict(FEATURES.rows(SPLIT.test())).probabilitiesOf("bad");
        double[] second = train(ClassifierTemplate.LOGISTIC_REGRESSION).predict(FEATURES.rows(SPLIT.test())).probabilitiesOf("bad");

        assertThat(second).containsExactly(first);
    }

    @Test
    void encodingKindsComeFromTrainingRowsAndBadCellsAreNamed() {
        Table train = Table.ofRows(List.of("n", "c"), List.of(new String[] {"1.5", "x"}, new String[] {null, "y"}),
                List.of("1", "2"));
        Table later = Table.ofRows(List.of("n", "c"), List.<String[]>of(new String[] {"abc", "z"}), List.of("9"));

        TabularEncoding encoding = TabularEncoding.fit(train);

        assertThat(encoding.isNumeric("n")).isTrue();
        assertThat(encoding.isNumeric("c")).isFalse();
        assertThat(encoding.example(train, 1, LabelFactory.UNKNOWN_LABEL).lookup("n").getValue())
                .as("the missing cell becomes the train mean").isEqualTo(1.5);
        assertThatThrownBy(() -> encoding.example(later, 0, LabelFactory.UNKNOWN_LABEL))
                .hasMessage("row 9 column \"n\" holds \"abc\", expected a number as in the training rows");
    }
}
