package dev.kefu.internal;

import dev.kefu.spi.store.DueCompletion;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.UnitOfWork;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs due work: claims due items for this instance and hands each to the handler of its kind.
 * A handler's effects are committed with the item's completion, so even with several instances
 * each effect is committed once; an item whose handler fails stays claimed until its lease lapses
 * and is then tried again.
 */
public final class DueWorkRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DueWorkRunner.class);

  /** The key and kind of the daily reclassification of every customer (CU-2, CU-3, CU-6). */
  public static final String DAILY_RECLASSIFICATION = "customer.daily-reclassification";

  /** Runs one kind of due item. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Does the work of a claimed item.
     *
     * @param item the item
     * @param now the time it runs at
     * @return the unit of work with the effects; the runner adds the item's completion
     */
    UnitOfWork.Builder handle(DueItem item, Instant now);
  }

  private final Settings settings;
  private final Map<String, Handler> handlers;

  /**
   * Creates the runner.
   *
   * @param settings the wiring
   * @param customers the customer service, for the daily reclassification
   */
  public DueWorkRunner(Settings settings, CustomerService customers) {
    this.settings = settings;
    this.handlers = Map.of(DAILY_RECLASSIFICATION, (item, now) -> {
      int changed = customers.reclassifyAll();
      LOG.info("daily reclassification changed {} customer(s)", changed);
      return UnitOfWork.builder().addSchedule(nextDailyRun(now));
    });
  }

  /** The next daily reclassification: the configured local time, the day after {@code now}'s. */
  private ScheduledWork nextDailyRun(Instant now) {
    ZonedDateTime next = ZonedDateTime.ofInstant(now, settings.shopZone()).with(settings.dailyRunAt());
    if (!next.toInstant().isAfter(now)) {
      next = next.plusDays(1).with(settings.dailyRunAt());
    }
    return new ScheduledWork(DAILY_RECLASSIFICATION, DAILY_RECLASSIFICATION, next.toInstant(), Map.of());
  }

  /**
   * Makes sure the recurring items exist; several instances may race here harmlessly.
   */
  private void ensureRecurring(Instant now) {
    if (settings.dueWork().scheduled(DAILY_RECLASSIFICATION).isEmpty()) {
      try {
        settings.committer().commit(UnitOfWork.builder().addSchedule(nextDailyRun(now)).build());
      } catch (StaleVersionException e) {
        LOG.debug("recurring work scheduled by another instance");
      }
    }
  }

  /**
   * Runs what is due now.
   *
   * @param limit the most items to run
   * @return how many items completed
   */
  public int runDue(int limit) {
    Instant now = settings.clock().instant();
    ensureRecurring(now);
    List<DueItem> items = settings.dueWork().claim(now, limit, settings.instanceId(), settings.lease());
    int completed = 0;
    for (DueItem item : items) {
      Handler handler = handlers.get(item.kind());
      if (handler == null) {
        LOG.warn("no handler for due work of kind {}; it stays claimed until its lease lapses", item.kind());
        continue;
      }
      try {
        UnitOfWork.Builder work = handler.handle(item, settings.clock().instant());
        settings.committer().commit(work.addComplete(DueCompletion.of(item)).build());
        completed++;
      } catch (StaleVersionException e) {
        LOG.info("due item {} was taken over or rescheduled meanwhile; its effects were not committed", item.key());
      } catch (RuntimeException e) {
        LOG.warn("due item {} failed; it will be retried when its lease lapses", item.key(), e);
      }
    }
    return completed;
  }
}
