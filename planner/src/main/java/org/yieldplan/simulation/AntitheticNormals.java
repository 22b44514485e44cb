package org.yieldplan.simulation;

import java.util.random.RandomGenerator;

/**
 * Standard normals for a pair of antithetic paths: path 2k draws from pair k's generator, path 2k + 1 uses the
 * same draws negated (variance reduction, and half the normal draws). The draws are recorded, so the second
 * path of a pair processed right after the first replays them; otherwise they are drawn again from pair k's
 * generator, with the same result. One instance per worker; not thread-safe.
 */
final class AntitheticNormals implements RandomGenerator {

    private double[] recorded = new double[4096];
    private int size;
    private int position;
    private long pair = -1;
    private boolean replaying;
    private boolean negate;
    private RandomGenerator source;

    /**
     * Starts a path.
     *
     * @param pairId    the pair, path index / 2
     * @param second    true for the pair's second path (negated draws)
     * @param generator pair k's generator, used only when its draws are not recorded
     */
    void begin(long pairId, boolean second, RandomGenerator generator) {
        negate = second;
        position = 0;
        if (pairId == pair && second) {
            replaying = true;
        } else {
            replaying = false;
            source = generator;
            pair = pairId;
            size = 0;
        }
    }

    @Override
    public double nextGaussian() {
        double g;
        if (replaying) {
            g = recorded[position++];
        } else {
            g = source.nextGaussian();
            if (size == recorded.length) {
                recorded = java.util.Arrays.copyOf(recorded, size * 2);
            }
            recorded[size++] = g;
        }
        return negate ? -g : g;
    }

    @Override
    public long nextLong() {
        throw new UnsupportedOperationException("only normals come from the antithetic source");
    }
}
