package org.yieldplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.holdings.HoldingsImport;
import org.yieldplan.holdings.HoldingsReader;
import org.yieldplan.income.Contributions;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.portfolio.PoolLink;
import org.yieldplan.scenario.Scenario;

/** The Holdings sheet of a downloaded workbook imports back, through the holdings import, to the same holdings. */
class HoldingsRoundTripTest {

    @Test
    void holdingsSheet_importsBackToTheSameHoldings() {
        List<Holding> holdings = List.of(
                new Holding("ETH", 20.0, 3000.0, 60_000, Bucket.STAKING, false, "Lido", "Ethereum", 0.032, null, 7,
                        45_000.0, LocalDate.of(2023, 5, 1)),
                new Holding("USDC", 10_000.0, 1.0, 10_000, Bucket.LENDING, true, "Aave", "Ethereum", 0.05, 0.01, null,
                        null, null),
                new Holding("ETH/USDC", null, null, 30_000, Bucket.LIQUIDITY, false, "Uniswap", "Arbitrum", 0.12, 0.03, 0,
                        28_000.0, LocalDate.of(2024, 1, 15), PoolLink.of("747c1d2a-c668-4682-b9f9-296708a3dd90")),
                new Holding("BTC", 0.5, 60_000.0, 30_000, Bucket.GROWTH, false, null, null, null, null, null, null, null));
        Scenario s = new Scenario("mine", "Mine", null, null, holdings, null, null, Contributions.none(), 2, 0.025, 0, 0,
                List.of());
        byte[] xlsx = new ProjectionWorkbook(WorkbookFixtures.CLOCK).bytes(WorkbookFixtures.run(s));
        HoldingsImport back = new HoldingsReader(SampleFiles.catalog()).read(xlsx, "projection.xlsx");
        assertThat(back.sheet()).isEqualTo(HoldingsSheet.NAME);
        assertThat(back.holdings()).containsExactlyElementsOf(holdings);
    }
}
