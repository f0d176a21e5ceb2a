package io.modellab.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.DataSplit;
import io.modellab.evalharness.core.rules.FitRecord;
import io.modellab.evalharness.core.rules.LeakageChecker;
import io.modellab.evalharness.core.rules.PipelineRecord;
import io.modellab.tracker.data.CsvDatasets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Template C on the bundled WordNet glosses: is a definition an animal's or a plant's? */
class TextTemplateTest {

    private static final RealData GLOSSES = RealData.classification("wordnet-glosses", "category");

    private static TribuoPredictor train(RealData data) {
        return TextClassifierTraining.train(TfIdfConfig.defaults("gloss", 42), data.trainRows(), data.trainLabels(),
                ProgressListener.NONE);
    }

    @Test
    void tfIdfLogisticRegressionTellsAnimalsFromPlants() {
        TribuoPredictor model = train(GLOSSES);

        assertThat(GLOSSES.testAuc(model, "plant")).as("measured 0.935").isGreaterThanOrEqualTo(0.90);
        assertThat(model.labels()).containsExactly("animal", "plant");
        assertThat(train(GLOSSES).predict(GLOSSES.testRows()).probabilitiesOf("plant"))
                .as("same seed, same rows").containsExactly(model.predict(GLOSSES.testRows()).probabilitiesOf("plant"));
    }

    @Test
    void theVocabularyIsFittedOnTrainRowsAndPassesTheLeakageRules() {
        TribuoPredictor model = train(GLOSSES);
        FitRecord vocabulary = model.fitRecords().get(0);
        Table all = CsvDatasets.read("wordnet-glosses", Path.of("../datasets/wordnet-glosses.csv"), Path.of("..")).table();

        assertThat(vocabulary.kind()).isEqualTo(FitRecord.VOCABULARY);
        assertThat(vocabulary.rowsSeen()).hasSize(560).containsExactlyElementsOf(GLOSSES.trainRows().rowIds());
        assertThat(vocabulary.statistics().get("gloss")).containsKey("genus");
        assertThat(LeakageChecker.standard().check(new PipelineRecord("run-20261123-120000-00000042", all, "category",
                DataSplit.trainTest(GLOSSES.trainRows().rowIds(), GLOSSES.testRows().rowIds()), model.fitRecords()))
                .passed()).isTrue();
    }

    @Test
    void aVocabularyFittedOnEveryRowFailsTheLeakageRules() {
        Table all = CsvDatasets.read("wordnet-glosses", Path.of("../datasets/wordnet-glosses.csv"), Path.of("..")).table();
        TfIdfVectorizer onAll = TfIdfVectorizer.fit(all, "gloss", 1, 100_000);

        assertThat(LeakageChecker.standard().check(new PipelineRecord("run-20261123-120000-00000042", all, "category",
                DataSplit.trainTest(GLOSSES.trainRows().rowIds(), GLOSSES.testRows().rowIds()), onAll.fitRecords()))
                .passed()).isFalse();
    }

    @Test
    void tokensAreLowerCasedRunsOfLettersAndDigitsAndUnknownTokensAreIgnored() {
        Table train = Table.ofRows(java.util.List.of("t"), Arrays.asList(new String[] {"A cat, a CAT!"},
                new String[] {"a dog"}), java.util.List.of("1", "2"));
        TfIdfVectorizer v = TfIdfVectorizer.fit(train, "t", 1, 10);
        Table later = Table.ofRows(java.util.List.of("t"), Arrays.<String[]>asList(new String[] {"zebra"},
                new String[] {null}), java.util.List.of("3", "4"));

        assertThat(TfIdfVectorizer.tokenCounts("A cat, a CAT!")).containsEntry("a", 2).containsEntry("cat", 2).hasSize(2);
        assertThat(v.vocabularySize()).isEqualTo(3);
        for (int r = 0; r < 2; r++) {
            var example = v.example(later, r, org.tribuo.classification.LabelFactory.UNKNOWN_LABEL);
            assertThat(example.size()).isEqualTo(1);
            assertThat(example.lookup("t:<none>").getValue()).isEqualTo(1.0);
        }
    }
}
