package org.yieldplan.sustainability;

import java.util.List;

/**
 * A yield or a plan that may not last: which rule fired, how much it matters, what it is about,
 * a sentence for a person, and the figures that fired it (the threshold among them).
 *
 * @param rule     the rule's identifier, e.g. {@code emission-funded} (see {@link Rule#id()})
 * @param severity how much it matters
 * @param subject  what it is about: a holding ({@code crvUSD/USDC liquidity at Curve on Ethereum}),
 *                 a protocol, chain or asset, or {@code plan}
 * @param message  one or two sentences a person understands
 * @param evidence the measured figures and the threshold, in reading order
 */
public record Flag(String rule, Severity severity, String subject, String message, List<Evidence> evidence) {

    public Flag {
        if (rule == null || rule.isBlank() || severity == null || subject == null || message == null) {
            throw new IllegalArgumentException("flag: needs a rule, severity, subject and message");
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
