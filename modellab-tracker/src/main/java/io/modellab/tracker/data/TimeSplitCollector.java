package io.modellab.tracker.data;

import java.util.Arrays;

/**
 * A time-ordered split: the latest {@code round(testFraction * rows)} rows by a date/time or numeric column are
 * test; among rows with the same time, later rows in the file count as later. Keeps one double per row.
 */
final class TimeSplitCollector implements SplitCollector {

    private final double testFraction;
    private double[] timeOfRow = new double[1024];
    private int rows;
    private Boolean numbers;

    TimeSplitCollector(double testFraction) {
        this.testFraction = testFraction;
    }

    @Override
    public void add(String value) {
        if (value == null) {
            throw new CellProblem("the time is missing; expected a date/time or a number on every row to order by");
        }
        double time = CellValues.parseNumber(value);
        boolean number = !Double.isNaN(time);
        if (!number) {
            time = CellValues.parseDateTime(value);
            if (Double.isNaN(time)) {
                throw new CellProblem(CsvFormatException.quote(value) + " is neither a number nor an ISO-8601 date"
                        + " or date-time; expected one on every row to order by");
            }
        }
        if (numbers == null) {
            numbers = number;
        } else if (numbers != number) {
            throw new CellProblem(CsvFormatException.quote(value) + " is " + (number ? "a number" : "a date/time")
                    + " but the first row's time was " + (numbers ? "a number" : "a date/time")
                    + "; expected one kind of time throughout");
        }
        if (rows == timeOfRow.length) {
            timeOfRow = Arrays.copyOf(timeOfRow, rows * 2);
        }
        timeOfRow[rows++] = time;
    }

    @Override
    public SplitParts finish() {
        byte[] part = new byte[rows];
        int testRows = (int) Math.round(testFraction * rows);
        if (testRows == 0) {
            return new SplitParts(part);
        }
        double[] sorted = Arrays.copyOf(timeOfRow, rows);
        Arrays.sort(sorted);
        double threshold = sorted[rows - testRows];
        int later = rows - upperBound(sorted, threshold);
        int ties = testRows - later;
        for (int r = rows - 1; r >= 0; r--) {
            double time = timeOfRow[r];
            if (time > threshold) {
                part[r] = SplitParts.TEST;
            } else if (time == threshold && ties > 0) {
                part[r] = SplitParts.TEST;
                ties--;
            }
        }
        return new SplitParts(part);
    }

    /** The index of the first value greater than {@code value} in sorted {@code values}. */
    private static int upperBound(double[] values, double value) {
        int low = 0;
        int high = values.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
