package org.yieldplan.pools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forecast reads nothing after its date: the same history with every point after the as-of
 * date replaced by garbage (random figures, text, negative TVL) gives identical predictions.
 */
class DropForecastLeakageTest {

    private static final LocalDate AS_OF = Fixtures.SNAPSHOT_DATE;

    @Test
    void pointsAfterTheAsOfDate_replacedByGarbage_leaveEveryPredictionUnchanged(@TempDir Path dir) throws IOException {
        List<String> lines = new String(PoolText.of(Fixtures.HISTORY).text().getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8).lines().toList();
        Random random = new Random(18);
        List<String> kept = new ArrayList<>();
        List<String> garbled = new ArrayList<>();
        kept.add(lines.get(0));
        garbled.add(lines.get(0));
        int replaced = 0;
        for (String line : lines.subList(1, lines.size())) {
            String pool = line.substring(line.lastIndexOf(',') + 1);
            if ("89abcdef".indexOf(pool.charAt(0)) >= 0) {
                continue;                                     // half the pools keep the test quick
            }
            kept.add(line);
            if (LocalDate.parse(line.substring(0, 10)).isAfter(AS_OF)) {
                replaced++;
                garbled.add(line.substring(0, 25) + "," + (random.nextBoolean() ? "garbage" : -random.nextInt(1_000_000))
                        + "," + random.nextDouble() * 1e4 + ",x," + random.nextGaussian() + "," + pool);
            } else {
                garbled.add(line);
            }
        }
        assertThat(replaced).as("points after the as-of date").isGreaterThan(5_000);
        Path clean = write(dir.resolve("clean.csv.gz"), kept);
        Path garbage = write(dir.resolve("garbage.csv.gz"), garbled);
        assertThat(PoolCsv.histories(PoolText.of(garbage), null).problems()).as("the garbage is unreadable").isNotEmpty();

        List<Pool> pools = Fixtures.snapshot();
        DropForecast f = DropForecast.chosen();
        var a = f.probDown(PoolCsv.histories(PoolText.of(clean), AS_OF).values(), pools, AS_OF);
        var b = f.probDown(PoolCsv.histories(PoolText.of(garbage), AS_OF).values(), pools, AS_OF);
        var c = f.probDown(PoolCsv.histories(PoolText.of(clean), null).values(), pools, AS_OF);
        assertThat(b.probDown()).isEqualTo(a.probDown());
        assertThat(c.probDown()).as("a history read whole is cut at the as-of date too").isEqualTo(a.probDown());
        assertThat(b.trainingDays()).isEqualTo(a.trainingDays());
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
