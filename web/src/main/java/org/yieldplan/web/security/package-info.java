/**
 * Request filters that protect every route: the security headers on every response
 * ({@link org.yieldplan.web.security.SecurityHeaders}) and the refusal of cross-site
 * state-changing requests ({@link org.yieldplan.web.security.CrossSiteGuard}).
 */
package org.yieldplan.web.security;
