package org.yieldplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yieldplan.market.Catalog;
import org.yieldplan.rebalance.PriceCsv;
import org.yieldplan.rebalance.PriceSeries;
import org.yieldplan.simulation.MarketHistory;

/** The bundled files as the commands read them. */
class SampleFilesTest {

    /**
     * The replay's history reads only the first of each month from the daily market-cap file: the same history as the
     * whole file read and checked row by row by {@link PriceCsv} (dates, one row a day, numbers) and then taken by month.
     */
    @Test
    void theMarketHistory_readFromTheFirstOfEachMonth_isTheDailyFilesHistory() throws IOException {
        String file = "samples/prices/bitcoin_ethereum_market_caps.csv";
        List<String> lines;
        try (InputStream in = SampleFilesTest.class.getClassLoader().getResourceAsStream(file)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        PriceSeries btc = PriceCsv.parse(file, lines, "Bitcoin");
        PriceSeries eth = PriceCsv.parse(file, lines, "Ethereum");
        Catalog catalog = SampleFiles.catalog();
        MarketHistory daily = MarketHistory.monthly(btc.dates(), Map.of("BTC", btc.closes(), "ETH", eth.closes()), "ETH",
                catalog.profile("ETH").volatility(), "daily");
        MarketHistory read = SampleFiles.marketHistory(catalog);
        assertThat(read.first()).isEqualTo(daily.first());
        assertThat(read.window()).isEqualTo("2021-06..2023-01");
        assertThat(read.returns().keySet()).containsExactlyInAnyOrder("BTC", "ETH");
        for (String asset : List.of("BTC", "ETH")) {
            assertThat(read.returns().get(asset)).as(asset).hasSize(20).containsExactly(daily.returns().get(asset));
        }
        assertThat(read.proxy()).isEqualTo("ETH");
        assertThat(read.proxyVolatility()).isEqualTo(daily.proxyVolatility());
    }
}
