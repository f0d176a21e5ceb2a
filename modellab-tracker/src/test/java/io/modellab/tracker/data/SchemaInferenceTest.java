package io.modellab.tracker.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.schema.ColumnProfile;
import io.modellab.evalharness.core.schema.ColumnType;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.evalharness.core.schema.DateTimeRange;
import io.modellab.evalharness.core.schema.LengthSummary;
import io.modellab.tracker.ProjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each type is inferred from every value, strictly, and a type set in code wins when every value fits it. */
class SchemaInferenceTest {

    @TempDir
    Path root;

    @Test
    void everyTypeIsInferredFromItsValues() throws IOException {
        StringBuilder csv = new StringBuilder("count,price,flag,colour,comment,day,stamp,empty,mixed,code\n");
        for (int i = 0; i < 120; i++) {
            csv.append(i - 5).append(',')
                    .append(i % 2 == 0 ? "1.5e2" : "-.25").append(',')
                    .append(i % 3 == 0 ? "TRUE" : "no").append(',')
                    .append(new String[] {"red", "green", "blue"}[i % 3]).append(',')
                    .append("customer ").append(i).append(" wrote a long sentence about the order").append(',')
                    .append("2024-02-").append(10 + i % 19).append(',')
                    .append(i % 2 == 0 ? "2024-02-29T23:59:59Z" : "2024-03-01 00:00:01+01:00").append(',')
                    .append(i % 2 == 0 ? "" : "NA").append(',')
                    .append(i % 2 == 0 ? "7" : "seven").append(',')
                    .append("ID").append(i).append('\n');
        }
        DatasetVersion v = ingest(csv.toString());

        assertThat(v.columns()).extracting(c -> c.name() + ":" + c.type()).containsExactly("count:INTEGER",
                "price:NUMERIC", "flag:BOOLEAN", "colour:CATEGORICAL", "comment:TEXT", "day:DATETIME", "stamp:DATETIME",
                "empty:CATEGORICAL", "mixed:CATEGORICAL", "code:TEXT");
        assertThat(profile(v, "comment").length()).isEqualTo(new LengthSummary(48L, 5890.0 / 120, 50L));
        assertThat(profile(v, "code").values().exact()).isTrue();
        assertThat(profile(v, "code").values().distinct()).as("120 distinct are more than 100 categories").isEqualTo(120L);
        assertThat(profile(v, "day").datetime()).isEqualTo(new DateTimeRange("2024-02-10", "2024-02-28"));
        assertThat(profile(v, "stamp").datetime())
                .as("23:00 UTC on 29 February comes after 00:00:01+01:00 on 1 March")
                .isEqualTo(new DateTimeRange("2024-03-01 00:00:01+01:00", "2024-02-29T23:59:59Z"));
        assertThat(profile(v, "empty").present()).isZero();
        assertThat(profile(v, "empty").values()).isNull();
        assertThat(profile(v, "flag").values().top()).extracting(c -> c.value() + "=" + c.count())
                .containsExactly("no=80", "TRUE=40");
    }

    @Test
    void numbersAreReadStrictly() {
        assertThat(CellValues.parseNumber("1e3")).isEqualTo(1000);
        assertThat(CellValues.parseNumber("+.5")).isEqualTo(0.5);
        assertThat(CellValues.parseNumber("7.")).isEqualTo(7);
        for (String notANumber : new String[] {"NaN", "Infinity", "1e999", "0x10", "1d", "1f", " 1", "1,000", "1e", ".", "-"}) {
            assertThat(CellValues.parseNumber(notANumber)).as(notANumber).isNaN();
        }
        assertThat(CellValues.isInteger("-9223372036854775808")).isTrue();
        assertThat(CellValues.isInteger("9223372036854775808")).as("past a long").isFalse();
        assertThat(CellValues.isInteger("1.0")).isFalse();
    }

    @Test
    void datesAreIsoOnly() {
        assertThat(CellValues.parseDateTime("1970-01-02")).isEqualTo(86_400);
        assertThat(CellValues.parseDateTime("1970-01-01T00:00:01.5Z")).isEqualTo(1.5);
        assertThat(CellValues.parseDateTime("1970-01-01 01:00+01:00")).isEqualTo(0);
        for (String notADate : new String[] {"01/02/2024", "2024-13-01", "2023-02-29", "2024-01-01T25:00", "2024-1-1",
                "2024-01-01x"}) {
            assertThat(CellValues.parseDateTime(notADate)).as(notADate).isNaN();
        }
    }

    @Test
    void aTypeSetInCodeWinsAndRecordsWhatWasInferred() throws IOException {
        DatasetVersion v = ingest("zip,score\n01234,1\n98765,2\n", IngestOptions.defaults()
                .withType("zip", ColumnType.CATEGORICAL).withType("score", ColumnType.NUMERIC));

        assertThat(v.columns()).extracting(c -> c.name() + ":" + c.type() + "<-" + c.inferredType())
                .containsExactly("zip:CATEGORICAL<-INTEGER", "score:NUMERIC<-INTEGER");
        assertThat(profile(v, "zip").values().top().get(0).value()).as("leading zero kept").isEqualTo("01234");
        assertThat(profile(v, "score").numeric().mean()).isEqualTo(1.5);
    }

    private DatasetVersion ingest(String csv) throws IOException {
        return ingest(csv, IngestOptions.defaults());
    }

    private DatasetVersion ingest(String csv, IngestOptions options) throws IOException {
        new ProjectStore(root).ensure("p", "");
        Path file = Files.writeString(root.resolve("d.csv"), csv);
        return new DatasetStore(root).ingest("p", "d", file, root, options).version();
    }

    private static ColumnProfile profile(DatasetVersion v, String column) {
        return v.profile().columns().stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow();
    }
}
