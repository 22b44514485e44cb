/**
 * The HTML pages: one typed page record per JTE template (in {@code src/main/jte}, compiled at
 * build time), rendered by {@link org.yieldplan.web.pages.Pages} inside the shared layout.
 * Templates escape every value (JTE's HTML content type), so user text such as a scenario named
 * {@code <script>} shows as text. Numbers are formatted by {@link org.yieldplan.web.pages.Fmt};
 * a figure that is not available is shown as "—".
 */
package org.yieldplan.web.pages;
