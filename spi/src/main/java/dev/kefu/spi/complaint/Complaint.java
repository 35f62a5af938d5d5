package dev.kefu.spi.complaint;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.internal.KefuStyle;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A complaint in its closed loop (CP-1 to CP-13): registered, assessed, investigated, a resolution
 * proposed and approved, carried out, accepted, revisited, reviewed and archived — every step with
 * who did it and when.
 *
 * <p>Immutable and thread-safe. The content is the customer's words and is masked in
 * {@link #toString()}.
 */
@Value.Immutable
@KefuStyle
public interface Complaint extends Aggregate {

  /** The aggregate type name of complaints. */
  String TYPE = "complaint";

  /** @return the complaint id */
  ComplaintId id();

  /** @return the complainant */
  CustomerId customer();

  /** @return the channel it came in on (CP-1, TK-2) */
  Channel channel();

  /** @return its one owner (CP-1) */
  StaffId owner();

  /**
   * The complaint's own ticket: the SLA engine keeps the stage clocks on it (acknowledge = its
   * first response, resolve = its resolution), and the customer follows it (TK-19).
   *
   * @return the ticket
   */
  TicketId ticket();

  /** @return what the customer complained about (CP-2); masked in {@code toString()} */
  @Value.Redacted
  String content();

  /** @return when it was registered (CP-2) */
  Instant registeredAt();

  /** @return where it stands */
  ComplaintStatus status();

  /** @return the agent whose service the complaint is about, if it names one (CP-12) */
  Optional<StaffId> aboutAgent();

  /** @return the order value at stake, if any */
  Optional<Money> orderValue();

  /** @return whether the customer reports a safety issue */
  boolean safetyIssue();

  /** @return whether it is a dispute on the marketplace platform */
  boolean platformDispute();

  /** @return why it is a serious case (CP-11); empty if it is not */
  List<String> seriousBecause();

  /** @return the department named responsible at assessment (CP-3) */
  Optional<Department> department();

  /** @return the explanation the customer got when it was rejected (CP-3) */
  Optional<String> rejectionExplanation();

  /** @return the cause found by investigation (CP-4) */
  Optional<CauseCategory> cause();

  /** @return who was found responsible (CP-4), in words */
  Optional<String> responsibleParty();

  /** @return whom the investigation went to: the quality owner or the service supervisor (CP-4) */
  Optional<StaffId> routedTo();

  /** @return the resolution options proposed in this round (CP-5) */
  List<ResolutionOption> options();

  /** @return the option a supervisor approved (CP-5) */
  Optional<ResolutionOption> approved();

  /** @return the supervisor who approved it (CP-5) */
  Optional<StaffId> approvedBy();

  /** @return the staff responsible for carrying it out, for follow-up (CP-6) */
  List<StaffId> responsibleStaff();

  /** @return how often the customer refused a resolution (CP-6) */
  int refusals();

  /** @return when the customer accepted (CP-6) */
  Optional<Instant> acceptedAt();

  /** @return the outcome of the revisit after handling (CP-7) */
  Optional<Satisfaction> revisitOutcome();

  /** @return the classification at review (CP-8) */
  Optional<ComplaintClassification> classification();

  /** @return the record on the named agent (CP-12) */
  Optional<AgentRecord> agentRecord();

  /** @return every step, oldest first */
  List<ComplaintStep> history();

  @Override
  long version();

  @Override
  default String aggregateType() {
    return TYPE;
  }

  @Override
  default String aggregateId() {
    return id().value();
  }

  /** @return true if it is a serious case (CP-11) */
  default boolean serious() {
    return !seriousBecause().isEmpty();
  }

  /** @return a builder holding this complaint's values */
  default Builder toBuilder() {
    return new Builder().from(this);
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Complaint}s; not thread-safe. */
  final class Builder extends ImmutableComplaint.Builder {}

  /** Checks the invariants of the closed loop. */
  @Value.Check
  default void checkInvariants() {
    if (version() < 1) {
      throw new IllegalStateException("complaint version must be at least 1");
    }
    if (status() == ComplaintStatus.REJECTED && rejectionExplanation().isEmpty()) {
      throw new IllegalStateException("a rejected complaint records the explanation given (CP-3)");
    }
    boolean pastApproval = switch (status()) {
      case RESOLUTION_APPROVED, RESOLUTION_CARRIED_OUT, ACCEPTED, REVISITED -> true;
      default -> false;
    };
    if (pastApproval && (approved().isEmpty() || approvedBy().isEmpty())) {
      throw new IllegalStateException("a " + status() + " complaint has an approved resolution (CP-5)");
    }
  }
}
