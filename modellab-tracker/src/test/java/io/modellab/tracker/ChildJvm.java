package io.modellab.tracker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link RunWriterMain} in a separate JVM, started with this JVM's Java and test class path, and its output.
 *
 * @param process the child
 * @param out its standard output
 */
record ChildJvm(Process process, BufferedReader out) {

    static ChildJvm start(Path errors, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A short-lived child: start fast, stay small.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx96m", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), RunWriterMain.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()))
                .start();
        return new ChildJvm(process, new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)));
    }

    /** Reads the child's output until a line equals {@code expected}; fails when the output ends first. */
    void awaitLine(String expected) throws IOException {
        for (String line; (line = out.readLine()) != null; ) {
            if (line.equals(expected)) {
                return;
            }
        }
        throw new AssertionError("child " + process.pid() + " ended without printing " + expected);
    }
}
