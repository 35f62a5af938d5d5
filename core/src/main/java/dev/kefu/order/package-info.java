/**
 * Order events in: {@link dev.kefu.order.Orders} takes the host backend's order events and turns
 * them into flags, tasks, reminders and notices (TK-5 to TK-18); {@link dev.kefu.order.OrderRules}
 * configures the thresholds, times and the negative-review distributor. See {@code docs/orders.md}.
 */
package dev.kefu.order;
