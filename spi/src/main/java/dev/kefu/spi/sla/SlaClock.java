package dev.kefu.spi.sla;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.internal.KefuStyle;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One promise with a clock: one metric of one ticket, in one cycle (reopening starts a new cycle;
 * past cycles stay). The policy, target, calendar, warning threshold and escalation ladder are
 * recorded when the clock starts, so a later policy edit does not move a running clock. What
 * happened is an append-only {@link #log()}; elapsed and remaining time and the due instant are
 * derived from it with the clock's calendar ({@code dev.kefu.sla.ClockMath} in kefu-core).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@KefuStyle
public interface SlaClock extends Aggregate {

  /** The aggregate type name of SLA clocks. */
  String TYPE = "sla-clock";

  /** Where a clock stands. */
  enum Status {
    /** Time counts. */
    RUNNING,
    /** Time does not count. */
    PAUSED,
    /** Done: the promise was kept, or kept late if {@link #breached()}. */
    FULFILLED,
    /** No longer applies. */
    STOPPED;

    /** @return true while the clock can still fire */
    public boolean isOpen() {
      return this == RUNNING || this == PAUSED;
    }
  }

  /**
   * The id of a ticket's clock.
   *
   * @param ticket the ticket
   * @param metric the metric
   * @param cycle the cycle, from 1
   * @return {@code <ticket>/<metric>/<cycle>}
   */
  static String idOf(TicketId ticket, SlaMetric metric, int cycle) {
    return ticket.value() + "/" + metric + "/" + cycle;
  }

  /** @return {@code <ticket>/<metric>/<cycle>} */
  String id();

  /** @return the ticket */
  TicketId ticket();

  /** @return the ticket's customer */
  CustomerId customer();

  /** @return the metric */
  SlaMetric metric();

  /** @return the cycle, 1 for the first */
  int cycle();

  /** @return the policy that set the target */
  String policyId();

  /** @return the target, as recorded when the clock started (or re-applied) */
  SlaTarget target();

  /** @return the business calendar the target is counted on */
  String calendarId();

  /** @return the ticket's priority when the clock started */
  Priority priority();

  /** @return the customer's tier when the clock started (for reports) */
  Tier tier();

  /** @return the ticket's channel (for reports) */
  Channel channel();

  /** @return the ticket's kind (for reports) */
  TicketKind kind();

  /** @return the ticket's owner, kept current while the clock is open (for reports and escalation) */
  Optional<StaffId> owner();

  /** @return the elapsed (business or calendar) time at which the warning fires */
  Duration warnAfter();

  /** @return the escalation ladder, in calendar time after the breach */
  List<EscalationStep> escalation();

  /** @return where the clock stands */
  Status status();

  /** @return true once the due instant passed while the clock was open; stays true */
  boolean breached();

  /** @return how many escalation steps have fired */
  int escalationsFired();

  /** @return what happened, in order, never rewritten */
  List<ClockEntry> log();

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

  /** @return whether the log holds a warning */
  default boolean warned() {
    return log().stream().anyMatch(e -> e.kind() == ClockEntry.Kind.WARNED);
  }

  /** @return when the clock started */
  default Instant startedAt() {
    return log().get(0).at();
  }

  /** @return when the clock was fulfilled or stopped, if it was */
  default Optional<Instant> endedAt() {
    ClockEntry last = log().get(log().size() - 1);
    return last.kind() == ClockEntry.Kind.FULFILLED || last.kind() == ClockEntry.Kind.STOPPED
        ? Optional.of(last.at())
        : Optional.empty();
  }

  /**
   * A copy with another version.
   *
   * @param version the version
   * @return the changed copy
   */
  SlaClock withVersion(long version);

  /** @return a builder holding this clock's values */
  default Builder toBuilder() {
    return new Builder().from(this);
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SlaClock}s; not thread-safe. */
  final class Builder extends ImmutableSlaClock.Builder {}

  /** Checks the invariants every clock holds. */
  @Value.Check
  default void checkInvariants() {
    if (version() < 1 || cycle() < 1) {
      throw new IllegalStateException("clock version and cycle start at 1");
    }
    if (log().isEmpty() || log().get(0).kind() != ClockEntry.Kind.STARTED) {
      throw new IllegalStateException("a clock's log starts with STARTED");
    }
    for (int i = 1; i < log().size(); i++) {
      if (log().get(i).at().isBefore(log().get(i - 1).at())) {
        throw new IllegalStateException("a clock's log is in time order");
      }
    }
  }
}
