package org.yieldplan.pools;

/**
 * How the APY-drop model learns, chosen by rolling-origin validation (README "APY-drop forecast": Tribuo's logistic
 * regression by stochastic gradient descent and gradient-boosted trees through XGBoost were compared and did not do
 * better). Deterministic: the same examples give the same model.
 */
public sealed interface DropLearner {

    /** A short name for tables. */
    String describe();

    /**
     * Logistic regression on standardised features, fitted exactly by Newton's method ({@link DropModel}).
     *
     * @param l2 λ, the penalty on the weights per training example
     */
    record Logistic(double l2) implements DropLearner {

        /** The penalty chosen on the rolling origins (0, 0.001 and 0.01 were tried). */
        public static final double CHOSEN_L2 = 1e-3;

        @Override
        public String describe() {
            return "logistic regression (Newton, L2 " + l2 + ")";
        }
    }
}
