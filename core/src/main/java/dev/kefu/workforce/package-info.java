/**
 * Workforce maths: how many agents each interval needs to meet a service target (ST-15), from a
 * forecast of contacts and their handle time. Erlang C (no abandonment) and Erlang A (exponential
 * patience) evaluated stably at any size, chat concurrency, occupancy, speed-of-answer and
 * abandonment caps, exact shrinkage rounding, promotion-day uplift (ST-11), and requirement tables
 * over a day or a week of real instants. Start with {@link dev.kefu.workforce.RequirementTable} or,
 * for one interval, {@link dev.kefu.workforce.RequiredServers#required}.
 */
package dev.kefu.workforce;
