package org.yieldplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The jar's entry point: {@code java -jar yieldplan.jar COMMAND ...} runs the command with the class-data-sharing
 * archive the build writes beside the jar ({@code yieldplan.jsa}), which Java 17 cannot be told to use from inside the
 * jar. When the archive is there and the command line names no archive of its own, this JVM starts a second one with
 * the same command line plus {@code -XX:SharedArchiveFile=...}, hands it the console (standard input, output and
 * error) and exits with its status; the second JVM maps the commands' classes from the archive instead of reading and
 * verifying them from the jar. That costs about 0.07 s (a JVM that loads one class, and a process) and saves about
 * 0.45 s of a {@code plan} command. Otherwise, or if the second JVM cannot be started, the command runs here.
 *
 * <p>{@code -Dyieldplan.archive=false} runs every command in the first JVM. An archive that does not fit (a rebuilt
 * or moved jar, another JVM) is ignored by the second JVM, which then runs as the first would have.
 */
public final class Launcher {

    /** The archive's file name, beside the jar. */
    static final String ARCHIVE = "yieldplan.jsa";
    /** Set on the second JVM, so it never starts a third. */
    static final String STARTED = "-Dyieldplan.archive=false";

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<List<String>> again = jar().flatMap(jar -> withArchive(ProcessHandle.current().info(), jar,
                Files.isReadable(jar.resolveSibling(ARCHIVE)), System.getProperty("yieldplan.archive")));
        if (again.isPresent()) {
            Process p;
            try {
                p = new ProcessBuilder(again.get()).inheritIO().start();
            } catch (IOException | RuntimeException e) {
                p = null;                                              // cannot start one: run here
            }
            if (p != null) {
                Process child = p;
                Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));   // killed: take it along
                System.exit(waitFor(child));
            }
        }
        Main.main(args);
    }

    /**
     * The command line that runs this one with the archive, or empty to run it here: when this JVM runs from a jar
     * with the archive beside it, its command line is known and names no archive, class list or {@code -Xshare}, and
     * {@code yieldplan.archive} is not {@code false}.
     *
     * @param self     this process (its executable and arguments)
     * @param jar      the jar this class was loaded from
     * @param archived whether the archive is there
     * @param setting  the {@code yieldplan.archive} system property, or null
     */
    static Optional<List<String>> withArchive(ProcessHandle.Info self, Path jar, boolean archived, String setting) {
        Optional<String> java = self.command();
        Optional<String[]> arguments = self.arguments();
        if (!archived || "false".equals(setting) || java.isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        for (String a : arguments.get()) {
            if (a.startsWith("-Xshare") || a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:SharedClassListFile")
                    || a.startsWith("-XX:DumpLoadedClassList") || a.startsWith("-XX:ArchiveClassesAtExit")) {
                return Optional.empty();
            }
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.add("-XX:SharedArchiveFile=" + jar.resolveSibling(ARCHIVE));
        command.add(STARTED);
        command.addAll(List.of(arguments.get()));
        return Optional.of(command);
    }

    /** The jar this class was loaded from, or empty (classes in a folder, as in tests). */
    private static Optional<Path> jar() {
        try {
            Path p = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (Exception e) {                                        // no code source, odd URI: run here
            return Optional.empty();
        }
    }

    private static int waitFor(Process p) {
        while (true) {
            try {
                return p.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the shutdown hook ends the child if this JVM is stopped
            }
        }
    }
}
