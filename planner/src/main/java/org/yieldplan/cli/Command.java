package org.yieldplan.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the tool. */
public interface Command {

    /** The word that selects it, e.g. {@code income}. */
    String name();

    /** One line for the command list. */
    String summary();

    /** The usage text: synopsis and options. */
    String usage();

    /**
     * Runs it.
     *
     * @param words the words after the command name
     * @return the exit status: 0 done, 2 bad input
     */
    int run(List<String> words, PrintStream out, PrintStream err);
}
