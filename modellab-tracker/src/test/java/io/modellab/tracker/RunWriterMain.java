package io.modellab.tracker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A child JVM for the concurrency and crash tests.
 *
 * <ul>
 *   <li>{@code runs <root> <project> <writer> <count> <go-file>}: waits for the go file, writes {@code count} runs,
 *       prints "ok";</li>
 *   <li>{@code forever <root> <project> <writer> <seed>}: writes one run, prints "ready", then writes runs until
 *       it is killed;</li>
 *   <li>{@code hold-lock <root> <project> <millis>}: takes the project lock, prints "locked", holds it, prints
 *       "released".</li>
 * </ul>
 */
public final class RunWriterMain {

    private RunWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        RunStore store = new RunStore(Path.of(args[1]));
        String project = args[2];
        switch (args[0]) {
            case "runs" -> {
                int count = Integer.parseInt(args[4]);
                Path go = Path.of(args[5]);
                while (!Files.exists(go)) {
                    Thread.sleep(2);
                }
                Random random = new Random(args[3].hashCode());
                for (int i = 0; i < count; i++) {
                    RunWriter.writeOne(store, project, args[3], i, random);
                }
                System.out.println("ok");
            }
            case "forever" -> {
                Random random = new Random(Long.parseLong(args[4]));
                // One run first, so the kills land in steady writing, not in loading classes.
                RunWriter.writeOne(store, project, args[3], 0, random);
                System.out.println("ready");
                System.out.flush();
                for (int i = 1; ; i++) {
                    RunWriter.writeOne(store, project, args[3], i, random);
                }
            }
            case "hold-lock" -> store.withProjectLock(project, () -> {
                System.out.println("locked");
                System.out.flush();
                try {
                    Thread.sleep(Long.parseLong(args[3]));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                System.out.println("released");
                System.out.flush();
                return null;
            });
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }
}
