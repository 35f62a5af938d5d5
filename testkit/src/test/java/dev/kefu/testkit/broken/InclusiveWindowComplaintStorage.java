package dev.kefu.testkit.broken;

import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.complaint.ComplaintQuery;
import dev.kefu.spi.complaint.ComplaintStore;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.util.Optional;

/**
 * A deliberately broken storage whose complaint store reads the registration window as SQL's
 * {@code BETWEEN} would: both ends inclusive, where kefu's window excludes its end.
 */
final class InclusiveWindowComplaintStorage extends ForwardingStorage {

  private final ComplaintStore complaints = new ComplaintStore() {
    @Override
    public Optional<Complaint> find(ComplaintId id) {
      return delegate.complaints().find(id);
    }

    @Override
    public Page<Complaint> list(ComplaintQuery query, PageRequest page) {
      ComplaintQuery widened = query.registeredBefore()
          .map(before -> new ComplaintQuery(query.customer(), query.statuses(), query.registeredFrom(),
              Optional.of(before.plusNanos(1))))
          .orElse(query);
      return delegate.complaints().list(widened, page);
    }
  };

  @Override
  public ComplaintStore complaints() {
    return complaints;
  }
}
