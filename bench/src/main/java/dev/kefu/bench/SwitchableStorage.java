package dev.kefu.bench;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.customer.CustomerStore;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.complaint.ComplaintQuery;
import dev.kefu.spi.complaint.ComplaintStore;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaClockQuery;
import dev.kefu.spi.sla.SlaClockStore;
import dev.kefu.spi.store.AppliedRequest;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.DueWork;
import dev.kefu.spi.store.EventLog;
import dev.kefu.spi.store.InboundKeys;
import dev.kefu.spi.store.Outbox;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWorkCommitter;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketQuery;
import dev.kefu.spi.ticket.TicketStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@link Storage} whose ports pass every call to an {@link InMemoryStorage} that can be
 * swapped for a fresh, empty one. A benchmark that writes keeps its store small this way without
 * building kefu again (which would bootstrap the validator again).
 *
 * <p>Not thread-safe: benchmarks using it run one thread.
 */
final class SwitchableStorage implements Storage {

  private InMemoryStorage current = new InMemoryStorage();

  private final CustomerStore customers = new CustomerStore() {
    @Override
    public Optional<Customer> find(CustomerId id) {
      return current.customers().find(id);
    }

    @Override
    public Page<Customer> list(CustomerQuery query, PageRequest page) {
      return current.customers().list(query, page);
    }
  };

  private final TicketStore tickets = new TicketStore() {
    @Override
    public Optional<Ticket> find(TicketId id) {
      return current.tickets().find(id);
    }

    @Override
    public Page<Ticket> list(TicketQuery query, PageRequest page) {
      return current.tickets().list(query, page);
    }
  };

  private final UnitOfWorkCommitter committer = work -> current.unitOfWork().commit(work);

  private final DueWork dueWork = new DueWork() {
    @Override
    public List<DueItem> claim(Instant now, int limit, String owner, Duration lease) {
      return current.dueWork().claim(now, limit, owner, lease);
    }

    @Override
    public Optional<DueItem> scheduled(String key) {
      return current.dueWork().scheduled(key);
    }

    @Override
    public Optional<Instant> nextDueAt() {
      return current.dueWork().nextDueAt();
    }
  };

  private final SlaClockStore slaClocks = new SlaClockStore() {
    @Override
    public Optional<SlaClock> find(String id) {
      return current.slaClocks().find(id);
    }

    @Override
    public Page<SlaClock> list(SlaClockQuery query, PageRequest page) {
      return current.slaClocks().list(query, page);
    }
  };

  private final ComplaintStore complaints = new ComplaintStore() {
    @Override
    public Optional<Complaint> find(ComplaintId id) {
      return current.complaints().find(id);
    }

    @Override
    public Page<Complaint> list(ComplaintQuery query, PageRequest page) {
      return current.complaints().list(query, page);
    }
  };

  private final Outbox outbox = new Outbox() {
    @Override
    public List<OutboxEntry> claimBatch(Instant now, int limit, String owner, Duration lease) {
      return current.outbox().claimBatch(now, limit, owner, lease);
    }

    @Override
    public boolean markDelivered(UUID id, long claimToken) {
      return current.outbox().markDelivered(id, claimToken);
    }

    @Override
    public boolean markFailed(UUID id, long claimToken, Instant retryAt, String error) {
      return current.outbox().markFailed(id, claimToken, retryAt, error);
    }

    @Override
    public boolean park(UUID id, long claimToken, String error) {
      return current.outbox().park(id, claimToken, error);
    }

    @Override
    public Page<OutboxEntry> list(OutboxEntry.Status status, PageRequest page) {
      return current.outbox().list(status, page);
    }
  };

  private final InboundKeys inboundKeys = key -> current.inboundKeys().lookup(key);

  private final EventLog eventLog = new EventLog() {
    @Override
    public List<StoredEvent> readAfter(long afterPosition, int limit) {
      return current.eventLog().readAfter(afterPosition, limit);
    }

    @Override
    public List<DomainEvent> eventsOf(String aggregateType, String aggregateId) {
      return current.eventLog().eventsOf(aggregateType, aggregateId);
    }
  };

  /** Replaces the store with a fresh, empty one. */
  void switchToFresh() {
    current = new InMemoryStorage();
  }

  /** @return the store calls go to now */
  InMemoryStorage current() {
    return current;
  }

  @Override
  public CustomerStore customers() {
    return customers;
  }

  @Override
  public TicketStore tickets() {
    return tickets;
  }

  @Override
  public SlaClockStore slaClocks() {
    return slaClocks;
  }

  @Override
  public ComplaintStore complaints() {
    return complaints;
  }

  @Override
  public dev.kefu.spi.revisit.RevisitStore revisits() {
    return new dev.kefu.spi.revisit.RevisitStore() {
      @Override
      public Optional<dev.kefu.spi.revisit.Revisit> find(String id) {
        return current.revisits().find(id);
      }

      @Override
      public Page<dev.kefu.spi.revisit.Revisit> list(dev.kefu.spi.revisit.RevisitQuery query, PageRequest page) {
        return current.revisits().list(query, page);
      }
    };
  }

  @Override
  public dev.kefu.spi.order.OrderStore orders() {
    return new dev.kefu.spi.order.OrderStore() {
      @Override
      public Optional<dev.kefu.spi.order.Order> find(dev.kefu.spi.order.OrderId id) {
        return current.orders().find(id);
      }

      @Override
      public Page<dev.kefu.spi.order.Order> list(dev.kefu.spi.order.OrderQuery query, PageRequest page) {
        return current.orders().list(query, page);
      }
    };
  }

  @Override
  public dev.kefu.spi.quality.QualityStore quality() {
    return quality;
  }

  private final dev.kefu.spi.quality.QualityStore quality = new dev.kefu.spi.quality.QualityStore() {
    @Override
    public Optional<dev.kefu.spi.quality.QaReview> findReview(String id) {
      return current.quality().findReview(id);
    }

    @Override
    public Page<dev.kefu.spi.quality.QaReview> listReviews(dev.kefu.spi.quality.QaReviewQuery query, PageRequest page) {
      return current.quality().listReviews(query, page);
    }

    @Override
    public Optional<dev.kefu.spi.quality.TrainingExam> findExam(String id) {
      return current.quality().findExam(id);
    }

    @Override
    public Page<dev.kefu.spi.quality.TrainingExam> listExams(dev.kefu.spi.quality.TrainingExamQuery query, PageRequest page) {
      return current.quality().listExams(query, page);
    }

    @Override
    public Optional<dev.kefu.spi.quality.MentionCheck> findMentionCheck(dev.kefu.spi.order.OrderId order,
        dev.kefu.spi.staff.StaffId agent) {
      return current.quality().findMentionCheck(order, agent);
    }
  };

  @Override
  public UnitOfWorkCommitter unitOfWork() {
    return committer;
  }

  @Override
  public DueWork dueWork() {
    return dueWork;
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public InboundKeys inboundKeys() {
    return inboundKeys;
  }

  @Override
  public EventLog eventLog() {
    return eventLog;
  }
}
