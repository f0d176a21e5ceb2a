package io.modellab.tracker;

import io.modellab.evalharness.core.schema.CodeVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads the code version of a git work tree: the commit of {@code HEAD} and whether anything (tracked or
 * untracked, but not ignored) differs from it.
 */
public final class GitCodeVersion {

    private GitCodeVersion() {
    }

    /**
     * The code version of the work tree that contains {@code dir}.
     *
     * @throws IllegalStateException when git is missing or {@code dir} is not in a work tree with a commit: a run
     *     without a code version is invalid, so the caller must pass one explicitly
     */
    public static CodeVersion of(Path dir) {
        String commit = git(dir, "rev-parse", "HEAD").trim();
        String status = git(dir, "status", "--porcelain");
        return new CodeVersion(commit, !status.isBlank());
    }

    private static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Path output = null;
        try {
            // Output goes to a file, so a git that hangs cannot block us on a full pipe past the timeout.
            output = Files.createTempFile("modellab-git-", ".out");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("git " + String.join(" ", args) + " did not finish in 30 s in " + dir);
            }
            String out = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("cannot read the code version of " + dir + ": git "
                        + String.join(" ", args) + " said: " + out.trim()
                        + ". A run needs a code version: run inside a git work tree with a commit, or pass one explicitly");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run git to read the code version of " + dir
                    + " (" + e.getMessage() + "); install git or pass a code version explicitly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the code version", e);
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }
}
