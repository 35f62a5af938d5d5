package dev.kefu.examples.backend;

import dev.kefu.spi.complaint.ComplaintQuery;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.order.OrderQuery;
import dev.kefu.spi.quality.QaReviewQuery;
import dev.kefu.spi.quality.TrainingExamQuery;
import dev.kefu.spi.revisit.RevisitQuery;
import dev.kefu.spi.sla.SlaClockQuery;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.ticket.TicketQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How much kefu keeps, counted through the {@link Storage} ports alone, so it works on any store
 * (the example's is kefu-jdbc): the host's view of kefu's state, for checking that feeding the same
 * order events again changes nothing. Inbound keys and due work are left out: their ports look items
 * up by key and cannot be counted.
 */
final class StoreCounts {

  private static final PageRequest ONE = PageRequest.first(1);

  private StoreCounts() {}

  /**
   * @param storage kefu's storage
   * @return counts by kind, in a fixed order: customers, tickets, complaints, revisits, orders,
   *     SLA clocks, QA reviews, training exams, events, outbox messages by status
   */
  static Map<String, Long> of(Storage storage) {
    Map<String, Long> c = new LinkedHashMap<>();
    c.put("customers", storage.customers().list(CustomerQuery.all(), ONE).total());
    c.put("tickets", storage.tickets().list(TicketQuery.all(), ONE).total());
    c.put("complaints", storage.complaints().list(ComplaintQuery.all(), ONE).total());
    c.put("revisits", storage.revisits().list(RevisitQuery.all(), ONE).total());
    c.put("orders", storage.orders().list(OrderQuery.all(), ONE).total());
    c.put("sla-clocks", storage.slaClocks().list(SlaClockQuery.all(), ONE).total());
    c.put("qa-reviews", storage.quality().listReviews(QaReviewQuery.all(), ONE).total());
    c.put("training-exams", storage.quality().listExams(TrainingExamQuery.all(), ONE).total());
    c.put("events", events(storage));
    for (OutboxEntry.Status s : OutboxEntry.Status.values()) {
      c.put("outbox." + s.name().toLowerCase(Locale.ROOT), storage.outbox().list(s, ONE).total());
    }
    return c;
  }

  private static long events(Storage storage) {
    long count = 0;
    long after = 0;
    while (true) {
      List<StoredEvent> batch = storage.eventLog().readAfter(after, PageRequest.MAX_LIMIT);
      if (batch.isEmpty()) {
        return count;
      }
      count += batch.size();
      after = batch.get(batch.size() - 1).position();
    }
  }
}
