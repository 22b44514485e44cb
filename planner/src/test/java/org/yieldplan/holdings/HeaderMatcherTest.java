package org.yieldplan.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderMatcherTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Asset|ASSET", "COIN|ASSET", "token symbol|ASSET", "Ticker|ASSET", "  Symbol |ASSET",
        "Qty|QUANTITY", "Balance|QUANTITY", "Units|QUANTITY", "Amount|QUANTITY",
        "Amount (USD)|VALUE", "Value (USD)|VALUE", "Market Value|VALUE", "market-value $|VALUE", "USD Value|VALUE",
        "Price|PRICE", "Price (USD)|PRICE", "Strategy|BUCKET", "Category|BUCKET", "Type|BUCKET",
        "Platform|PROTOCOL", "Venue|PROTOCOL", "Network|CHAIN", "APY (%)|APY", "APR|APY", "Base APY|APY_BASE",
        "Reward APR (%)|APY_REWARD", "Lock-up (days)|LOCKUP_DAYS", "Unbonding period|LOCKUP_DAYS",
        "Cost Basis (USD)|COST_BASIS", "Date acquired|ACQUIRED", "Pool id (DeFiLlama)|POOL_ID", "pool_id|POOL_ID",
        "DeFiLlama pool|POOL_ID", "Pool|PROTOCOL"})
    void headersAreRecognisedByMeaning(String header, HoldingField field) {
        assertThat(HeaderMatcher.match(0, header)).hasValueSatisfying(c -> assertThat(c.field()).isEqualTo(field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Notes", "Timestamp", "Transaction Type", "Fee", "", "Quantity Transacted"})
    void otherHeaders_areNotRecognised(String header) {
        assertThat(HeaderMatcher.match(0, header)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"APY %|true|false", "APR|false|true", "Reward APR (%)|true|true", "APY|false|false"})
    void percentUnitsAndAprAreNoted(String header, boolean percent, boolean apr) {
        assertThat(HeaderMatcher.match(0, header)).hasValueSatisfying(c -> {
            assertThat(c.percentUnit()).isEqualTo(percent);
            assertThat(c.apr()).isEqualTo(apr);
        });
    }

    @ParameterizedTest
    @CsvSource({"0,A", "25,Z", "26,AA", "701,ZZ", "702,AAA", "16383,XFD"})
    void columnLetters(int index, String letters) {
        assertThat(HeaderMatcher.letters(index)).isEqualTo(letters);
    }
}
