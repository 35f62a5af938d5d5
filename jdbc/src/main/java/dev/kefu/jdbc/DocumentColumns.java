package dev.kefu.jdbc;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.order.Order;
import dev.kefu.spi.quality.QaReview;
import dev.kefu.spi.quality.TrainingExam;
import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.routing.QueuedTicket;
import dev.kefu.spi.sla.SlaClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The filter columns of an aggregate kept as a document in {@code kefu_aggregate}: what its store's
 * list narrows on in SQL before the query's own matcher runs over the rows found.
 *
 * <ul>
 *   <li>SLA clock: ref = ticket, status;
 *   <li>complaint: ref = customer, status, at = registered;
 *   <li>revisit: ref = customer, status, at = scheduled for;
 *   <li>order: ref = customer, ref2 = the agent who took it, at = placed;
 *   <li>QA review: ref = agent, at = reviewed;
 *   <li>training exam: ref = agent, at = the start (UTC) of the day it was taken;
 *   <li>queued ticket: status, at = queued.
 * </ul>
 *
 * @param ref the first reference, or null
 * @param ref2 the second reference, or null
 * @param status the status, or null
 * @param at the instant, or null
 */
record DocumentColumns(String ref, String ref2, String status, Instant at) {

  private static final DocumentColumns NONE = new DocumentColumns(null, null, null, null);

  static DocumentColumns of(Aggregate a) {
    if (a instanceof SlaClock c) {
      return new DocumentColumns(c.ticket().value(), null, c.status().name(), null);
    }
    if (a instanceof Complaint c) {
      return new DocumentColumns(c.customer().value(), null, c.status().name(), c.registeredAt());
    }
    if (a instanceof Revisit r) {
      return new DocumentColumns(r.customer().value(), null, r.status().name(), r.scheduledFor());
    }
    if (a instanceof Order o) {
      return new DocumentColumns(o.customer().value(), o.takenBy().map(s -> s.value()).orElse(null), null,
          o.placedAt().orElse(null));
    }
    if (a instanceof QaReview r) {
      return new DocumentColumns(r.agent().value(), null, null, r.reviewedAt());
    }
    if (a instanceof TrainingExam e) {
      return new DocumentColumns(e.agent().value(), null, null, startOf(e.takenOn()));
    }
    if (a instanceof QueuedTicket q) {
      return new DocumentColumns(null, null, q.status().name(), q.queuedAt());
    }
    return NONE;
  }

  /** The instant a date's column holds: its start in UTC, so dates compare as their columns do. */
  static Instant startOf(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
