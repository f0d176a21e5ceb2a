package io.modellab.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.data.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateConfigTest {

    @Test
    void everyDefaultConfigIsValid() {
        for (ClassifierTemplate t : ClassifierTemplate.values()) {
            assertThat(t.defaultConfig(42).validate().seed()).isEqualTo(42);
        }
        for (RegressorTemplate t : RegressorTemplate.values()) {
            assertThat(t.defaultConfig(42).validate().seed()).isEqualTo(42);
        }
        assertThat(TfIdfConfig.defaults("text", 1).validate()).isNotNull();
    }

    @Test
    void aBadHyperparameterIsNamedWithItsValue() {
        XGBoostConfig deep = new XGBoostConfig("classification", 50, 0.3, 50, 1, 1, 1, 1, 0, 0, 1, 42);

        assertThatThrownBy(deep::validate)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid xgboost config: max_depth must be less than or equal to 20 (was 50)");
    }

    @Test
    void everyBadFieldIsNamed() {
        LogisticRegressionConfig bad = new LogisticRegressionConfig(0, 0, 0.01, null, 42);

        assertThatThrownBy(bad::validate).hasMessage("invalid logistic_regression config: cost must be greater than 0"
                + " (was 0.0); max_iterations must be greater than or equal to 1 (was 0); numeric_fill must not be null"
                + " (was null)");
    }

    @Test
    void trainingRefusesAnInvalidConfigBeforeReadingRows() {
        Table rows = Table.ofRows(List.of("x"), List.<String[]>of(new String[] {"1"}), List.of("1"));

        assertThatThrownBy(() -> ClassifierTraining.train(new XGBoostConfig("classification", 0, 0.3, 6, 1, 1, 1, 1, 0,
                0, 1, 42), rows, new String[] {"a"}, ProgressListener.NONE))
                .hasMessage("invalid xgboost config: trees must be greater than or equal to 1 (was 0)");
        assertThatThrownBy(() -> ClassifierTraining.train(XGBoostConfig.regression(42), rows, new String[] {"a"},
                ProgressListener.NONE))
                .hasMessage("a xgboost config for regression does not configure a tabular classifier");
    }

    @Test
    void theConfigIsRecordedUnderItsSnakeCaseNames() {
        assertThat(XGBoostConfig.classification(7).asMap()).containsEntry("model", "xgboost")
                .containsEntry("max_depth", 6).containsEntry("feature_subsample", 1.0).containsEntry("seed", 7L);
    }
}
