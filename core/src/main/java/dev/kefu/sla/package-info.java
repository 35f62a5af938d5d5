/**
 * The SLA engine: policies with targets per metric, pause rules, warnings, escalation ladders,
 * clock arithmetic on business calendars, and the achievement report.
 */
package dev.kefu.sla;
