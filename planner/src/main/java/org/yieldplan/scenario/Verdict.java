package org.yieldplan.scenario;

import java.util.List;

/**
 * What a plan's figures say, in words built from those figures (so no sentence can contradict a number): the measure
 * that fits the plan, its value against the target, whether that meets it, and the sentences that judge the plan.
 * The page, the CLI and the workbook show the same verdict.
 *
 * @param measure   the measure's name: "Success probability" for a plan that can run out, "Income meets the goal"
 *                  for one that cannot, "Income in today's dollars" for one that cannot and has no goal
 * @param value     the measure's value, 0-1, or null when there is none (no goal)
 * @param target    the probability the plan aims for, 0-1
 * @param tone      {@link Tone#MET} only when the value is at or above the target
 * @param headline  one sentence with the measure, e.g. "7.7 % of the paths pay every planned withdrawal to year 40
 *                  (the target is 90.0 %)."
 * @param sentences the rest, in reading order: the median path, how long the money lasts or how the income moves,
 *                  the safe withdrawal
 */
public record Verdict(String measure, Double value, double target, Tone tone, String headline, List<String> sentences) {

    /** How a figure is coloured: green only when it meets its target. */
    public enum Tone {
        /** At or above the target. */
        MET,
        /** Below the target. */
        SHORT,
        /** Nothing to judge (no goal). */
        NEUTRAL;

        /** The tone of a value against a target: met when value ≥ target. */
        public static Tone of(Double value, double target) {
            return value == null ? NEUTRAL : value >= target ? MET : SHORT;
        }

        /** The CSS class the site uses: met, short or neutral. */
        public String css() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Verdict {
        sentences = List.copyOf(sentences);
    }

    /** The headline and every sentence, as one paragraph. */
    public String text() {
        return headline + (sentences.isEmpty() ? "" : " " + String.join(" ", sentences));
    }
}
