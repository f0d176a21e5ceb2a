package io.modellab.assertj.junit;

import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/** Puts a kept artifacts root's path into a failure's message. */
final class KeptRoot {

    private KeptRoot() {
    }

    /** The line added to the failure message. */
    static String note(Path root) {
        return "The test's artifacts root is kept for inspection: " + root;
    }

    /**
     * The failure with the note appended to its message. The original becomes the cause and lends its stack trace, so
     * a report or an IDE still points at the failing line. A failed assertion stays an {@link AssertionError}
     * (keeping an {@link AssertionFailedError}'s expected and actual values for the IDE's diff); any other throwable
     * becomes one too, its type named first in the message, since the test failed either way.
     */
    static AssertionError addPathTo(Throwable failure, Path root) {
        String message;
        if (failure instanceof AssertionError) {
            message = failure.getMessage() == null ? "" : failure.getMessage();
        } else {
            message = failure.toString();
        }
        String withNote = message + System.lineSeparator() + System.lineSeparator() + note(root);
        AssertionError error;
        if (failure instanceof AssertionFailedError a && a.isExpectedDefined() && a.isActualDefined()) {
            error = new AssertionFailedError(withNote, a.getExpected(), a.getActual(), failure);
        } else {
            error = new AssertionFailedError(withNote, failure);
        }
        error.setStackTrace(failure.getStackTrace());
        return error;
    }
}
