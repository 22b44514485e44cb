package org.yieldplan.holdings;

import static java.util.Arrays.asList;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;

/**
 * A seeded fuzz in regression mode: thousands of damaged copies of good files (bytes flipped,
 * cut short, stretches zeroed). Each must either import or be refused with {@link ImportRefused};
 * nothing else may escape the reader.
 */
class MutatedFilesTest {

    private static final int COPIES = 1000;
    private final HoldingsReader reader = new HoldingsReader(SampleFiles.catalog());

    @Test
    void damagedCopiesOfGoodFiles_areImportedOrRefused_neverThrowAnythingElse() {
        List<byte[]> good = List.of(
                HoldingsCorpus.goodHoldings(),
                TestWorkbooks.xls(List.of(asList("Asset", "Value", "APY %"), asList("ETH", 100, 4), asList("BTC", 50, 0))),
                "Coin;Qty;Price\nETH;1;3000\n\"BTC\";\"0,5\";\"60 000\"\n".getBytes(StandardCharsets.UTF_8));
        SplittableRandom random = new SplittableRandom(20_261_121L);
        List<String> escaped = new ArrayList<>();
        int imported = 0;
        int refused = 0;
        for (int i = 0; i < COPIES; i++) {
            byte[] source = good.get(i % good.size());
            byte[] copy = mutate(source, random);
            try {
                reader.read(copy, "copy-" + i + ".bin");
                imported++;
            } catch (ImportRefused e) {
                refused++;
                assertThat(e.getMessage()).startsWith("copy-" + i + ".bin: ");
            } catch (Throwable t) {
                escaped.add("copy " + i + ": " + t);
            }
        }
        assertThat(escaped).isEmpty();
        assertThat(imported + refused).isEqualTo(COPIES);
        assertThat(refused).as("the damage is real").isPositive();
    }

    private static byte[] mutate(byte[] source, SplittableRandom random) {
        byte[] b = source.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, random.nextInt(1, b.length));
            default -> {
                int from = random.nextInt(b.length);
                java.util.Arrays.fill(b, from, Math.min(b.length, from + random.nextInt(1, 64)), (byte) 0);
            }
        }
        return b;
    }
}
