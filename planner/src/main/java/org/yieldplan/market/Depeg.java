package org.yieldplan.market;

import java.util.Locale;

/**
 * A stablecoin's loss of its peg. For a coin backed by fiat reserves or over-collateralised by crypto the loss is
 * temporary: the price falls for days and recovers (in the model: the loss in one month, recovered the next); only
 * a seller during the depeg keeps the loss. For an algorithmic design (no reserves; UST in May 2022) the loss is
 * permanent. Apart from protocol failure (a lending pool's exploit or insolvency, the entry's failure probability).
 *
 * @param design      {@code fiat-backed}, {@code crypto-backed} or {@code algorithmic}
 * @param probability the yearly probability of a depeg, 0-1
 * @param loss        the share of the price lost at the low, 0-1
 * @param source      where the figures came from: the price file and the count, or a judgement
 */
public record Depeg(String design, double probability, double loss, String source) {

    /** The designs a stablecoin may have. */
    public static final java.util.List<String> DESIGNS = java.util.List.of("fiat-backed", "crypto-backed", "algorithmic");

    public Depeg {
        design = design == null ? null : design.strip().toLowerCase(Locale.ROOT);
        if (!DESIGNS.contains(design)) {
            throw new IllegalArgumentException("depeg.design: must be one of " + DESIGNS + ", got " + design);
        }
        Checks.fraction("depeg.probability", probability);
        Checks.fraction("depeg.loss", loss);
        Checks.source("depeg.source", source);
    }

    /** True for an algorithmic design: the loss stays. */
    public boolean permanent() {
        return "algorithmic".equals(design);
    }
}
