package org.yieldplan.holdings;

import java.util.Arrays;

/** What kind of asset a directory entry is; the labels are yieldplan's own (see samples/assets/README.md). */
public enum AssetCategory {
    LAYER_1("layer-1", "layer-1 coin"),
    STABLECOIN_FIAT("stablecoin-fiat", "fiat-backed stablecoin"),
    STABLECOIN_CRYPTO("stablecoin-crypto", "crypto-backed stablecoin"),
    STABLECOIN_ALGORITHMIC("stablecoin-algorithmic", "algorithmic stablecoin"),
    LIQUID_STAKING("liquid-staking", "liquid-staking receipt"),
    WRAPPED("wrapped", "wrapped token"),
    LP_TOKEN("lp-token", "liquidity-pool (LP) token"),
    GOVERNANCE_DEFI("governance-defi", "governance/DeFi token"),
    OTHER("other", "other token (layer-2, exchange, meme, gaming)");

    private final String id;
    private final String label;

    AssetCategory(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used in the directory file, e.g. {@code stablecoin-fiat}. */
    public String id() {
        return id;
    }

    /** For a person, e.g. {@code fiat-backed stablecoin}. */
    public String label() {
        return label;
    }

    /** True for the three stablecoin kinds. */
    public boolean stablecoin() {
        return this == STABLECOIN_FIAT || this == STABLECOIN_CRYPTO || this == STABLECOIN_ALGORITHMIC;
    }

    static AssetCategory fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("category: '" + id + "' is not one of "
                        + Arrays.stream(values()).map(AssetCategory::id).toList()));
    }
}
