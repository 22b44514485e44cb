package org.yieldplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void pad_fillsToTheWidthOnEitherSide_asPrintfDoes() {
        for (int width : new int[] {0, 3, 5, 31, 32, 33, 70}) {
            for (String s : new String[] {"", "ETH", "Arbitrum", "x".repeat(40)}) {
                assertThat(Format.pad(new StringBuilder(">"), s, width, false).toString())
                        .isEqualTo(">" + String.format("%-" + Math.max(width, 1) + "s", s).substring(0, Math.max(width, s.length())));
                assertThat(Format.pad(new StringBuilder(">"), s, width, true).toString())
                        .isEqualTo(">" + String.format("%" + Math.max(width, 1) + "s", s).substring(0, Math.max(width, s.length())));
            }
        }
        assertThat(Format.left(null, 6)).isEqualTo("null  ");
    }
}
