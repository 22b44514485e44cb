package org.yieldplan.rebalance;

/** Where a weight lies against its band; JSON writes it in lower case ({@code inside}). */
public enum BandStatus { INSIDE, ABOVE, BELOW }
