package io.modellab.evalharness.core.schema;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * takeaway.txt: exactly five sentences generated from the numbers, one per line.
 *
 * @param sentences five sentences, each on one line and ending with a full stop
 */
public record Takeaway(
        @NotNull @Size(min = 5, max = 5, message = "must hold exactly 5 sentences")
        List<@NotNull @Pattern(regexp = "[^\\n]+\\.", message = "must be one line ending with a full stop") String> sentences) {

    /** Copies the list. */
    public Takeaway {
        sentences = Lists.copyOf(sentences);
    }

    /** The file's bytes: one sentence per line, UTF-8. */
    public byte[] toBytes() {
        return (String.join("\n", sentences) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
