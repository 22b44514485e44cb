package org.yieldplan.sustainability;

/** How much a flag matters, least to most. JSON writes it in lower case ({@code critical}). */
public enum Severity {
    /** Worth knowing; no action needed. */
    INFO,
    /** A risk to weigh: the yield or the plan may not hold. */
    WARNING,
    /** The yield or the plan will very likely not hold. */
    CRITICAL
}
