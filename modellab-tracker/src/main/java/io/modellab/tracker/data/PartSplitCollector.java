package io.modellab.tracker.data;

import java.util.Arrays;

/** A predefined split: a column names each row's part, {@code train}, {@code validation} or {@code test}, in any letter case. */
final class PartSplitCollector implements SplitCollector {

    private byte[] partOfRow = new byte[1024];
    private int rows;

    @Override
    public void add(String value) {
        byte part;
        if (value == null) {
            throw new CellProblem("the part is missing; expected train, validation or test on every row");
        } else if (value.equalsIgnoreCase("train")) {
            part = SplitParts.TRAIN;
        } else if (value.equalsIgnoreCase("validation")) {
            part = SplitParts.VALIDATION;
        } else if (value.equalsIgnoreCase("test")) {
            part = SplitParts.TEST;
        } else {
            throw new CellProblem(CsvFormatException.quote(value) + " names no part; expected train, validation or test");
        }
        if (rows == partOfRow.length) {
            partOfRow = Arrays.copyOf(partOfRow, rows * 2);
        }
        partOfRow[rows++] = part;
    }

    @Override
    public SplitParts finish() {
        return new SplitParts(Arrays.copyOf(partOfRow, rows));
    }
}
