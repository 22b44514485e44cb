/**
 * Reading what people type: numbers as typed in a form ("$1,500,000", "2.5 %").
 */
package org.yieldplan.web.input;
