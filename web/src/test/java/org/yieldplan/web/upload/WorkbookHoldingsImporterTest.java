package org.yieldplan.web.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.holdings.HoldingsImport;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;

/** What the page says a file was read as: every count with its thousands, as the rows' count has them. */
class WorkbookHoldingsImporterTest {

    @Test
    void aLargeSheet_countsItsRowsAndHoldingsAlike() {
        List<Holding> holdings = Collections.nCopies(100_000, Holding.ofValue("ETH", Bucket.STAKING, 1));
        HoldingsImport r = new HoldingsImport(holdings, List.of(), "xlsx", "Holdings");

        assertThat(WorkbookHoldingsImporter.recognised(r)).isEqualTo("Holdings sheet, 100,000 rows → 100,000 holdings");
    }
}
