package dev.kefu.spi.revisit;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.internal.KefuStyle;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A revisit: contacting a customer again after a complaint or a service, or as a member (RV-1 to
 * RV-8). It is a task on a ticket of kind REVISIT, whose SLA clock keeps the 3 days of RV-5; the
 * call itself is scheduled outside the customer's rest hours (RV-2).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@KefuStyle
public interface Revisit extends Aggregate {

  /** The aggregate type name of revisits. */
  String TYPE = "revisit";

  /** Where a revisit stands. */
  enum Status {
    /** Waiting for its time. */
    SCHEDULED,
    /** The customer was reached and the outcome recorded. */
    DONE,
    /** The customer could not be reached, on any of the attempts. */
    UNREACHABLE
  }

  /** @return the revisit id */
  String id();

  /** @return the customer */
  CustomerId customer();

  /** @return why */
  RevisitReason reason();

  /** @return what it follows up: a complaint or ticket id, or the member campaign */
  String source();

  /** @return the campaign it belongs to, for the summary (RV-8) */
  String campaign();

  /** @return how the customer is reached: phone, e-mail or SMS (RV-1) */
  Channel channel();

  /** @return when to make the contact: never in the customer's rest hours (RV-2) */
  Instant scheduledFor();

  /** @return the REVISIT ticket that carries the task and its 3-day clock (RV-5) */
  TicketId ticket();

  /** @return the agent who makes it */
  StaffId owner();

  /** @return where it stands */
  Status status();

  /**
   * The attempt this is: 1 at first, one more after each time the customer was not reached and
   * the call was placed again.
   *
   * @return the attempt, from 1
   */
  @Value.Default
  default int attempt() {
    return 1;
  }

  /** @return the outcome, once recorded (RV-4) */
  Optional<RevisitOutcome> outcome();

  /** @return the improvement item an unsatisfied outcome opened (RV-7) */
  Optional<String> improvementItem();

  @Override
  long version();

  @Override
  default String aggregateType() {
    return TYPE;
  }

  @Override
  default String aggregateId() {
    return id();
  }

  /** @return a builder holding this revisit's values */
  default Builder toBuilder() {
    return new Builder().from(this);
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Revisit}s; not thread-safe. */
  final class Builder extends ImmutableRevisit.Builder {}

  /** Checks the invariants of a revisit. */
  @Value.Check
  default void checkInvariants() {
    if (channel() != Channel.PHONE && channel() != Channel.EMAIL && channel() != Channel.SMS) {
      throw new IllegalStateException("revisits go by phone, e-mail or SMS (RV-1), not " + channel());
    }
    if (attempt() < 1) {
      throw new IllegalStateException("attempts count from 1, was " + attempt());
    }
    if ((status() == Status.DONE) != outcome().isPresent()) {
      throw new IllegalStateException("a revisit is done exactly when its outcome is recorded (RV-4)");
    }
  }
}
