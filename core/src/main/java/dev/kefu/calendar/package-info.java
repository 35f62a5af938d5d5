/**
 * Business calendars: when the shop works, in its time zone, with split shifts, overnight shifts,
 * holidays and dated overrides; the arithmetic SLA clocks and duties are computed with.
 */
package dev.kefu.calendar;
