package org.yieldplan.holdings;

/** The holding fields a column can hold, with the name used in problems and JSON. */
public enum HoldingField {
    ASSET("asset", "Asset"),
    QUANTITY("quantity", "Quantity"),
    PRICE("priceUsd", "Price (USD)"),
    VALUE("valueUsd", "Value (USD)"),
    BUCKET("bucket", "Bucket"),
    PROTOCOL("protocol", "Protocol"),
    CHAIN("chain", "Chain"),
    APY("apy", "APY (%)"),
    APY_BASE("apyBase", "Base APY (%)"),
    APY_REWARD("apyReward", "Reward APY (%)"),
    LOCKUP_DAYS("lockupDays", "Lock-up (days)"),
    COST_BASIS("costBasisUsd", "Cost basis (USD)"),
    ACQUIRED("acquired", "Acquired"),
    POOL_ID("poolId", "Pool id (DeFiLlama)");

    private final String id;
    private final String header;

    HoldingField(String id, String header) {
        this.id = id;
        this.header = header;
    }

    /** The field's name in JSON and problems, e.g. {@code apyBase}. */
    public String id() {
        return id;
    }

    /** The header the template writes for it. */
    public String header() {
        return header;
    }

    /** True for the yield fields, whose numbers are percentages. */
    public boolean isRate() {
        return this == APY || this == APY_BASE || this == APY_REWARD;
    }
}
