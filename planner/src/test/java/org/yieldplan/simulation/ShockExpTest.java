package org.yieldplan.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The table-driven exponential against Math.exp. */
class ShockExpTest {

    @Test
    void agreesWithMathExp_toTwoUnitsInTheLastPlace() {
        SplittableRandom rng = new SplittableRandom(3);
        double worst = 0;
        for (int i = 0; i < 1_000_000; i++) {
            double x = i % 2 == 0 ? rng.nextGaussian() * 0.5 : rng.nextDouble(-700, 700);   // shocks, and the whole range
            double exact = Math.exp(x);
            worst = Math.max(worst, Math.abs(ShockExp.exp(x) - exact) / Math.ulp(exact));
        }
        assertThat(worst).isLessThanOrEqualTo(2);
    }

    @Test
    void zeroGivesExactlyOne_andEdgesDeferToMathExp() {
        assertThat(ShockExp.exp(0)).isEqualTo(1.0);
        assertThat(ShockExp.exp(-0.0)).isEqualTo(1.0);
        assertThat(ShockExp.exp(Math.log(2))).isEqualTo(2.0);
        assertThat(ShockExp.exp(-745.2)).isEqualTo(Math.exp(-745.2));
        assertThat(ShockExp.exp(710)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ShockExp.exp(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(ShockExp.exp(Double.NaN)).isNaN();
    }
}
