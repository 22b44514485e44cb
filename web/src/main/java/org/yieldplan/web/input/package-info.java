/**
 * Reading what people type and what the planner says about it: numbers as typed in a form
 * ("$1,500,000", "2.5 %") and the field named in a planner message.
 */
package org.yieldplan.web.input;
