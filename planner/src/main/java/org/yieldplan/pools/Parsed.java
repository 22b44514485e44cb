package org.yieldplan.pools;

import java.util.List;

/**
 * What a reader got from a file: the records it could read and a message for each it could not,
 * naming the record ({@code raw_tvl.csv line 12 (pool 4f71…): apy: "abc" is not a number}).
 *
 * @param values   the records read, in file order
 * @param problems one message per record left out
 * @param <T>      the record type
 */
public record Parsed<T>(List<T> values, List<String> problems) {

    public Parsed {
        values = List.copyOf(values);
        problems = List.copyOf(problems);
    }
}
