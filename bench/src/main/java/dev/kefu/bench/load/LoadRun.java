package dev.kefu.bench.load;

import dev.kefu.Kefu;
import dev.kefu.spi.store.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One run of the load test: {@code n} instances of kefu over their storages, the timeline's
 * tickets driven through them minute by simulated minute.
 *
 * <p>Each minute the driver sets the shared clock, hands the minute's commands to the command
 * threads (the commands of one ticket always to the same thread, so they stay in order) and waits
 * for them; meanwhile, and after, every instance's {@link Housekeeper} runs due work and delivers
 * notifications. The next minute starts when every housekeeper has found nothing left to do in
 * this one, so simulated time never runs ahead of the work, and no claim's lease (kefu's default,
 * five minutes) lapses while its work is in hand. After the last command the run goes on for
 * {@link #DRAIN_MINUTES} more minutes, so that anything a lapsed claim held would be taken up again.
 */
final class LoadRun {

  static final int DRAIN_MINUTES = 15;

  /** The driver's step, which the housekeepers read. */
  static final class Steps {
    private volatile long current;
    private volatile boolean draining;

    long current() {
      return current;
    }

    /** @return whether the driver waits for the current step's work to be done everywhere */
    boolean draining() {
      return draining;
    }

    /** The next step: the minute's commands are made, and its work is to be done everywhere. */
    void next() {
      draining = true;
      current++;
    }

    /** The step's work is done everywhere; the next minute's commands come. */
    void settled() {
      draining = false;
    }
  }

  /**
   * What a run did.
   *
   * @param wall from the first minute to the last, the drain included
   * @param commands commands made (each once, however often it met a conflict)
   * @param repeated commands made again after kefu's own retries met a conflict
   * @param dueItems due items completed (SLA timers, duties)
   * @param delivered notifications marked delivered
   * @param failures what threw, by class and message, with how often
   */
  record Figures(String store, int instances, int tickets, Duration wall, long commands, long repeated, long dueItems,
      long delivered, Map<String, Long> failures) {

    double ticketsPerSecond() {
      return tickets / seconds();
    }

    double commandsPerSecond() {
      return commands / seconds();
    }

    private double seconds() {
      return wall.toNanos() / 1e9;
    }
  }

  /** A run's figures, and what the check reads. */
  record Outcome(Figures figures, CommandIssuer issuer, NotificationLog channel, Instant end) {}

  private final String store;
  private final List<Storage> storages;
  private final int commandThreads;
  private final Timeline timeline;

  /**
   * @param store the store's name, for the report
   * @param storages one per instance (one store, or views of one database)
   * @param commandThreads how many threads make commands
   * @param timeline the tickets and their commands
   */
  LoadRun(String store, List<Storage> storages, int commandThreads, Timeline timeline) {
    this.store = store;
    this.storages = List.copyOf(storages);
    this.commandThreads = commandThreads;
    this.timeline = timeline;
  }

  Outcome run(Deadline deadline) {
    SharedClock clock = new SharedClock(timeline.at(0));
    NotificationLog channel = new NotificationLog();
    Kefu[] instances = new Kefu[storages.size()];
    for (int k = 0; k < instances.length; k++) {
      instances[k] = LoadShop.instance(storages.get(k), "load-" + (k + 1), clock, channel);
    }
    LoadShop.registerCustomers(instances[0]);
    CommandIssuer issuer = new CommandIssuer(instances, timeline.tickets);
    Steps steps = new Steps();
    List<Housekeeper> keepers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int k = 0; k < instances.length; k++) {
      Housekeeper h = new Housekeeper(instances[k], steps);
      keepers.add(h);
      Thread t = new Thread(h, "housekeeper-" + (k + 1));
      t.setDaemon(true);
      threads.add(t);
    }
    Map<String, Long> failures = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(commandThreads, r -> {
      Thread t = new Thread(r, "commands");
      t.setDaemon(true);
      return t;
    });
    int last = timeline.minutes() + DRAIN_MINUTES;
    int[] minute = {0};
    java.util.function.Supplier<String> progress = () -> String.format(
        "%s, simulated minute %d of %d, %,d of %,d commands made (%,d tickets), %.1f s", store, minute[0], last,
        issuer.made.get(), timeline.commands(), timeline.tickets, deadline.elapsed().toMillis() / 1000.0);
    long start = System.nanoTime();
    threads.forEach(Thread::start);
    try {
      for (; minute[0] < last; minute[0]++) {
        int m = minute[0];
        clock.set(timeline.at(m));
        if (m < timeline.minutes()) {
          makeCommands(pool, issuer, timeline.commandsAt(m), failures, deadline, progress);
        }
        steps.next();
        long step = steps.current();
        threads.forEach(LockSupport::unpark);
        for (Housekeeper h : keepers) {
          while (!h.idleSince(step)) {
            deadline.check(progress);
            LockSupport.parkNanos(50_000);
          }
        }
        steps.settled();
        deadline.check(progress);
      }
    } finally {
      keepers.forEach(Housekeeper::stop);
      pool.shutdownNow();
      for (Thread t : threads) {
        try {
          t.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - start);
    Map<String, Long> all = new TreeMap<>(failures);
    for (Housekeeper h : keepers) {
      h.failures.forEach((k, v) -> all.merge("housekeeping: " + k, v, Long::sum));
    }
    Figures f = new Figures(store, instances.length, timeline.tickets, wall, issuer.made.get(), issuer.repeated.get(),
        keepers.stream().mapToLong(h -> h.dueItems.get()).sum(), keepers.stream().mapToLong(h -> h.delivered.get()).sum(), all);
    return new Outcome(f, issuer, channel, clock.instant());
  }

  /** Makes a minute's commands on the command threads, each ticket's on one thread; waits for all. */
  private void makeCommands(ExecutorService pool, CommandIssuer issuer, long[] commands, Map<String, Long> failures,
      Deadline deadline, java.util.function.Supplier<String> progress) {
    List<List<Long>> shares = new ArrayList<>();
    for (int t = 0; t < commandThreads; t++) {
      shares.add(new ArrayList<>());
    }
    for (long c : commands) {
      shares.get(Timeline.ticketOf(c) % commandThreads).add(c);
    }
    List<Future<?>> running = new ArrayList<>();
    for (List<Long> share : shares) {
      if (share.isEmpty()) {
        continue;
      }
      Callable<Void> task = () -> {
        for (long c : share) {
          int i = Timeline.ticketOf(c);
          int k = Timeline.stepOf(c);
          if (k > 0 && issuer.id(i) == null) {
            failures.merge("a command of a ticket that was never opened", 1L, Long::sum);
            continue;
          }
          try {
            issuer.make(i, k);
          } catch (RuntimeException e) {
            failures.merge(Script.of(i).steps.get(k).action() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), 1L,
                Long::sum);
          }
        }
        return null;
      };
      running.add(pool.submit(task));
    }
    for (Future<?> f : running) {
      try {
        while (true) {
          try {
            f.get(100, TimeUnit.MILLISECONDS);
            break;
          } catch (java.util.concurrent.TimeoutException e) {
            deadline.check(progress);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
  }
}
