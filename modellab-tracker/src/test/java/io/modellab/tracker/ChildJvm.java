package io.modellab.tracker;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * {@link RunWriterMain} in a separate JVM, started with this JVM's Java and test class path, and its output.
 *
 * @param process the child
 * @param out its standard output
 */
record ChildJvm(Process process, BufferedReader out) {

    /** A short-lived child: start fast, stay small. */
    private static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:CICompilerCount=1", "-XX:-UsePerfData", "-Xmx96m");

    static ChildJvm start(Path errors, String... args) throws IOException {
        return start(Launch.PLAIN, errors, args);
    }

    static ChildJvm start(Launch launch, Path errors, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(FLAGS);
        command.addAll(launch.flags());
        command.addAll(List.of("-cp", launch.classPath(), RunWriterMain.class.getName()));
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

    /**
     * How children start: the class path and extra flags.
     *
     * @param classPath the class path
     * @param flags extra JVM flags
     */
    record Launch(String classPath, List<String> flags) {

        static final Launch PLAIN = new Launch(System.getProperty("java.class.path"), List.of());

        /**
         * Children that share the classes one warm-up child archived (class data sharing): most of a child's start
         * is loading Jackson, the validator and our classes, and the crash test starts a hundred. Falls back to
         * {@link #PLAIN} where the JVM cannot archive them.
         */
        static Launch sharingClasses(Path work, Path errors) throws Exception {
            // The archive takes jars only: folders on the class path (target/classes) are jarred first.
            List<String> entries = new ArrayList<>();
            int n = 0;
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    Path jar = work.resolve("classes-" + n++ + ".jar");
                    jar(path, jar);
                    entries.add(jar.toString());
                } else {
                    entries.add(entry);
                }
            }
            String classPath = String.join(File.pathSeparator, entries);
            Path archive = work.resolve("children.jsa");
            Path go = Files.writeString(work.resolve("go"), "go");
            ChildJvm warmUp = start(new Launch(classPath, List.of("-XX:ArchiveClassesAtExit=" + archive)), errors,
                    "runs", work.resolve("warm-up").toString(), "proj", "warm-up", "1", go.toString());
            boolean ended = warmUp.process().waitFor(120, TimeUnit.SECONDS);
            if (!ended || warmUp.process().exitValue() != 0 || !Files.isRegularFile(archive)) {
                warmUp.process().destroyForcibly();
                return PLAIN;
            }
            return new Launch(classPath, List.of("-XX:SharedArchiveFile=" + archive));
        }

        private static void jar(Path folder, Path jar) throws IOException {
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                 Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new JarEntry(folder.relativize(file).toString().replace('\\', '/')));
                    try (var in = Files.newInputStream(file)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
    }
}
