package dev.kefu.spi.event;

import dev.kefu.spi.customer.CustomerId;
import java.util.Objects;

/**
 * A revisit was scheduled, recorded or found unreachable, or an improvement item was opened
 * (RV-1 to RV-8). Its {@link #type()} names which: {@code revisit.scheduled},
 * {@code revisit.recorded}, {@code revisit.unreachable}, {@code improvement.opened}.
 *
 * @param meta the event metadata
 * @param type the stable type name
 * @param revisit the revisit id
 * @param customer the customer
 * @param campaign the campaign
 * @param detail a short note without personal data: the outcome, the dimension
 */
public record RevisitEvent(EventMeta meta, String type, String revisit, CustomerId customer, String campaign, String detail)
    implements DomainEvent {

  /**
   * Creates the event.
   *
   * @throws NullPointerException if an argument is null
   */
  public RevisitEvent {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(revisit, "revisit");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
