/**
 * Request filters that protect every route: the security headers on every response
 * ({@link org.yieldplan.web.security.SecurityHeaders}), the refusal of foreign host names
 * ({@link org.yieldplan.web.security.HostGuard}, against DNS rebinding) and of cross-site
 * state-changing requests ({@link org.yieldplan.web.security.CrossSiteGuard}); and the owner tokens
 * that tie a saved scenario to the browser that made it ({@link org.yieldplan.web.security.OwnerToken}).
 */
package org.yieldplan.web.security;
