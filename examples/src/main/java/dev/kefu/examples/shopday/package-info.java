/**
 * The shop-day simulation: one seeded day of an online shop's customer service, run through
 * kefu's public API on its in-memory defaults, with the shop's SLA clocks running, complaints
 * through kefu's closed loop, revisits and satisfaction surveys, ending in a printed summary. Start at
 * {@link dev.kefu.examples.shopday.ShopDay}.
 */
package dev.kefu.examples.shopday;
