package io.modellab.evalharness.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RowKeysTest {

    @Test
    void anIntegralIdIsItsOwnKeySoIdsZeroToNDrawWhatRowPositionsDraw() {
        assertThat(RowKeys.of(5L, "id")).isEqualTo(5L);
        assertThat(RowKeys.of(5, "id")).isEqualTo(5L);
    }

    @Test
    void aStringIdIsHashedTheSameWayEverywhere() {
        // The empty string hashes to FNV-1a's offset basis, then the finaliser.
        // Pinned: a changed hash would change every interval computed over string ids.
        assertThat(RowKeys.of("row-1", "id")).isEqualTo(0x01ab2e6e45ee62c5L).isNotEqualTo(RowKeys.of("row-2", "id"));
        assertThat(RowKeys.ofString("")).isEqualTo(RowKeys.mix(0xcbf29ce484222325L));
    }

    @Test
    void anIdThatCannotBeAKeyIsRefusedNamingTheColumn() {
        assertThatThrownBy(() -> RowKeys.of(null, "user_id"))
                .hasMessage("column user_id: an id is null, expected a unique row id");
        assertThatThrownBy(() -> RowKeys.of(1.5, "user_id"))
                .hasMessage("column user_id: id 1.5 is a Double, expected an integral number or a string");
    }
}
