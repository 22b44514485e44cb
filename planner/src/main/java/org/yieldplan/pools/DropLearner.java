package org.yieldplan.pools;

/**
 * How the APY-drop model learns: a closed set of choices, compared by rolling-origin validation
 * ({@code DropValidationTest}). All run on Tribuo (Apache-2.0), single-threaded with a fixed seed,
 * so the same examples give the same model.
 */
public sealed interface DropLearner {

    /** A short name for tables. */
    String describe();

    /**
     * Gradient-boosted trees (XGBoost through Tribuo).
     *
     * @param trees     boosting rounds
     * @param depth     the deepest a tree grows
     * @param eta       learning rate (shrinkage of each tree)
     * @param subsample share of the examples each tree sees
     */
    record Boosted(int trees, int depth, double eta, double subsample) implements DropLearner {
        @Override
        public String describe() {
            return "boosted trees (" + trees + " trees, depth " + depth + ", eta " + eta + ", subsample " + subsample + ")";
        }
    }

    /** Logistic regression by stochastic gradient descent on standardised features. */
    record Logistic() implements DropLearner {
        @Override
        public String describe() {
            return "logistic regression";
        }
    }
}
