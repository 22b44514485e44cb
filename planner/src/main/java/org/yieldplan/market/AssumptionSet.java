package org.yieldplan.market;

import java.util.List;
import java.util.Locale;

/**
 * A named set of shifts to the catalog's price and yield figures ({@code bear}, {@code base}, {@code bull} in the
 * catalog's {@code assumptionSets}): how much the answer hangs on the assumptions. Applied to a position after the
 * scenario's overrides (see {@link #apply}).
 *
 * <ul>
 *   <li>median growth g of every volatile asset + {@code growthShift} (stablecoins stay pegged);</li>
 *   <li>volatility σ of every volatile asset × {@code volatilityMultiplier};</li>
 *   <li>the APY the plan runs on: the range's {@code low}, {@code base} or {@code high} case;</li>
 *   <li>protocol failure, token death and depeg probabilities × {@code eventMultiplier} (at most 1).</li>
 * </ul>
 *
 * @param name                 e.g. {@code bear}
 * @param growthShift          added to g, a fraction a year (−0.05 is 5 points less a year)
 * @param volatilityMultiplier σ × this, above 0
 * @param yieldCase            {@code low}, {@code base} or {@code high}
 * @param eventMultiplier      probabilities of failure, death and depeg × this, zero or more
 * @param source               why these figures (a judgement says so)
 */
public record AssumptionSet(String name, double growthShift, double volatilityMultiplier, String yieldCase,
                            double eventMultiplier, String source) {

    /** The three sets every catalog names. */
    public static final List<String> NAMES = List.of("bear", "base", "bull");

    public AssumptionSet {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("assumptionSets: a set needs a name");
        }
        name = name.strip().toLowerCase(Locale.ROOT);
        String at = "assumptionSets." + name;
        Checks.finite(at + ".growthShift", growthShift);
        if (!(volatilityMultiplier > 0) || Double.isInfinite(volatilityMultiplier)) {
            throw new IllegalArgumentException(at + ".volatilityMultiplier: must be above 0, got " + volatilityMultiplier);
        }
        yieldCase = yieldCase == null ? "base" : yieldCase.strip().toLowerCase(Locale.ROOT);
        if (!List.of("low", "base", "high").contains(yieldCase)) {
            throw new IllegalArgumentException(at + ".yieldCase: must be low, base or high, got " + yieldCase);
        }
        Checks.nonNegative(at + ".eventMultiplier", eventMultiplier);
        Checks.source(at + ".source", source);
    }

    /** No change: the catalog's figures as they are. */
    public static AssumptionSet neutral() {
        return new AssumptionSet("base", 0, 1, "base", 1, "the catalog's figures as they are");
    }

    /** This set with a further growth shift and volatility multiplier (a cell of the sensitivity grid). */
    public AssumptionSet shifted(double growth, double volatility) {
        return new AssumptionSet(name, growthShift + growth, volatilityMultiplier * volatility, yieldCase,
                eventMultiplier, source);
    }

    /** True when the set changes nothing. */
    public boolean isNeutral() {
        return growthShift == 0 && volatilityMultiplier == 1 && "base".equals(yieldCase) && eventMultiplier == 1;
    }

    /** The positions under this set. */
    public List<Position> apply(List<Position> positions) {
        return isNeutral() ? List.copyOf(positions) : positions.stream().map(this::apply).toList();
    }

    /**
     * A position under this set: its volatile legs' g + shift and σ × multiplier, the position's volatility (for a
     * pair, its ratio's) × multiplier, APY base = the chosen case, event probabilities × the event multiplier.
     */
    public Position apply(Position p) {
        List<PriceLeg> legs = p.legs().stream().map(this::apply).toList();
        double growth = legs.stream().mapToDouble(l -> l.exposure() * l.medianGrowth()).sum();
        boolean volatile_ = p.legs().stream().anyMatch(l -> !l.stablecoin());
        YieldRange apy = p.apy();
        double base = switch (yieldCase) {
            case "low" -> apy.low();
            case "high" -> apy.high();
            default -> apy.base();
        };
        return new Position(p.holding(), new YieldRange(Math.min(apy.low(), base), base, Math.max(apy.high(), base)),
                p.rewardShare(), p.apySource(), p.tokenInflation(), p.priceAsset(), p.pair(),
                volatile_ ? p.volatility() * volatilityMultiplier : p.volatility(), growth, p.yieldVolatility(),
                p.lockupDays(), Math.min(1, p.failureProbability() * eventMultiplier), p.lossGivenFailure(),
                p.liquidityUsd(), legs);
    }

    private PriceLeg apply(PriceLeg l) {
        PriceLeg out = l.withJumpProbability(Math.min(1, l.jumpProbability() * eventMultiplier));
        return l.stablecoin() ? out : out.withPrice(l.medianGrowth() + growthShift, l.volatility() * volatilityMultiplier);
    }
}
