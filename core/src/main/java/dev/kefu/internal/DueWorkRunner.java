package dev.kefu.internal;

import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.AppliedRequest;
import dev.kefu.spi.store.DueCompletion;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        public boolean isolated() {
          return true;
        }
      };
    }
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
        UnitOfWork unit = handle(handler, item);
        if (unit != null && !together.add(item, unit)) {
          completed += together.commit(); // it touches what the batch touches: let it see the batch's effects
          unit = handle(handler, item);
          if (unit != null) {
            together.add(item, unit);
          }
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

  /** The units of isolated items waiting to be committed as one. */
  private final class Batch {
    private final List<DueItem> items = new ArrayList<>();
    private final List<UnitOfWork> units = new ArrayList<>();
    /**
     * What the batch's units touch: due keys, inbound keys and aggregate ids, in one set. Equal
     * strings of different kinds (an aggregate id that is also some due key) count as touching
     * the same thing; that only commits a batch earlier than needed.
     */
    private final Set<String> touched = new HashSet<>();

    /** Adds an item's unit, unless it touches what the batch already touches. */
    boolean add(DueItem item, UnitOfWork unit) {
      if (!items.isEmpty() && overlaps(unit)) {
        return false;
      }
      unit.writes().forEach(w -> touched.add(w.aggregate().aggregateId()));
      unit.schedule().forEach(w -> touched.add(w.key()));
      touched.addAll(unit.cancel());
      unit.complete().forEach(c -> touched.add(c.key()));
      unit.inboundKeys().forEach(r -> touched.add(r.key()));
      items.add(item);
      units.add(unit);
      return true;
    }

    private boolean overlaps(UnitOfWork unit) {
      for (AggregateWrite w : unit.writes()) {
        if (touched.contains(w.aggregate().aggregateId())) {
          return true;
        }
      }
      for (ScheduledWork w : unit.schedule()) {
        if (touched.contains(w.key())) {
          return true;
        }
      }
      for (String key : unit.cancel()) {
        if (touched.contains(key)) {
          return true;
        }
      }
      for (DueCompletion c : unit.complete()) {
        if (touched.contains(c.key())) {
          return true;
        }
      }
      for (AppliedRequest r : unit.inboundKeys()) {
        if (touched.contains(r.key())) {
          return true;
        }
      }
      return false;
    }

    /** Commits the batch as one unit, or item by item if that is stale; returns how many committed. */
    int commit() {
      int committed = 0;
      if (units.size() == 1) {
        committed = DueWorkRunner.this.commit(items.get(0), units.get(0)) ? 1 : 0;
      } else if (!units.isEmpty()) {
        UnitOfWork.Builder all = UnitOfWork.builder();
        for (UnitOfWork u : units) {
          all.addAllWrites(u.writes()).addAllEvents(u.events()).addAllOutbox(u.outbox()).addAllSchedule(u.schedule())
              .addAllCancel(u.cancel()).addAllComplete(u.complete()).addAllInboundKeys(u.inboundKeys());
        }
        try {
          settings.committer().commit(all.build());
          committed = units.size();
        } catch (RuntimeException e) {
          LOG.debug("a batch of {} due items did not commit as one ({}); committing them one by one", units.size(), e.toString());
          for (int i = 0; i < units.size(); i++) {
            if (DueWorkRunner.this.commit(items.get(i), units.get(i))) {
              committed++;
            }
          }
        }
      }
      items.clear();
      units.clear();
      touched.clear();
      return committed;
    }
  }
}
