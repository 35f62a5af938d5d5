package dev.kefu.testkit.broken;

import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.DueWork;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deliberately broken storage whose due-work port ignores leases: every claim behaves as if all
 * earlier claims had lapsed, so two claimers can take the same item. It still reports the lease
 * the caller asked for, as a careless implementation would, and still issues new tokens.
 */
final class LeaselessDueWorkStorage extends ForwardingStorage {

  private final AtomicLong claims = new AtomicLong();

  private final DueWork leaseless = new DueWork() {
    @Override
    public List<DueItem> claim(Instant now, int limit, String owner, Duration lease) {
      if (lease.isNegative() || lease.isZero()) {
        throw new IllegalArgumentException("lease must be positive");
      }
      // Each claim runs a nanosecond after the previous claim's (one-nanosecond) lease ended.
      Instant afterEveryLease = now.plusNanos(claims.incrementAndGet());
      return delegate.dueWork().claim(afterEveryLease, limit, owner, Duration.ofNanos(1)).stream()
          .map(i -> new DueItem(i.key(), i.kind(), i.dueAt(), i.attributes(), i.token(), i.claimedBy(),
              Optional.of(now.plus(lease))))
          .toList();
    }

    @Override
    public Optional<DueItem> scheduled(String key) {
      return delegate.dueWork().scheduled(key);
    }
  };

  @Override
  public DueWork dueWork() {
    return leaseless;
  }
}
