package org.yieldplan.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDayTest {

    /** The digit-by-digit reading agrees with LocalDate.parse on every day of 27 years, and refuses what it refuses. */
    @Test
    void isoDays_areReadAsLocalDateParseReadsThem() {
        LocalDate d = LocalDate.of(1999, 12, 25);
        for (int i = 0; i < 10_000; i++, d = d.plusDays(1)) {                // leap years 2000, 2004, ..., 2024
            assertThat(IsoDay.parse(d.toString())).isEqualTo(d).isEqualTo(LocalDate.parse(d.toString()));
        }
        for (String bad : new String[] {"2021-02-29", "2021-13-01", "2021-00-10", "2021-04-31", "2021-1-05", "2021-01-5x",
                                        "20a1-01-05", "2021/01/05", "+2021-01-05", ""}) {
            assertThatThrownBy(() -> IsoDay.parse(bad)).as(bad).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> LocalDate.parse(bad)).as(bad).isInstanceOf(DateTimeException.class);
        }
    }
}
