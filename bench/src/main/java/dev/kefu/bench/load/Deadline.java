package dev.kefu.bench.load;

import java.time.Duration;
import java.util.function.Supplier;

/** The cap on a run's wall time: past it, the run stops with what it got through. */
final class Deadline {

  /** Thrown when a run goes over its cap. */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded(String message) {
      super(message);
    }
  }

  private final Duration cap;
  private final long startNanos = System.nanoTime();

  Deadline(Duration cap) {
    this.cap = cap;
  }

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /**
   * @param progress what the run got through, for the message
   * @throws Exceeded if the cap has passed
   */
  void check(Supplier<String> progress) {
    if (System.nanoTime() - startNanos > cap.toNanos()) {
      throw new Exceeded("over the cap of " + cap.toSeconds() + " s: " + progress.get());
    }
  }
}
