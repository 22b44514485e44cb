package org.yieldplan.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.income.Contributions;
import org.yieldplan.json.Json;
import org.yieldplan.market.Correlations;
import org.yieldplan.market.Position;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.withdrawal.ConstantAmount;
import org.yieldplan.withdrawal.ConstantPercentage;
import org.yieldplan.withdrawal.FloorCeiling;
import org.yieldplan.withdrawal.Guardrails;
import org.yieldplan.withdrawal.IncomeOnly;
import org.yieldplan.withdrawal.NinetyFivePercentRule;
import org.yieldplan.withdrawal.VariablePercentage;
import org.yieldplan.withdrawal.WithdrawalPlan;
import org.yieldplan.withdrawal.WithdrawalStrategy;
import org.yieldplan.withdrawal.YieldGuardrail;

/** Each plan gets the measure that fits it: success for plans that can run out, income against the goal otherwise. */
class PlanMeasureTest {

    private static final Correlations CORR = TestPositions.correlations(List.of("ETH", "USDC"),
            new double[][] {{1, 0}, {0, 1}});
    private static final double VALUE = 1_000_000;
    private static final double APY = 0.05;
    /** The balance when withdrawals start: two saving years with the income reinvested, V·(1 + APY/12)^24. */
    private static final double AT_START = VALUE * Math.pow(1 + APY / 12, 24);

    /** One lending bucket: no volatility, no failures, a constant 5 % APY; 20 years, withdrawals from year 3. */
    private static PlanSetup calm(WithdrawalStrategy s, double inflation, Double goal) {
        List<Position> ps = List.of(TestPositions.of("USDC", Bucket.LENDING, VALUE, APY, 0, 0, 0, 0, 0));
        return new PlanSetup(ps, CORR, new WithdrawalPlan(s, 2, WithdrawalPlan.Frequency.MONTHLY),
                new SimulationSettings(10, 3L, 0.9, null, null, true), 20, Contributions.none(), inflation, 0, 1, goal);
    }

    /** A volatile two-bucket portfolio. */
    private static PlanSetup rough(WithdrawalStrategy s, Double goal) {
        List<Position> ps = List.of(TestPositions.of("USDC", Bucket.LENDING, 400_000, 0.05, 0.01, 0, 0.02, 0, 0),
                TestPositions.of("ETH", Bucket.STAKING, 600_000, 0.04, 0.7, 0.05, 0.005, 0, 0));
        return new PlanSetup(ps, CORR, new WithdrawalPlan(s, 0, WithdrawalPlan.Frequency.MONTHLY),
                new SimulationSettings(400, 5L, 0.9, null, null, true), 30, Contributions.none(), 0.025, 0, 1, goal);
    }

    @Test
    void canDeplete_followsTheStrategysRule() {
        assertThat(new ConstantAmount(1, true).canDeplete()).isTrue();
        assertThat(Guardrails.of(0.04).canDeplete()).isTrue();
        assertThat(new NinetyFivePercentRule(0.04).canDeplete()).isTrue();
        // a yield guardrail sets the year's amount in advance like guardrails: a crash can leave it unpaid
        assertThat(new YieldGuardrail(0.04, 0.02, null, null).canDeplete()).isTrue();
        assertThat(new ConstantPercentage(0.04).canDeplete()).isFalse();
        assertThat(new VariablePercentage(0.04).canDeplete()).isFalse();
        assertThat(new IncomeOnly().canDeplete()).isFalse();
        assertThat(new FloorCeiling(new IncomeOnly(), 0, 50_000.0).canDeplete()).isFalse();
        assertThat(new FloorCeiling(new IncomeOnly(), 10_000, null).canDeplete()).isTrue();
    }

    @Test
    void incomeOnly_goalMet_whenTheYieldCoversTheGoalInEveryYear() {
        double income = AT_START * APY;                                      // value × APY a year, paid out whole
        WithdrawalSimulator sim = new WithdrawalSimulator(1);
        SimulationResult at = sim.simulate(calm(new IncomeOnly(), 0, income * 0.999), SimulationProgress.NONE);
        SimulationResult above = sim.simulate(calm(new IncomeOnly(), 0, income * 1.001), SimulationProgress.NONE);
        assertThat(at.measure().canDeplete()).isFalse();
        assertThat(at.measure().goalMetProbability()).isEqualTo(1.0);
        assertThat(above.measure().goalMetProbability()).isZero();
        assertThat(at.reportedSuccess()).isNull();
        assertThat(at.safeWithdrawal()).isNull();
        assertThat(at.measure().yearsLasted()).isNull();
        RealIncomeBands real = at.measure().realIncomePercentiles();
        assertThat(real.years()).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(3, 20).boxed().toList());
        // V·APY/12 paid out each month leaves V unchanged: income V·APY every year
        real.p50().forEach(x -> assertThat(x).isCloseTo(income, within(1e-6)));
    }

    @Test
    void goalMet_countsTodaysDollars_byTheYearsInflationIndex() {
        double inflation = 0.02;
        double income = AT_START * APY;
        // real income in year y = V·APY / 1.02^(y − 1); the last year, 20, is the lowest
        double lastReal = income / Math.pow(1 + inflation, 19);
        WithdrawalSimulator sim = new WithdrawalSimulator(1);
        PlanMeasure met = sim.simulate(calm(new IncomeOnly(), inflation, lastReal * 0.999), SimulationProgress.NONE).measure();
        PlanMeasure short_ = sim.simulate(calm(new IncomeOnly(), inflation, lastReal * 1.001), SimulationProgress.NONE).measure();
        assertThat(met.goalMetProbability()).isEqualTo(1.0);
        assertThat(short_.goalMetProbability()).isZero();
        assertThat(met.realIncomePercentiles().p10().get(0)).isCloseTo(income / Math.pow(1 + inflation, 2), within(1e-6));
        assertThat(met.realIncomePercentiles().p10().get(17)).isCloseTo(lastReal, within(1e-6));
    }

    @Test
    void withoutAGoal_aPlanThatCannotRunOut_hasNoGoalMetProbability_butItsIncomeRange() {
        PlanMeasure m = new WithdrawalSimulator(1).simulate(calm(new ConstantPercentage(0.04), 0, null),
                SimulationProgress.NONE).measure();
        assertThat(m.canDeplete()).isFalse();
        assertThat(m.goalMetProbability()).isNull();
        assertThat(m.realIncomePercentiles().p50()).hasSize(18);
    }

    @Test
    void constantAmount_aboveThePmt_lastsTheAnnuitysWholeYears() {
        double r = APY / 12;
        double balance = AT_START;
        double payment = 1.1 * balance * r / (1 - Math.pow(1 + r, -216));    // 10 % above PMT(r, 216 months, balance)
        double nper = -Math.log(1 - balance * r / payment) / Math.log(1 + r);
        int missMonth = 24 + (int) Math.ceil(nper);                         // from the projection's start
        SimulationResult mc = new WithdrawalSimulator(1).simulate(calm(new ConstantAmount(payment * 12, false), 0, null),
                SimulationProgress.NONE);
        PlanMeasure m = mc.measure();
        assertThat(m.canDeplete()).isTrue();
        assertThat(mc.reportedSuccess()).isZero();
        assertThat(m.medianDepletionYear()).isEqualTo((missMonth - 1) / 12 + 1);
        int lasted = (missMonth - 25) / 12;                                  // whole plan years before the miss
        assertThat(m.yearsLasted()).isEqualTo(new YearsLasted(lasted, lasted, 18));
    }

    @Test
    void medianDepletionYear_isWhereTheDepletionSharesPassHalf() {
        SimulationResult mc = new WithdrawalSimulator(2).simulate(rough(new ConstantAmount(90_000, true), null),
                SimulationProgress.NONE, false);
        double cumulative = 0;
        Integer expected = null;
        for (DepletionYear d : mc.depletionYears()) {
            cumulative += d.paths();
            if (cumulative >= 0.5 * mc.paths()) {
                expected = d.year();
                break;
            }
        }
        assertThat(expected).as("the test needs a plan that fails on most paths").isNotNull();
        assertThat(mc.measure().medianDepletionYear()).isEqualTo(expected);
        assertThat(mc.measure().yearsLasted().median()).isLessThanOrEqualTo(expected - 1);
        assertThat(mc.measure().yearsLasted().p10()).isLessThanOrEqualTo(mc.measure().yearsLasted().median());
    }

    @Test
    void json_putsTheMeasureInTheSimulation_andNoSuccessForAPlanThatCannotRunOut() throws Exception {
        WithdrawalSimulator sim = new WithdrawalSimulator(1);
        var cannot = Json.mapper().readTree(Json.mapper().writeValueAsString(
                sim.simulate(calm(new IncomeOnly(), 0, 40_000.0), SimulationProgress.NONE)));
        assertThat(cannot.get("canDeplete").asBoolean()).isFalse();
        assertThat(cannot.has("successProbability")).isFalse();
        assertThat(cannot.get("goalMetProbability").asDouble()).isEqualTo(1.0);
        assertThat(cannot.get("realIncomePercentiles").get("p10")).hasSize(18);
        var can = Json.mapper().readTree(Json.mapper().writeValueAsString(
                sim.simulate(calm(new ConstantAmount(40_000, true), 0, null), SimulationProgress.NONE)));
        assertThat(can.get("canDeplete").asBoolean()).isTrue();
        assertThat(can.get("successProbability").asDouble()).isEqualTo(1.0);
        assertThat(can.get("yearsLasted").get("median").asInt()).isEqualTo(18);
        assertThat(can.has("goalMetProbability")).isFalse();
    }
}
