/**
 * The instant what-if on a scenario page: a different first-year withdrawal or start year, run on
 * fewer paths without the safe-withdrawal search and never saved; JSON for the page's script, a
 * plain page for a browser without it.
 */
package org.yieldplan.web.whatif;
