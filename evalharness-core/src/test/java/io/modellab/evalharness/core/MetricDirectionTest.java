package io.modellab.evalharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricDirectionTest {

    @Test
    void lossesAndCalibrationErrorsAreBetterSmallerAndEverythingElseLarger() {
        assertThat(MetricDirection.of("log_loss")).isEqualTo(MetricDirection.LOWER_IS_BETTER);
        assertThat(MetricDirection.of("brier")).isEqualTo(MetricDirection.LOWER_IS_BETTER);
        assertThat(MetricDirection.of("ece")).isEqualTo(MetricDirection.LOWER_IS_BETTER);
        assertThat(MetricDirection.of("rmse")).isEqualTo(MetricDirection.LOWER_IS_BETTER);
        assertThat(MetricDirection.of("mae")).isEqualTo(MetricDirection.LOWER_IS_BETTER);
        assertThat(MetricDirection.of("r2")).isEqualTo(MetricDirection.HIGHER_IS_BETTER);
        assertThat(MetricDirection.of("roc_auc")).isEqualTo(MetricDirection.HIGHER_IS_BETTER);
        assertThat(MetricDirection.of("recall")).isEqualTo(MetricDirection.HIGHER_IS_BETTER);
    }

    @Test
    void aChangeImprovesOnlyInTheBetterDirection() {
        assertThat(MetricDirection.HIGHER_IS_BETTER.improvesBy(0.01)).isTrue();
        assertThat(MetricDirection.HIGHER_IS_BETTER.improvesBy(0)).isFalse();
        assertThat(MetricDirection.LOWER_IS_BETTER.improvesBy(-0.01)).isTrue();
        assertThat(MetricDirection.LOWER_IS_BETTER.improvesBy(0.01)).isFalse();
        assertThat(MetricDirection.HIGHER_IS_BETTER.worseningBy(-0.25)).isEqualTo(0.25);
        assertThat(MetricDirection.LOWER_IS_BETTER.worseningBy(0.25)).isEqualTo(0.25);
    }
}
