package dev.kefu.spi.event;

import dev.kefu.spi.order.OrderFlag;
import dev.kefu.spi.order.OrderId;

/**
 * A flag was set on an order (TK-6).
 *
 * @param meta the event metadata
 * @param order the order
 * @param flag the flag with its note
 */
public record OrderFlagged(EventMeta meta, OrderId order, OrderFlag flag) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "order.flagged";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
