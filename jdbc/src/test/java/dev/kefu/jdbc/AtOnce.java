package dev.kefu.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks at the same moment, each on its own thread, released together by a barrier, as
 * instances on several hosts would. Waits are bounded, so a deadlock fails the test instead of
 * hanging it.
 */
final class AtOnce implements AutoCloseable {

  private static final long TIMEOUT_SECONDS = 60;

  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "kefu-instance");
    t.setDaemon(true);
    return t;
  });

  /**
   * Runs the tasks at once and waits for all.
   *
   * @return what each task returned, or the {@link RuntimeException} it threw, in the tasks' order
   * @throws AssertionError if a task threw anything else, or did not end in time
   */
  List<Object> run(List<? extends Callable<?>> tasks) {
    CyclicBarrier start = new CyclicBarrier(tasks.size());
    List<Future<Object>> running = new ArrayList<>();
    for (Callable<?> task : tasks) {
      running.add(threads.submit(() -> {
        start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        try {
          return task.call();
        } catch (RuntimeException e) {
          return e;
        }
      }));
    }
    List<Object> results = new ArrayList<>();
    for (Future<Object> f : running) {
      try {
        results.add(f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
      } catch (ExecutionException e) {
        throw new AssertionError("a task failed", e.getCause());
      } catch (Exception e) {
        throw new AssertionError("a task did not end in time", e);
      }
    }
    return results;
  }

  /** Runs the tasks at once; fails if any threw. */
  List<Object> runAll(List<? extends Callable<?>> tasks) {
    List<Object> results = run(tasks);
    for (Object r : results) {
      if (r instanceof RuntimeException e) {
        throw new AssertionError("a task threw", e);
      }
    }
    return results;
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
