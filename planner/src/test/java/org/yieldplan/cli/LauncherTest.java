package org.yieldplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LauncherTest {

    private static final Path JAR = Path.of("/opt/yp/yieldplan.jar");

    /** A process that ran {@code java} with these arguments. */
    private static ProcessHandle.Info ran(String... arguments) {
        return info(Optional.of("/usr/lib/jvm/bin/java"), Optional.of(arguments));
    }

    private static ProcessHandle.Info info(Optional<String> command, Optional<String[]> arguments) {
        return new ProcessHandle.Info() {
            public Optional<String> command() {
                return command;
            }

            public Optional<String> commandLine() {
                return Optional.empty();
            }

            public Optional<String[]> arguments() {
                return arguments;
            }

            public Optional<Instant> startInstant() {
                return Optional.empty();
            }

            public Optional<Duration> totalCpuDuration() {
                return Optional.empty();
            }

            public Optional<String> user() {
                return Optional.empty();
            }
        };
    }

    @Test
    void aCommandRunsAgainWithTheArchiveBesideTheJar_everyArgumentKept_andTheSecondJvmToldNotToRelaunch() {
        Optional<List<String>> again = Launcher.withArchive(ran("-Xmx2g", "-jar", "yieldplan.jar", "plan", "--scenario",
                "my plan.json"), JAR, true, null);
        assertEquals(List.of("/usr/lib/jvm/bin/java", "-XX:SharedArchiveFile=/opt/yp/yieldplan.jsa",
                "-Dyieldplan.archive=false", "-Xmx2g", "-jar", "yieldplan.jar", "plan", "--scenario", "my plan.json"),
                again.orElseThrow());
    }

    @Test
    void theSecondJvm_anArchiveOrClassListOnTheCommandLine_noArchive_orTurnedOff_runHere() {
        assertTrue(Launcher.withArchive(ran("-jar", "y.jar", "income"), JAR, true, "false").isEmpty());
        assertTrue(Launcher.withArchive(ran("-jar", "y.jar", "income"), JAR, false, null).isEmpty());
        for (String flag : List.of("-XX:SharedArchiveFile=a.jsa", "-Xshare:off", "-XX:DumpLoadedClassList=c.list",
                "-XX:ArchiveClassesAtExit=d.jsa", "-XX:SharedClassListFile=c.list")) {
            assertTrue(Launcher.withArchive(ran(flag, "-jar", "y.jar", "income"), JAR, true, null).isEmpty(), flag);
        }
    }

    @Test
    void aProcessWhoseCommandLineIsUnknown_runsHere() {
        ProcessHandle.Info unknown = info(Optional.empty(), Optional.empty());
        assertTrue(Launcher.withArchive(unknown, JAR, true, null).isEmpty());
    }
}
