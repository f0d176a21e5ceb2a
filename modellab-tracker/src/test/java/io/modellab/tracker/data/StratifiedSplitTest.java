package io.modellab.tracker.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StratifiedSplitTest {

    private static final String[] LABELS = CsvDatasets.read("credit-g", Path.of("../datasets/credit-g.csv"), Path.of(".."))
            .table().column("class");

    @Test
    void eachClassKeepsItsShareAndEveryRowIsInExactlyOnePart() {
        StratifiedSplit split = StratifiedSplit.of(LABELS, 0.3, 42);

        assertThat(split.test()).hasSize(300);
        assertThat(Arrays.stream(split.test()).filter(i -> LABELS[i].equals("bad")).count()).isEqualTo(90);
        assertThat(IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.test())).sorted().toArray())
                .containsExactly(IntStream.range(0, 1000).toArray());
        assertThat(split.train()).isSorted();
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        assertThat(StratifiedSplit.of(LABELS, 0.3, 42).test()).containsExactly(StratifiedSplit.of(LABELS, 0.3, 42).test());
        assertThat(StratifiedSplit.of(LABELS, 0.3, 43).test()).isNotEqualTo(StratifiedSplit.of(LABELS, 0.3, 42).test());
    }

    @Test
    void theSplitOfSeed42IsPinnedSoAChangeInTheRandomSequenceIsNoticed() {
        assertThat(Arrays.copyOf(StratifiedSplit.of(LABELS, 0.3, 42).test(), 8)).containsExactly(PINNED);
    }

    private static final int[] PINNED = {1, 2, 4, 5, 7, 17, 30, 32};

    @Test
    void missingLabelsAndBadFractionsAreRefused() {
        assertThatThrownBy(() -> StratifiedSplit.of(new String[] {"a", null}, 0.5, 1))
                .hasMessage("the label of row position 1 is missing; every row needs one");
        assertThatThrownBy(() -> StratifiedSplit.of(LABELS, 1.0, 1)).hasMessageContaining("(0, 1)");
    }
}
