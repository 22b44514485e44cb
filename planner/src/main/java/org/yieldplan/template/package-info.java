/**
 * Allocation templates: target weights per asset and bucket, with min/max bands per bucket, and
 * the composition of templates into weighted mixes (a mix's weights are the weighted sum of its
 * parts' weights). Weights are fractions of the portfolio and sum to 1.
 */
package org.yieldplan.template;
