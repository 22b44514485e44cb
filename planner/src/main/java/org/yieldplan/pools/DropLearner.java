package org.yieldplan.pools;

/**
 * How the APY-drop model learns, chosen by rolling-origin validation ({@code DropValidationTest}; gradient-boosted
 * trees through XGBoost were compared and did not do better, README "APY-drop forecast"). Runs on Tribuo
 * (Apache-2.0), single-threaded with a fixed seed, so the same examples give the same model.
 */
public sealed interface DropLearner {

    /** A short name for tables. */
    String describe();

    /** Logistic regression by stochastic gradient descent on standardised features. */
    record Logistic() implements DropLearner {
        @Override
        public String describe() {
            return "logistic regression";
        }
    }
}
