package org.yieldplan.web.pages;

/**
 * A scenario whose result is still being computed in the background.
 *
 * @param name           the scenario's name
 * @param percent        the simulation's progress, 0 to 100
 * @param refreshSeconds how often the page reloads itself
 */
public record ComputingPage(String name, int percent, int refreshSeconds) {
}
