package dev.kefu.internal;

import dev.kefu.spi.store.DueCompletion;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.UnitOfWork;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs due work: claims due items for this instance and hands each to the handler of its kind.
 * A handler's effects are committed with the item's completion, so even with several instances
 * each effect is committed once; an item whose handler fails stays claimed until its lease lapses
 * and is then tried again. Items of one key fire in order: a handler schedules the next one in
 * the unit of work that completes the current one.
 */
public final class DueWorkRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DueWorkRunner.class);
  private static final int MAX_BATCHES_PER_RUN = 10_000;

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

  /**
   * Work that must always be scheduled, such as the daily reclassification and the duties.
   *
   * @param key the stable key
   * @param first the first scheduling, given the time it is found missing
   */
  public record Recurring(String key, Function<Instant, ScheduledWork> first) {}

  private final Settings settings;
  private final Map<String, Handler> handlers;
  private final List<Recurring> recurring;

  /**
   * Creates the runner.
   *
   * @param settings the wiring
   * @param handlers the handler of each kind
   * @param recurring the work to keep scheduled
   */
  public DueWorkRunner(Settings settings, Map<String, Handler> handlers, List<Recurring> recurring) {
    this.settings = settings;
    this.handlers = Map.copyOf(handlers);
    this.recurring = List.copyOf(recurring);
  }

  /** Makes sure the recurring items exist; several instances may race here harmlessly. */
  private void ensureRecurring(Instant now) {
    UnitOfWork.Builder work = UnitOfWork.builder();
    for (Recurring r : recurring) {
      if (settings.dueWork().scheduled(r.key()).isEmpty()) {
        work.addSchedule(r.first().apply(now));
      }
    }
    UnitOfWork unit = work.build();
    if (!unit.isEmpty()) {
      try {
        settings.committer().commit(unit);
      } catch (StaleVersionException e) {
        LOG.debug("recurring work scheduled by another instance");
      }
    }
  }

  /**
   * Runs what is due now, batch after batch, until nothing more is due.
   *
   * @return how many items completed
   */
  public int runDue() {
    Instant now = settings.clock().instant();
    ensureRecurring(now);
    int completed = 0;
    for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      List<DueItem> items = settings.dueWork().claim(settings.clock().instant(), settings.batchSize(),
          settings.instanceId(), settings.lease());
      if (items.isEmpty()) {
        break;
      }
      for (DueItem item : items) {
        if (run(item)) {
          completed++;
        }
      }
    }
    return completed;
  }

  private boolean run(DueItem item) {
    Handler handler = handlers.get(item.kind());
    if (handler == null) {
      LOG.warn("no handler for due work of kind {}; it stays claimed until its lease lapses", item.kind());
      return false;
    }
    try {
      UnitOfWork.Builder work = handler.handle(item, settings.clock().instant());
      settings.committer().commit(work.addComplete(DueCompletion.of(item)).build());
      return true;
    } catch (StaleVersionException e) {
      LOG.debug("due item {} was taken over or rescheduled meanwhile; its effects were not committed", item.key());
      return false;
    } catch (RuntimeException e) {
      LOG.warn("due item {} failed; it will be retried when its lease lapses", item.key(), e);
      return false;
    }
  }
}
