/**
 * An e-commerce backend in miniature wired to kefu: orders, payments, shipping, returns and reviews
 * in an embedded H2 database through plain JDBC, with kefu's order, stock and presence ports
 * implemented on the backend's tables, the backend's order events relayed to kefu, and kefu's own
 * stores in the same database through kefu-jdbc ({@link dev.kefu.jdbc.JdbcStorage}, whose
 * {@code kefu_*} tables sit beside the shop's; neither the backend nor kefu's storage touches the
 * other's tables).
 *
 * <p><b>The integration pattern.</b> A backend service writes its fact and records the matching
 * {@link dev.kefu.spi.order.OrderEvent} (with the backend's own event id and the instant the fact
 * happened) in <em>one transaction</em> ({@link dev.kefu.examples.backend.ShopBackend},
 * {@link dev.kefu.examples.backend.OrderEventOutbox}). The host's scheduler then relays pending
 * events to {@code kefu.orders().feed(...)} and marks them relayed; if the host dies in between,
 * the next relay feeds them again and kefu, which remembers event ids, does nothing twice. kefu
 * calls back into the backend only through the ports it was given
 * ({@link dev.kefu.examples.backend.JdbcOrderPort}, {@link dev.kefu.examples.backend.JdbcStock},
 * {@link dev.kefu.examples.backend.JdbcCustomerPresence}), from its due work, with request keys
 * the backend honours. The wiring is {@link dev.kefu.examples.backend.ShopHost}; the day is
 * {@link dev.kefu.examples.backend.DemoDay}; start at {@link dev.kefu.examples.backend.BackendDemo}.
 */
package dev.kefu.examples.backend;
