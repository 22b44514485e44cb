/**
 * The command-line tool ({@code java -jar planner/target/yieldplan.jar COMMAND ...}): parses
 * options, runs the planner, prints a readable table or the JSON result. Bad input prints one
 * line naming the problem and exits with status 2; never a stack trace.
 */
package org.yieldplan.cli;
