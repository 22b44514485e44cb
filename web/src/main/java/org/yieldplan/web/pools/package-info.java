/**
 * The pool screen: {@code /pools} (page) and {@code /api/pools} (JSON) over the pool list the site loads at
 * start (the bundled DeFiLlama snapshot of 2025-08-31 with its APY-drop forecast), screened once
 * ({@link org.yieldplan.pools.PoolScreen}); each request only filters, sorts and pages it.
 */
package org.yieldplan.web.pools;
