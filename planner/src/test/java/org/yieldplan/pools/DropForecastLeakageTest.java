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
 * date replaced by garbage (random figures, text, negative TVL), or by other readable figures, gives
 * identical predictions. The replaced points are those of every pool, so the features that look
 * across pools (DropMarket) are held too.
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
        List<String> changed = new ArrayList<>();
        kept.add(lines.get(0));
        garbled.add(lines.get(0));
        changed.add(lines.get(0));
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
                double apy = random.nextDouble() * 300;            // readable: a percentage, its reward part, a TVL
                changed.add(line.substring(0, line.indexOf(',')) + "," + random.nextInt(100_000_000) + "," + apy + ","
                        + apy / 2 + "," + apy / 2 + "," + pool);
            } else {
                garbled.add(line);
                changed.add(line);
            }
        }
        assertThat(replaced).as("points after the as-of date").isGreaterThan(5_000);
        Path clean = write(dir.resolve("clean.csv.gz"), kept);
        Path garbage = write(dir.resolve("garbage.csv.gz"), garbled);
        Path other = write(dir.resolve("other.csv.gz"), changed);
        assertThat(PoolCsv.histories(PoolText.of(garbage), null).problems()).as("the garbage is unreadable").isNotEmpty();
        assertThat(PoolCsv.histories(PoolText.of(other), null).problems()).as("the other figures are readable").isEmpty();

        List<Pool> pools = Fixtures.snapshot();
        DropForecast f = DropForecast.chosen();
        var a = f.probDown(PoolCsv.histories(PoolText.of(clean), AS_OF).values(), pools, AS_OF);
        var b = f.probDown(PoolCsv.histories(PoolText.of(garbage), AS_OF).values(), pools, AS_OF);
        var c = f.probDown(PoolCsv.histories(PoolText.of(clean), null).values(), pools, AS_OF);
        var d = f.probDown(PoolCsv.histories(PoolText.of(other), null).values(), pools, AS_OF);
        assertThat(b.probDown()).isEqualTo(a.probDown());
        assertThat(c.probDown()).as("a history read whole is cut at the as-of date too").isEqualTo(a.probDown());
        assertThat(d.probDown()).as("other readable points after the date, read whole").isEqualTo(a.probDown());
        assertThat(b.trainingDays()).isEqualTo(a.trainingDays());
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
