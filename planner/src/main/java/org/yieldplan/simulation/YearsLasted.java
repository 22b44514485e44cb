package org.yieldplan.simulation;

/**
 * How many withdrawal years the money lasts on the simulated paths: on each path the whole plan years in which every
 * planned withdrawal was paid before the first miss (all {@code planYears} on a path that never misses); the
 * median and the 10th percentile (a tenth of the paths last this long or less) by nearest rank.
 *
 * @param median    half the paths last this many withdrawal years or fewer
 * @param p10       a tenth of the paths last this many withdrawal years or fewer
 * @param planYears the withdrawal years planned, to the horizon
 */
public record YearsLasted(int median, int p10, int planYears) {
}
