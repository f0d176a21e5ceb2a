package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.data.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The bundled credit-g (1000 rows, no quoted cells), split 700 / 300 by row position for the tests. */
final class CreditG {

    static final String TARGET = "class";
    static final BinaryTask TASK = new BinaryTask("bad", "good", 0.5);

    private static final LabelledRows ALL = read();

    private CreditG() {
    }

    /** Every row. */
    static LabelledRows all() {
        return ALL;
    }

    /** Rows 0-6 of every ten. */
    static LabelledRows train() {
        return ALL.rows(positions(true));
    }

    /** Rows 7-9 of every ten: 300 rows. */
    static LabelledRows test() {
        return ALL.rows(positions(false));
    }

    private static int[] positions(boolean train) {
        return java.util.stream.IntStream.range(0, ALL.size()).filter(i -> (i % 10 < 7) == train).toArray();
    }

    private static LabelledRows read() {
        try {
            List<String> lines = Files.readAllLines(Path.of("../datasets/credit-g.csv"));
            List<String> header = Arrays.asList(lines.get(0).split(",", -1));
            int target = header.indexOf(TARGET);
            List<String> columns = new ArrayList<>(header);
            columns.remove(target);
            List<String[]> rows = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",", -1);
                List<String> features = new ArrayList<>(Arrays.asList(cells));
                labels.add(features.remove(target));
                rows.add(features.toArray(String[]::new));
                ids.add(Integer.toString(i - 1));
            }
            return new LabelledRows(Table.ofRows(columns, rows, ids), labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code rows} with one more feature column, its cells given row by row. */
    static LabelledRows withColumn(LabelledRows rows, String name, String[] cells) {
        Table t = rows.features();
        List<String> columns = new ArrayList<>(t.columnNames());
        columns.add(name);
        List<String[]> out = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String[] row = new String[columns.size()];
            for (int c = 0; c < columns.size() - 1; c++) {
                row[c] = t.cell(r, columns.get(c));
            }
            row[columns.size() - 1] = cells[r];
            out.add(row);
        }
        return new LabelledRows(Table.ofRows(columns, out, t.rowIds()), rows.labels());
    }
}
