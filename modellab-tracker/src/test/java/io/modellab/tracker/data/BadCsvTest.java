package io.modellab.tracker.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.schema.ColumnType;
import io.modellab.tracker.ProjectStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad CSV is refused with the file, the line, the column and what was expected; nothing is written. */
class BadCsvTest {

    @TempDir
    Path root;

    DatasetStore store;

    @BeforeEach
    void project() {
        new ProjectStore(root).create("p", "");
        store = new DatasetStore(root);
    }

    @Test
    void aShortRowNamesTheFirstMissingColumn() throws IOException {
        refused("short.csv", "a,b,c\n1,2,3\n4,5\n", IngestOptions.defaults())
                .hasMessage("short.csv line 3, column 3 (\"c\"): the row ends after 2 fields; expected 3 fields as in the"
                        + " header");
    }

    @Test
    void aLongRowNamesTheFirstExtraColumn() throws IOException {
        refused("long.csv", "a,b\n1,2\n\"multi\nline\",2\n3,4,5\n", IngestOptions.defaults())
                .hasMessage("long.csv line 5, column 3: the row has 3 fields; expected 2 fields as in the header");
    }

    @Test
    void aQuoteThatNeverClosesNamesTheRowWhereItStarts() throws IOException {
        refused("open.csv", "a,b,c\n1,2,3\n4,\"five,6\n7,8,9\n", IngestOptions.defaults())
                .hasMessage("open.csv line 3, column 2 (\"b\"): the quoted field never ends (the file ends at line 5);"
                        + " expected a closing quote");
    }

    @Test
    void textAfterAClosingQuoteNamesTheCharacter() throws IOException {
        refused("after.csv", "a,b,c\n1,\"two\"x,3\n", IngestOptions.defaults())
                .hasMessage("after.csv line 2, column 2 (\"b\"), character 8: unexpected \"x\" after a closing quote;"
                        + " expected a comma or the end of the line (write a quote inside a quoted field as \"\")");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedByLineAndCharacter() throws IOException {
        byte[] latin1 = "name,city\nAnn,Z\u00fcrich\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(root.resolve("latin1.csv"), latin1);

        assertThatThrownBy(() -> store.ingest("p", "d", file, root, IngestOptions.defaults()))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("latin1.csv line 2, character 6: byte 0xFC (byte offset 15) is not valid UTF-8; expected"
                        + " UTF-8 text (save the file as UTF-8)");
        assertNothingWritten();
    }

    @Test
    void headerNamesMustBePresentAndUnique() throws IOException {
        refused("twice.csv", "a,b,a\n1,2,3\n", IngestOptions.defaults())
                .hasMessage("twice.csv line 1, column 3 (\"a\"): the header repeats the name of column 1; expected a"
                        + " unique name for every column");
        refused("blank.csv", "\n\na, ,c\n1,2,3\n", IngestOptions.defaults())
                .hasMessage("blank.csv line 3, column 2: the header name is empty; expected a name for every column");
        refused("empty.csv", "", IngestOptions.defaults())
                .hasMessage("empty.csv line 1: the file is empty; expected a header row");
        refused("header-only.csv", "a,b\n", IngestOptions.defaults())
                .hasMessage("header-only.csv line 2: the file ends after its header; expected at least one data row");
    }

    @Test
    void aTargetMustExistAndHaveTwoValues() throws IOException {
        refused("no-target.csv", "a,b\n1,x\n2,y\n", IngestOptions.defaults().withTarget("class"))
                .hasMessage("no-target.csv line 1: no column is named \"class\" (the target); expected one of the"
                        + " header's names: a, b");
        refused("constant.csv", "a,class\n1,good\n2,\n3,good\n", IngestOptions.defaults().withTarget("class"))
                .hasMessage("constant.csv line 1, column 2 (\"class\"): the target has the single value \"good\" on all"
                        + " 2 rows that have one; expected at least two different values");
        refused("empty-target.csv", "a,class\n1,\n2,NA\n", IngestOptions.defaults().withTarget("class"))
                .hasMessage("empty-target.csv line 1, column 2 (\"class\"): the target has no value on any row; expected"
                        + " at least two different values");
    }

    @Test
    void aValueThatDoesNotFitATypeSetInCodeIsNamed() throws IOException {
        refused("typed.csv", "id,age\n1,42\n2,41.5\n3,x\n", IngestOptions.defaults().withType("age", ColumnType.INTEGER))
                .hasMessage("typed.csv line 3, column 2 (\"age\"): \"41.5\" is not an integer; expected whole numbers"
                        + " that fit in 64 bits, as the type set in code for this column says");
        refused("dates.csv", "id,day\n1,2024-02-29\n2,2023-02-29\n", IngestOptions.defaults()
                .withType("day", ColumnType.DATETIME))
                .hasMessage("dates.csv line 3, column 2 (\"day\"): \"2023-02-29\" is not an ISO-8601 date or date-time;"
                        + " expected e.g. 2024-03-01 or 2024-03-01T12:30:00Z, as the type set in code for this column"
                        + " says");
    }

    @Test
    void splitsNameTheRowTheyCannotUse() throws IOException {
        refused("unlabelled.csv", "a,class\n1,x\n2,y\n3,\n", IngestOptions.defaults()
                .withSplit(SplitSpec.stratified("class", 0.5, 1)))
                .hasMessage("unlabelled.csv line 4, column 2 (\"class\"): the label to stratify on is missing; expected a"
                        + " label on every row");
        refused("parts.csv", "a,part\n1,train\n2,tset\n", IngestOptions.defaults().withSplit(SplitSpec.predefined("part")))
                .hasMessage("parts.csv line 3, column 2 (\"part\"): \"tset\" names no part; expected train, validation or"
                        + " test");
        refused("times.csv", "a,at\n1,2024-01-01\n2,17\n", IngestOptions.defaults()
                .withSplit(SplitSpec.timeOrdered("at", 0.5)))
                .hasMessage("times.csv line 3, column 2 (\"at\"): \"17\" is a number but the first row's time was a"
                        + " date/time; expected one kind of time throughout");
        refused("one-group.csv", "a,g\n1,x\n2,x\n", IngestOptions.defaults().withSplit(SplitSpec.group("g", 0.5, 1)))
                .hasMessage("one-group.csv line 1, column 2 (\"g\"): the column has 1 group; expected at least 2 groups"
                        + " to split");
        refused("tiny.csv", "a\n1\n2\n", IngestOptions.defaults().withSplit(SplitSpec.random(0.1, 1)))
                .hasMessage("tiny.csv line 1: the split \"random, 10% test, seed 1\" leaves test empty; expected rows in"
                        + " both train and test");
        refused("no-column.csv", "a\n1\n2\n", IngestOptions.defaults().withSplit(SplitSpec.group("g", 0.5, 1)))
                .hasMessage("no-column.csv line 1: no column is named \"g\" (the split's column); expected one of the"
                        + " header's names: a");
    }

    @Test
    void filesOfAFolderMustShareTheFirstFilesHeader() throws IOException {
        Path folder = Files.createDirectories(root.resolve("parts"));
        Files.writeString(folder.resolve("1.csv"), "a,b,c\n1,2,3\n");
        Files.writeString(folder.resolve("2.csv"), "a,B,c\n4,5,6\n");

        assertThatThrownBy(() -> store.ingest("p", "d", folder, root, IngestOptions.defaults()))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("parts/2.csv line 1, column 2 (\"B\"): the header differs from parts/1.csv, which names this"
                        + " column \"b\"; expected the same columns in the same order in every file");
        Files.writeString(folder.resolve("2.csv"), "a,b\n4,5\n");
        assertThatThrownBy(() -> store.ingest("p", "d", folder, root, IngestOptions.defaults()))
                .hasMessage("parts/2.csv line 1, column 3: the header ends after 2 names; expected 3 as in parts/1.csv,"
                        + " which names this column \"c\"");
        assertNothingWritten();
    }

    @Test
    void theExceptionCarriesFileLineAndColumn() throws IOException {
        Path file = Files.writeString(root.resolve("short.csv"), "a,b,c\n1,2,3\n4,5\n");

        assertThatThrownBy(() -> store.ingest("p", "d", file, root, IngestOptions.defaults()))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo("short.csv");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(3);
                });
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(String name, String content, IngestOptions options)
            throws IOException {
        Path file = Files.writeString(root.resolve(name), content);
        AbstractThrowableAssert<?, ? extends Throwable> thrown =
                assertThatThrownBy(() -> store.ingest("p", "d", file, root, options))
                        .isInstanceOf(CsvFormatException.class);
        assertNothingWritten();
        return thrown;
    }

    private void assertNothingWritten() throws IOException {
        Path datasets = root.resolve("p/datasets");
        if (Files.exists(datasets)) {
            try (Stream<Path> files = Files.walk(datasets)) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }
        }
    }
}
