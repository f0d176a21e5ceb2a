package io.modellab.tracker.data;

/**
 * A cell a split cannot use, said without its location: the reader that knows the file, line and column turns it
 * into a {@link CsvFormatException}.
 */
final class CellProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CellProblem(String problem) {
        super(problem, null, false, false);
    }
}
