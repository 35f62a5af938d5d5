package dev.kefu.internal;

import dev.kefu.spi.store.DueCompletion;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs due work: claims due items for this instance and hands each to the handler of its kind.
 * A handler's effects are committed with the item's completion, so even with several instances
 * each effect is committed once; an item whose handler fails stays claimed until its lease lapses
 * and is then tried again. Items of one key fire in order: a handler schedules the next one in
 * the unit of work that completes the current one.
 *
 * <p>The items of an {@linkplain Handler#isolated() isolated} handler are committed together: the
 * units of work of a claimed batch, each with its completion, go to the store as one unit. If that
 * unit is stale (another instance took an item over, a command moved a clock meanwhile), each
 * item's unit is committed on its own, so the items that are not stale still commit, once each.
 * An item whose unit touches an aggregate or a due key already in the batch is handled again
 * after the batch before it was committed, so it sees that batch's effects.
 */
public final class DueWorkRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DueWorkRunner.class);
  private static final int MAX_BATCHES_PER_RUN = 10_000;
  /**
   * How often, by the clock, an instance checks that its recurring items are scheduled. Once
   * scheduled they keep themselves scheduled (each run schedules the next in the unit that
   * completes it), so the check only restores one a store lost; it costs a look-up per recurring
   * item, too much for every call of a host that runs due work many times a minute.
   */
  private static final Duration RECURRING_CHECK_INTERVAL = Duration.ofMinutes(1);

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

    /**
     * Whether items of this kind may be committed together: the returned unit of work holds all
     * of the handler's effects (it commits nothing itself, so running it again is harmless), and
     * besides configuration it reads only aggregates its unit writes.
     *
     * @return false unless the handler says so
     */
    default boolean isolated() {
      return false;
    }

    /**
     * Does the work of a claimed item of an {@linkplain #isolated() isolated} handler, writing its
     * effects into the batch's unit of work. If it throws, what it wrote is taken back.
     *
     * @param item the item
     * @param now the time it runs at
     * @param batch the batch's unit of work; the runner adds the item's completion
     */
    default void handle(DueItem item, Instant now, WorkBuffer batch) {
      batch.addAll(handle(item, now).build());
    }

    /**
     * Marks a handler {@linkplain #isolated() isolated}.
     *
     * @param handler a handler whose unit of work holds all its effects and which reads only what
     *     it writes
     * @return the same handler, isolated
     */
    static Handler isolated(Handler handler) {
      return new Handler() {
        @Override
        public UnitOfWork.Builder handle(DueItem item, Instant now) {
          return handler.handle(item, now);
        }

        @Override
        public void handle(DueItem item, Instant now, WorkBuffer batch) {
          handler.handle(item, now, batch);
        }

        @Override
        public boolean isolated() {
          return true;
        }
      };
    }

    /**
     * An isolated handler that writes its effects straight into the batch's unit of work.
     *
     * @param writer writes an item's effects; all of them, reading only what it writes
     * @return the handler
     */
    static Handler isolated(Writer writer) {
      return new Handler() {
        @Override
        public UnitOfWork.Builder handle(DueItem item, Instant now) {
          WorkBuffer own = new WorkBuffer();
          writer.handle(item, now, own);
          return UnitOfWork.builder().from(own.build());
        }

        @Override
        public void handle(DueItem item, Instant now, WorkBuffer batch) {
          writer.handle(item, now, batch);
        }

        @Override
        public boolean isolated() {
          return true;
        }
      };
    }
  }

  /** Does the work of a claimed item of an isolated kind into the batch's unit of work. */
  @FunctionalInterface
  public interface Writer {
    /**
     * Does the work of a claimed item.
     *
     * @param item the item
     * @param now the time it runs at
     * @param batch where its effects go; the runner adds the item's completion
     */
    void handle(DueItem item, Instant now, WorkBuffer batch);
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
  /** When this instance last found its recurring items scheduled; null before the first run. */
  private final AtomicReference<Instant> recurringCheckedAt = new AtomicReference<>();

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
    Instant last = recurringCheckedAt.get();
    if (last != null && now.isBefore(last.plus(RECURRING_CHECK_INTERVAL)) && !now.isBefore(last)) {
      return;
    }
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
    recurringCheckedAt.set(now);
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
    Batch together = new Batch();
    for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      List<DueItem> items = settings.dueWork().claim(settings.clock().instant(), settings.batchSize(),
          settings.instanceId(), settings.lease());
      if (items.isEmpty()) {
        break;
      }
      for (DueItem item : items) {
        Handler handler = handlers.get(item.kind());
        if (handler == null) {
          LOG.warn("no handler for due work of kind {}; it stays claimed until its lease lapses", item.kind());
          continue;
        }
        if (!handler.isolated()) {
          completed += together.commit();
          if (run(handler, item)) {
            completed++;
          }
          continue;
        }
        if (together.add(handler, item) == Added.OVERLAPS) {
          completed += together.commit(); // it touches what the batch touches: let it see the batch's effects
          together.add(handler, item);
        }
      }
      completed += together.commit();
    }
    return completed;
  }

  /** Runs a handler; returns its effects with the item's completion, or null if it failed. */
  private UnitOfWork handle(Handler handler, DueItem item) {
    try {
      return handler.handle(item, settings.clock().instant()).addComplete(DueCompletion.of(item)).build();
    } catch (RuntimeException e) {
      LOG.warn("due item {} failed; it will be retried when its lease lapses", item.key(), e);
      return null;
    }
  }

  private boolean run(Handler handler, DueItem item) {
    UnitOfWork unit = handle(handler, item);
    return unit != null && commit(item, unit);
  }

  private boolean commit(DueItem item, UnitOfWork unit) {
    try {
      settings.committer().commit(unit);
      return true;
    } catch (StaleVersionException e) {
      LOG.debug("due item {} was taken over or rescheduled meanwhile; its effects were not committed", item.key());
      return false;
    } catch (RuntimeException e) {
      LOG.warn("due item {} failed; it will be retried when its lease lapses", item.key(), e);
      return false;
    }
  }

  private enum Added { YES, OVERLAPS, FAILED }

  /**
   * The items of isolated handlers waiting to be committed as one: their effects gathered in one
   * buffer, each item's from a mark on.
   */
  private final class Batch {
    private final WorkBuffer work = new WorkBuffer();
    /** The batch's items; item {@code i}'s effects start at the buffer's mark {@code i}. */
    private final List<DueItem> items = new ArrayList<>();
    /**
     * What the batch's items touch: due keys, inbound keys and aggregate ids, in one set. Equal
     * strings of different kinds (an aggregate id that is also some due key) count as touching
     * the same thing; that only commits a batch earlier than needed.
     */
    private final KeySet touched = new KeySet();

    /** Handles an item into the batch, unless it fails or touches what the batch already touches. */
    Added add(Handler handler, DueItem item) {
      int start = work.mark();
      try {
        handler.handle(item, settings.clock().instant(), work);
        work.complete(DueCompletion.of(item));
      } catch (RuntimeException e) {
        work.rollback(start);
        LOG.warn("due item {} failed; it will be retried when its lease lapses", item.key(), e);
        return Added.FAILED;
      }
      if (!items.isEmpty() && work.touchesAny(start, touched)) {
        work.rollback(start);
        return Added.OVERLAPS;
      }
      work.addTouchedKeys(start, touched);
      items.add(item);
      return Added.YES;
    }

    /** Commits the batch as one unit, or item by item if that is stale; returns how many committed. */
    int commit() {
      int committed = 0;
      if (items.size() == 1) {
        committed = DueWorkRunner.this.commit(items.get(0), work.build()) ? 1 : 0;
      } else if (!items.isEmpty()) {
        try {
          settings.committer().commit(work.build());
          committed = items.size();
        } catch (RuntimeException e) {
          LOG.debug("a batch of {} due items did not commit as one ({}); committing them one by one", items.size(), e.toString());
          for (int i = 0; i < items.size(); i++) {
            UnitOfWork own = work.build(i);
            if (DueWorkRunner.this.commit(items.get(i), own)) {
              committed++;
            }
          }
        }
      }
      work.clear();
      items.clear();
      touched.clear();
      return committed;
    }
  }
}
