package dev.kefu.spi.complaint;

import dev.kefu.spi.staff.StaffId;
import java.util.Objects;
import java.util.Optional;

/**
 * A substantiated complaint about a named agent's service, as a record on that agent (CP-12). It
 * is pending until QA verifies it; only a verified record counts.
 *
 * @param agent the agent complained about
 * @param status pending, verified or dismissed
 * @param decidedBy the QA who verified or dismissed it, if decided
 */
public record AgentRecord(StaffId agent, Status status, Optional<StaffId> decidedBy) {

  /** Where an agent record stands. */
  public enum Status {
    /** Awaiting QA. */
    PENDING,
    /** Verified by QA: it counts toward the agent's performance. */
    VERIFIED,
    /** Dismissed by QA: it does not count. */
    DISMISSED
  }

  /**
   * Creates a record.
   *
   * @throws NullPointerException if an argument is null
   */
  public AgentRecord {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(decidedBy, "decidedBy");
  }

  /**
   * A pending record.
   *
   * @param agent the agent
   * @return the record
   */
  public static AgentRecord pending(StaffId agent) {
    return new AgentRecord(agent, Status.PENDING, Optional.empty());
  }

  /** @return true if it counts toward the agent's performance */
  public boolean counts() {
    return status == Status.VERIFIED;
  }
}
