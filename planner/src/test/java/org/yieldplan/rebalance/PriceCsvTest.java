package org.yieldplan.rebalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceCsvTest {

    @Test
    void coinGeckoFile_keepsTheMidnightRowOfEachDay_andSkipsTheLastIntradayRow() throws IOException {
        Path f = Path.of(System.getProperty("yieldplan.samples"), "prices", "bitcoin.csv");
        List<String> lines = Files.readAllLines(f);
        PriceSeries s = PriceCsv.parse("bitcoin.csv", lines);
        assertThat(s.dates()).hasSize(365);
        assertThat(s.first()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(s.last()).isEqualTo(LocalDate.of(2021, 12, 31));
        // the values are the file's, unchanged: first row, and the midnight row of 12/31 (not the 1:46 PM one)
        assertThat(s.closes()[0]).isEqualTo(Double.parseDouble(lines.get(1).substring(lines.get(1).lastIndexOf("bitcoin,") + 8).split(",")[0]));
        String midnight = lines.get(lines.size() - 2);
        assertThat(midnight).contains("12/31/2021, 12:00:00 AM");
        assertThat(s.close(LocalDate.of(2021, 12, 31))).isEqualTo(Double.parseDouble(midnight.split(",")[4]));
    }

    @Test
    void plainDateCloseFile_isRead() {
        PriceSeries s = PriceCsv.parse("x.csv", List.of("date,close", "2021-03-01,10", "2021-03-02,12.5", ""));
        assertThat(s.closes()).containsExactly(10, 12.5);
    }

    @Test
    void aDayThatIsNotOne_isNamedWithItsLine() {
        assertThatThrownBy(() -> PriceCsv.parse("x.csv", List.of("date,close", "2021-02-30,10")))
                .hasMessage("x.csv: line 2: date '2021-02-30' is not a date like 2021-01-31");
    }

    @Test
    void gapsRepeatsAndBadCells_nameTheFileAndLine() {
        assertThatThrownBy(() -> PriceCsv.parse("x.csv", List.of("date,close", "2021-03-01,10", "2021-03-04,11")))
                .hasMessage("x.csv: line 3: gap: no price for 2021-03-02 to 2021-03-03; daily prices need one row per day");
        assertThatThrownBy(() -> PriceCsv.parse("x.csv", List.of("date,close", "2021-03-01,10", "2021-03-01,11")))
                .hasMessageContaining("x.csv: line 3: date 2021-03-01 is repeated");
        assertThatThrownBy(() -> PriceCsv.parse("x.csv", List.of("date,close", "2021-03-01,ten")))
                .hasMessageContaining("x.csv: line 2: close 'ten' is not a number");
        assertThatThrownBy(() -> PriceCsv.parse("x.csv", List.of("day,value", "2021-03-01,1")))
                .hasMessageContaining("x.csv: line 1: header");
        assertThatThrownBy(() -> PriceCsv.parse("x.csv", List.of("date,close", "2021-03-01,-1")))
                .hasMessageContaining("must be above 0");
    }
}
