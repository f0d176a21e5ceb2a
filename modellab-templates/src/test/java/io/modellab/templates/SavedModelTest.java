package io.modellab.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.InvalidArtifactException;
import io.modellab.evalharness.core.schema.InferenceSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedModelTest {

    private static final RealData CREDIT_G = RealData.classification("credit-g", "class");
    private static final RealData CPU = RealData.regression("cpu", "performance");
    private static final RealData GLOSSES = RealData.classification("wordnet-glosses", "category");

    @TempDir
    Path runs;

    @Test
    void everyClassifierLoadsBackAndPredictsBitForBit() {
        for (ClassifierTemplate template : ClassifierTemplate.values()) {
            TribuoPredictor trained = ClassifierTraining.train(template, CREDIT_G.trainRows(), CREDIT_G.trainLabels(), 42);
            Path run = runs.resolve(template.modelName());
            SavedModel.save(run, template.modelName(), "class", trained);

            TribuoPredictor loaded = SavedModel.load(run).predictor();

            for (String label : List.of("bad", "good")) {
                assertThat(loaded.predict(CREDIT_G.testRows()).probabilitiesOf(label)).as(template.modelName())
                        .containsExactly(trained.predict(CREDIT_G.testRows()).probabilitiesOf(label));
            }
        }
    }

    @Test
    void everyRegressorLoadsBackAndPredictsBitForBit() {
        for (RegressorTemplate template : RegressorTemplate.values()) {
            TribuoRegressor trained = RegressionTraining.train(template, CPU.trainRows(), CPU.trainTargets(), 42);
            Path run = runs.resolve(template.modelName());
            SavedModel.save(run, template.modelName(), "performance", trained);

            assertThat(SavedModel.load(run).regressor().predict(CPU.testRows())).as(template.modelName())
                    .containsExactly(trained.predict(CPU.testRows()));
        }
    }

    @Test
    void theTextClassifierLoadsBackAndPredictsBitForBit() {
        TribuoPredictor trained = TextClassifierTraining.train(TfIdfConfig.defaults("gloss", 42), GLOSSES.trainRows(),
                GLOSSES.trainLabels(), ProgressListener.NONE);
        SavedModel.save(runs, "tfidf_logistic_regression", "category", trained);

        assertThat(SavedModel.load(runs).predictor().predict(GLOSSES.testRows()).probabilitiesOf("plant"))
                .containsExactly(trained.predict(GLOSSES.testRows()).probabilitiesOf("plant"));
    }

    @Test
    void theSignatureNamesFeaturesLabelsAndPreprocessingAndIsByteIdenticalForTheSameSeed() throws IOException {
        Path first = runs.resolve("first");
        Path second = runs.resolve("second");
        for (Path run : List.of(first, second)) {
            SavedModel.save(run, "logistic_regression", "class", ClassifierTraining.train(
                    ClassifierTemplate.LOGISTIC_REGRESSION, CREDIT_G.trainRows(), CREDIT_G.trainLabels(), 42));
        }
        InferenceSignature signature = ArtifactReader.read(first.resolve("model/signature.json"), InferenceSignature.class);

        assertThat(signature.task()).isEqualTo("binary_classification");
        assertThat(signature.labels()).containsExactly("bad", "good");
        assertThat(signature.features()).hasSize(20);
        assertThat(signature.features().get(0).name()).isEqualTo("checking_status");
        assertThat(signature.features().get(0).type()).isEqualTo("categorical");
        assertThat(signature.features().get(1).type()).isEqualTo("numeric");
        assertThat(signature.preprocessing()).extracting(s -> s.kind()).containsExactly("imputer", "scaler", "encoder");
        assertThat(signature.preprocessing().get(1).statistics().get("duration")).containsKeys("mean", "sd");
        assertThat(signature.modelFormat()).isEqualTo("tribuo-protobuf 4.3.2");
        assertThat(Files.readAllBytes(second.resolve("model/signature.json")))
                .isEqualTo(Files.readAllBytes(first.resolve("model/signature.json")));
    }

    @Test
    void aModelIsSavedOnceAndABrokenSignatureIsRefusedNamingTheField() throws IOException {
        TribuoPredictor trained = ClassifierTraining.train(ClassifierTemplate.MOST_FREQUENT, CREDIT_G.trainRows(),
                CREDIT_G.trainLabels(), 42);
        SavedModel.save(runs, "most_frequent", "class", trained);

        assertThatThrownBy(() -> SavedModel.save(runs, "most_frequent", "class", trained))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("already exists");

        Path signature = runs.resolve("model/signature.json");
        Files.writeString(signature, Files.readString(signature).replace("\"binary_classification\"", "\"clustering\""));
        assertThatThrownBy(() -> SavedModel.load(runs)).isInstanceOf(InvalidArtifactException.class)
                .hasMessageContaining("$.task");
    }

    @Test
    void predictionsSampleHoldsTheFirstHundredTestRowsExactly() throws IOException {
        TribuoPredictor trained = ClassifierTraining.train(ClassifierTemplate.XGBOOST, CREDIT_G.trainRows(),
                CREDIT_G.trainLabels(), 42);
        var probabilities = trained.predict(CREDIT_G.testRows());
        Path file = PredictionsSample.write(runs, CREDIT_G.testRows(), CREDIT_G.testLabels(), probabilities);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

        assertThat(lines).hasSize(101);
        assertThat(lines.get(0)).isEqualTo("row_id,actual,predicted,p_bad,p_good");
        String[] first = lines.get(1).split(",");
        assertThat(first[0]).isEqualTo(CREDIT_G.testRows().rowId(0));
        assertThat(first[1]).isEqualTo(CREDIT_G.testLabels()[0]);
        assertThat(Double.parseDouble(first[3])).isEqualTo(probabilities.probability(0, 0));
        byte[] again = Files.readAllBytes(PredictionsSample.write(runs.resolve("again"), CREDIT_G.testRows(),
                CREDIT_G.testLabels(), ClassifierTraining.train(ClassifierTemplate.XGBOOST, CREDIT_G.trainRows(),
                        CREDIT_G.trainLabels(), 42).predict(CREDIT_G.testRows())));
        assertThat(again).as("same seed, same bytes").isEqualTo(Files.readAllBytes(file));
    }
}
