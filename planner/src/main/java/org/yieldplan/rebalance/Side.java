package org.yieldplan.rebalance;

/** A trade's direction; JSON writes it in lower case ({@code buy}). */
public enum Side { BUY, SELL }
