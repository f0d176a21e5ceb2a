package io.modellab.evalharness.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryCorruptionsTest {

    @Test
    void severityZeroLeavesTheQueryAloneAndOneCorruptsEveryLongEnoughTerm() {
        assertThat(QueryCorruptions.typos("bit bucket", 0, 42, "q1")).isEqualTo("bit bucket");
        assertThat(QueryCorruptions.dropTerms("bit bucket", 0, 42, "q1")).isEqualTo("bit bucket");

        String typed = QueryCorruptions.typos("bit bucket a", 1, 42, "q1");
        String[] terms = typed.split(" ");
        assertThat(terms).hasSize(3);
        assertThat(terms[0]).isNotEqualTo("bit");
        assertThat(terms[1]).isNotEqualTo("bucket");
        assertThat(terms[2]).as("one-character terms are left alone").isEqualTo("a");
        for (int i = 0; i < 2; i++) {
            assertThat(Math.abs(terms[i].length() - new String[] {"bit", "bucket"}[i].length())).isLessThanOrEqualTo(1);
        }
        assertThat(QueryCorruptions.dropTerms("bit bucket", 1, 42, "q1")).isEmpty();
    }

    @Test
    void eachQueryHasItsOwnSeededStream() {
        String once = QueryCorruptions.typos("the quick brown fox jumps", 0.5, 7, "q1");
        assertThat(QueryCorruptions.typos("the quick brown fox jumps", 0.5, 7, "q1")).isEqualTo(once);
        // The same text under another query id or seed is corrupted independently.
        boolean differs = false;
        for (int i = 0; i < 20 && !differs; i++) {
            differs = !QueryCorruptions.typos("the quick brown fox jumps", 0.5, 7, "q" + (i + 2)).equals(once);
        }
        assertThat(differs).isTrue();
        String dropped = QueryCorruptions.dropTerms("a b c d e f g h i j", 0.4, 7, "q1");
        assertThat(dropped.split(" ").length).as(dropped).isBetween(1, 9);
        // What is kept is the original terms in their order.
        assertThat("abcdefghij".replaceAll("[^" + dropped.replace(" ", "") + "]", ""))
                .isEqualTo(dropped.replace(" ", ""));
    }

    @Test
    void severityOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> QueryCorruptions.typos("x", 1.5, 1, "q"))
                .hasMessage("severity must be in [0, 1], got 1.5");
    }
}
