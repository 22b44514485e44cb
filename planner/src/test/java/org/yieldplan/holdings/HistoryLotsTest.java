package org.yieldplan.holdings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.holdings.ImportProblem.Severity;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.portfolio.Holding;

/** Hand-built histories: FIFO lots and cost basis worked out by hand below each case. */
class HistoryLotsTest {

    private static final double EPS = 1e-9;
    private final HoldingsReader reader = new HoldingsReader(new AssetLookup(SampleFiles.catalog(),
            AssetDirectory.bundled(), PriceTable.parse("test prices", """
                    symbol,priceUsd,asOf
                    ETH,3000,2024-06-01
                    BTC,60000,2024-06-01
                    """), LocalDate.of(2024, 6, 2), 7), ImportLimits.DEFAULT);

    private HoldingsImport read(String csv) {
        return reader.read(csv.getBytes(StandardCharsets.UTF_8), "history.csv");
    }

    @Test
    void buysPartialSellsFeesTransfersAndRewards_leaveTheLotsWorkedOutByHand() {
        HoldingsImport r = read("""
                date,type,asset,quantity,price,fee
                2024-01-10,buy,ETH,2,2000,10
                2024-02-10,buy,ETH,1,3000,5
                2024-03-01,fee,ETH,0.1,,
                2024-03-10,sell,ETH,1.4,3500,7
                2024-04-01,transfer out,ETH,0.2,,
                2024-04-15,staking reward,ETH,0.05,3200,
                2024-05-01,deposit,ETH,0.5,,
                2024-01-05,buy,BTC,1,40000,20
                2024-05-20,sell,BTC,0.25,65000,
                """);
        assertThat(r.kind()).isEqualTo("transaction history (generic layout)");
        assertThat(r.rows()).isEqualTo(9);
        assertThat(r.problems(Severity.ERROR)).isEmpty();
        // ETH: lot 1 = 2 at 2×2000+10 = 4010; lot 2 = 1 at 3000+5 = 3005. The fee 0.1, the sale 1.4 and the
        // transfer 0.2 all come from lot 1 (FIFO): 2 − 0.1 − 1.4 − 0.2 = 0.3 left, basis 4010 × 0.3/2 = 601.5.
        // The reward is a lot of 0.05 at its value on receipt 0.05 × 3200 = 160; the deposit 0.5 has no price.
        List<Lot> eth = r.lots("ETH");
        assertThat(eth).hasSize(4);
        assertLot(eth.get(0), 0.3, 601.5, "2024-01-10");
        assertLot(eth.get(1), 1.0, 3005.0, "2024-02-10");
        assertLot(eth.get(2), 0.05, 160.0, "2024-04-15");
        assertThat(eth.get(3).quantity()).isCloseTo(0.5, within(EPS));
        assertThat(eth.get(3).costBasisUsd()).isNull();
        // BTC: 1 at 40000 + 20 = 40020; 0.25 sold: 0.75 left at 40020 × 0.75 = 30015.
        assertLot(r.lots("BTC").get(0), 0.75, 30015.0, "2024-01-05");

        Holding ethHolding = holding(r, "ETH");
        double buys = 3;
        double sells = 1.4;
        double fees = 0.1;
        double out = 0.2;
        double in = 0.5;
        double rewards = 0.05;
        assertThat(ethHolding.quantity()).isCloseTo(buys - sells - fees - out + in + rewards, within(EPS));
        assertThat(ethHolding.valueUsd()).isCloseTo(1.85 * 3000, within(1e-6));
        assertThat(ethHolding.costBasisUsd()).as("one lot's basis is unknown").isNull();
        assertThat(ethHolding.acquired()).isEqualTo(LocalDate.parse("2024-01-10"));
        assertThat(holding(r, "BTC").costBasisUsd()).isCloseTo(30015.0, within(1e-6));
        assertThat(r.portfolio().holdings()).as("the portfolio holds one holding per lot, for tax-aware sales").hasSize(5);
    }

    @Test
    void aSaleLargerThanTheHistoryHolds_isAWarningOnItsLine() {
        HoldingsImport r = read("""
                date,type,asset,quantity,price,fee
                2024-01-10,buy,ETH,1,2000,0
                2024-02-10,sell,ETH,1.5,2500,0
                2024-03-10,buy,BTC,1,40000,0
                """);
        assertThat(r.problems(Severity.WARNING)).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).contains("sell 1.5 ETH but the history holds only 1");
        });
        assertThat(r.lots("ETH")).isEmpty();
    }

    @Test
    void unusableRows_areErrorsWithTheFilesLineNumber() {
        HoldingsImport r = read("""
                date,type,asset,quantity,price,fee
                2024-01-10,buy,ETH,1,2000,0
                someday,buy,ETH,1,2000,0
                2024-01-12,buy,ETH,lots,2000,0
                2024-01-13,swap dance,ETH,1,2000,0
                """);
        assertThat(r.problems(Severity.ERROR)).extracting(ImportProblem::row).containsExactly(3, 4);
        assertThat(r.problems(Severity.INFO)).anySatisfy(p -> assertThat(p.row()).isEqualTo(5));
        assertThat(r.lots("ETH")).hasSize(1);
    }

    private static Holding holding(HoldingsImport r, String asset) {
        return r.holdings().stream().filter(h -> h.asset().equals(asset)).findFirst().orElseThrow();
    }

    private static void assertLot(Lot lot, double quantity, double basis, String acquired) {
        assertThat(lot.quantity()).isCloseTo(quantity, within(EPS));
        assertThat(lot.costBasisUsd()).isCloseTo(basis, within(1e-6));
        assertThat(lot.acquired()).isEqualTo(LocalDate.parse(acquired));
    }
}
