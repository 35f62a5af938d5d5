/**
 * Orders as a host's e-commerce backend reports them: the {@link dev.kefu.spi.order.OrderEvent}
 * model a backend emits, the per-order state kefu keeps ({@link dev.kefu.spi.order.Order}, read
 * through {@link dev.kefu.spi.order.OrderStore}), and the ports kefu calls back into the backend
 * through: {@link dev.kefu.spi.order.OrderPort}, {@link dev.kefu.spi.order.StockPort} and
 * {@link dev.kefu.spi.order.CustomerPresence}.
 */
package dev.kefu.spi.order;
