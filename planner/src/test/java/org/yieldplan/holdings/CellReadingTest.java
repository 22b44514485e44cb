package org.yieldplan.holdings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellReadingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$1,234.56|1234.56", "1,234.5|1234.5", "1.234,56|1234.56", "(53.62)|-53.62", "($53.62)|-53.62",
        "'$11,093.73 '|11093.73", "-5|-5", "4.9751199256E-05|0.000049751199256", "10.00000000 USDT|10",
        "US$ 250|250", "1 000|1000", "2,5|2.5", "0.5|0.5"})
    void numbersWrittenAsText_areRead(String written, double expected) throws Exception {
        assertThat(CellReading.parse(written).value()).isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc", "1.2.3", "--", "$", "12 34 56 7x8"})
    void textThatIsNoNumber_isUnreadable(String written) {
        assertThatThrownBy(() -> CellReading.parse(written)).isInstanceOf(CellReading.Unreadable.class)
                .hasMessageContaining("is not a number");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4.5%|false|0.045", "4.5 %|false|0.045", "5.2|true|0.052", "5.2|false|0.052", "0.052|false|0.052",
        "0.5|true|0.005"})
    void rates_areFractions_withPercentSignsAndPercentHeadersUnderstood(String written, boolean pctHeader,
            double expected) throws Exception {
        assertThat(CellReading.rate(RawCell.text(written), pctHeader)).isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2024-03-31", "2024/03/31", "31 Mar 2024", "Mar 31, 2024",
        "2024-03-31T10:00:00Z", "2024-03-31 10:00"})
    void isoAndSpelledOutDates_areRead(String written) throws Exception {
        assertThat(CellReading.date(RawCell.text(written))).isEqualTo(java.time.LocalDate.of(2024, 3, 31));
    }
}
