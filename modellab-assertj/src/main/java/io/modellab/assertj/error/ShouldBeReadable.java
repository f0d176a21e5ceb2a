package io.modellab.assertj.error;

import java.nio.file.Path;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A folder under test is missing, incomplete or breaks its schema, so nothing in it can be asserted. */
public class ShouldBeReadable extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param what what the folder should be, e.g. {@code an eval folder}
     * @param folder the folder
     * @param why what is wrong with it
     */
    public static ErrorMessageFactory shouldBeReadable(String what, Path folder, String why) {
        return new ShouldBeReadable(what, folder, why);
    }

    private ShouldBeReadable(String what, Path folder, String why) {
        super("%nExpecting %s at:%n  %s%nbut %s", unquotedString(what), unquotedString(folder.toString()),
                unquotedString(why));
    }
}
