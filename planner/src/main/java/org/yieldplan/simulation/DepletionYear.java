package org.yieldplan.simulation;

/**
 * How many paths first missed a withdrawal in a year.
 *
 * @param year  the year, 1-based from the projection's start
 * @param paths the number of paths
 * @param share that number over all paths, 0-1
 */
public record DepletionYear(int year, int paths, double share) {
}
