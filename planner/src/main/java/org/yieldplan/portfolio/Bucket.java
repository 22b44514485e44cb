package org.yieldplan.portfolio;

import java.util.Locale;

/** Where a holding's income comes from (DOMAIN.md, "Buckets"). */
public enum Bucket {
    /** Proof-of-stake tokens locked to secure a network; paid in newly minted tokens. */
    STAKING("Staking"),
    /** Lent to a protocol (Aave, Compound, Maker); borrowers pay interest. */
    LENDING("Lending"),
    /** A pair supplied to an automated market maker; earns trading fees. */
    LIQUIDITY("Liquidity (LP)"),
    /** Aggregators and higher-risk farms; often emission-funded. */
    FARMING("Yield farming"),
    /** Held for appreciation; no yield. */
    GROWTH("Growth"),
    /** Idle stablecoins or fiat; no yield. */
    CASH("Cash");

    private final String label;
    private final String id;

    Bucket(String label) {
        this.label = label;
        this.id = name().toLowerCase(Locale.ROOT);
    }

    /** A person's name for the bucket, e.g. "Liquidity (LP)". */
    public String label() {
        return label;
    }

    /** The lower-case identifier used in files and JSON, e.g. {@code liquidity}. */
    public String id() {
        return id;
    }

    /**
     * The bucket for an identifier, ignoring case and surrounding spaces.
     *
     * @throws IllegalArgumentException naming the accepted values when none matches
     */
    public static Bucket fromId(String id) {
        if (id != null) {
            String wanted = id.strip();
            for (Bucket b : values()) {
                if (b.name().equalsIgnoreCase(wanted) || b.label.equalsIgnoreCase(wanted)) {
                    return b;
                }
            }
        }
        throw new IllegalArgumentException("unknown bucket '" + id
                + "'; use one of staking, lending, liquidity, farming, growth, cash");
    }
}
