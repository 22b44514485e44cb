package org.yieldplan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Money as the CLI and the site write it, against {@link String#format}'s grouping in Locale.US. */
class FiguresTest {

    @Test
    void usd_groupsThousandsAsStringFormatDoes() {
        assertThat(Figures.usd(0)).isEqualTo("$0");
        assertThat(Figures.usd(-0.4)).isEqualTo("$0");
        assertThat(Figures.usd(999.5)).isEqualTo("$1,000");
        assertThat(Figures.usd(-1234.4)).isEqualTo("−$1,234");
        assertThat(Figures.usd(61_787_739_756.0)).isEqualTo("$61,787,739,756");
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 10_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(16));
            long r = Math.round(v);
            assertThat(Figures.usd(v)).as("%s", v)
                    .isEqualTo((r < 0 ? "−$" : "$") + String.format(Locale.US, "%,d", Math.abs(r)));
        }
    }
}
