package org.yieldplan.scenario;

/**
 * What a scenario read at a boundary (a file, the JSON API, the site's form or upload) may ask
 * for: enough for any real plan, small enough that one request cannot tie the machine up.
 * A scenario built in code (a test, the CLI's {@code --paths}) is held only to {@link Scenario}'s own checks.
 */
public final class ScenarioLimits {

    /** The largest amount, goal or contribution, USD: one trillion. */
    public static final double MAX_USD = 1e12;
    /** The longest name, characters. */
    public static final int MAX_NAME = 120;
    /** The longest description, characters. */
    public static final int MAX_DESCRIPTION = 2_000;
    /** The most holdings in one scenario (an import file may hold more; the site refuses the scenario). */
    public static final int MAX_HOLDINGS = 100_000;
    /** The fewest simulation paths: below this the success probability moves by more than a point between seeds. */
    public static final int MIN_PATHS = 1_000;
    /** The most simulation paths. */
    public static final int MAX_PATHS = 50_000;
    /** The most overrides (one per bucket, asset, or bucket and asset). */
    public static final int MAX_OVERRIDES = 200;

    private ScenarioLimits() {
    }
}
