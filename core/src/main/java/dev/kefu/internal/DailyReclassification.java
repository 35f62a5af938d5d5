package dev.kefu.internal;

import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.UnitOfWork;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The daily due work that re-classifies every customer whose stage or segment changed with time (CU-2, CU-3, CU-6). */
public final class DailyReclassification implements DueWorkRunner.Handler {

  private static final Logger LOG = LoggerFactory.getLogger(DailyReclassification.class);

  /** The key and kind of the daily reclassification. */
  public static final String KEY = "customer.daily-reclassification";

  private final Settings settings;
  private final CustomerService customers;

  /**
   * Creates the handler.
   *
   * @param settings the wiring
   * @param customers the customer service
   */
  public DailyReclassification(Settings settings, CustomerService customers) {
    this.settings = settings;
    this.customers = customers;
  }

  /** @return the recurring registration of this work */
  public DueWorkRunner.Recurring recurring() {
    return new DueWorkRunner.Recurring(KEY, this::nextRun);
  }

  /**
   * The next run: the configured local time (shop zone) after {@code now}.
   *
   * @param now the time
   * @return the scheduled work
   */
  public ScheduledWork nextRun(Instant now) {
    ZonedDateTime next = ZonedDateTime.ofInstant(now, settings.shopZone()).with(settings.dailyRunAt());
    if (!next.toInstant().isAfter(now)) {
      next = next.plusDays(1).with(settings.dailyRunAt());
    }
    return new ScheduledWork(KEY, KEY, next.toInstant(), Map.of());
  }

  @Override
  public UnitOfWork.Builder handle(DueItem item, Instant now) {
    int changed = customers.reclassifyAll();
    LOG.info("daily reclassification changed {} customer(s)", changed);
    return UnitOfWork.builder().addSchedule(nextRun(now));
  }
}
