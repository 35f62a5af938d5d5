package dev.kefu.complaint;

import dev.kefu.AccessDeniedException;
import dev.kefu.IllegalTransitionException;
import dev.kefu.InvalidCommandException;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.complaint.ComplaintQuery;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * Complaints as a closed loop (CP-1 to CP-13), one command per step of {@link ComplaintLifecycle}.
 *
 * <p>Every command validates its input ({@link InvalidCommandException} with every violation),
 * checks the actor's role against the table's row ({@link AccessDeniedException}; only
 * supervisors approve, CP-5), checks the table ({@link IllegalTransitionException}), and commits
 * the complaint, its ticket's move, events and notifications as one unit of work, or nothing at
 * all. Each complaint has its own ticket on which the SLA engine keeps the stage clocks (acknowledge
 * = first response, resolve = resolution), configured per policy for ticket kind COMPLAINT.
 *
 * <p>Thread-safe.
 */
public interface Complaints {

  /**
   * Registers a complaint at once (CP-1, CP-2); a serious case escalates to the supervisor (CP-11).
   *
   * @param command the command
   * @return the new complaint, REGISTERED
   */
  Complaint register(RegisterComplaint command);

  /**
   * Assesses it: substantiated, or rejected with the explanation given (CP-3).
   *
   * @param command the command
   * @return the complaint, INVESTIGATING or REJECTED
   */
  Complaint assess(AssessComplaint command);

  /**
   * Records the cause and the responsible party, routing it to the quality owner or the service
   * supervisor (CP-4).
   *
   * @param command the command
   * @return the complaint
   */
  Complaint recordCause(RecordCause command);

  /**
   * Proposes resolution options that fit the cause (CP-5, CP-11).
   *
   * @param command the command
   * @return the complaint, RESOLUTION_PROPOSED
   */
  Complaint proposeResolution(ProposeResolution command);

  /**
   * A supervisor approves one option (CP-5, CP-13).
   *
   * @param command the command
   * @return the complaint, RESOLUTION_APPROVED
   */
  Complaint approveResolution(ApproveResolution command);

  /**
   * Records that the resolution was carried out and the customer told (CP-6).
   *
   * @param command the command
   * @return the complaint, RESOLUTION_CARRIED_OUT
   */
  Complaint carryOut(CarryOutResolution command);

  /**
   * Records the customer's acceptance, or refusal which sends it back to proposal (CP-6).
   *
   * @param command the command
   * @return the complaint, ACCEPTED or INVESTIGATING
   */
  Complaint recordCustomerAnswer(RecordCustomerAnswer command);

  /**
   * Records the revisit after handling (CP-7).
   *
   * @param command the command
   * @return the complaint, REVISITED
   */
  Complaint recordRevisit(RecordComplaintRevisit command);

  /**
   * A supervisor reviews and classifies it (CP-8).
   *
   * @param command the command
   * @return the complaint, REVIEWED
   */
  Complaint review(ReviewComplaint command);

  /**
   * Archives it: read-only from then on (CP-9).
   *
   * @param command the command
   * @return the complaint, ARCHIVED
   */
  Complaint archive(ArchiveComplaint command);

  /**
   * QA verifies or dismisses the record on the named agent (CP-12).
   *
   * @param command the command
   * @return the complaint
   */
  Complaint decideAgentRecord(DecideAgentRecord command);

  /**
   * Loads a complaint.
   *
   * @param id the complaint
   * @return it, or empty
   */
  Optional<Complaint> find(ComplaintId id);

  /**
   * Lists complaints.
   *
   * @param query the filters
   * @param page which slice
   * @return the page
   */
  Page<Complaint> list(ComplaintQuery query, PageRequest page);

  /**
   * Complaint rate, resolution rate and the classification table for a period (CP-10, CP-8, QA-5).
   *
   * @param from inclusive
   * @param to exclusive
   * @return the statistics
   */
  ComplaintStatistics statistics(Instant from, Instant to);
}
