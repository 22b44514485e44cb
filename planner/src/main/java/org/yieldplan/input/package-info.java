/**
 * What is wrong with an input, typed: {@link org.yieldplan.input.FieldProblem} (a field as the
 * scenario JSON names it and a message without it) and {@link org.yieldplan.input.InvalidField},
 * thrown by a record's constructor for its first bad value. Rates in messages are stated in percent
 * ({@link org.yieldplan.input.Percent}), so a message reads the same beside a form field that asks
 * for % and in the JSON API, where rates are fractions. No I/O.
 */
package org.yieldplan.input;
