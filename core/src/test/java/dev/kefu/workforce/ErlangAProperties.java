package dev.kefu.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link ErlangA} against {@link TruncatedChainErlangA}, a truncated birth–death chain solved
 * numerically, on small generated cases; and its limits.
 */
class ErlangAProperties {

  /** A small case: N servers, A Erlangs, handle time, patience and threshold in whole seconds. */
  record Case(int servers, double erlangs, int aht, int patience, int threshold) {}

  static Gen<Case> smallCases() {
    return in -> new Case(
        integers().between(1, 12).generate(in),
        doubles().between(0.2, 15).generate(in),
        integers().between(60, 600).generate(in),
        integers().between(30, 900).generate(in),
        integers().between(0, 60).generate(in));
  }

  private static void close(double actual, double expected, String what, Case c) {
    assertThat(actual).as(what + " at " + c).isCloseTo(expected, within(1e-9 * Math.abs(expected) + 1e-13));
  }

  @Test
  @DisplayName("Erlang A agrees with a truncated birth–death chain solved numerically: P(wait), P(abandon), service level, ASA, average wait")
  void agreesWithTruncatedChain() {
    qt().withExamples(60).forAll(smallCases()).checkAssert(c -> {
      QueueMetrics kefu = ErlangA.evaluate(c.servers(), c.erlangs(), Duration.ofSeconds(c.aht()),
          Duration.ofSeconds(c.patience()), Duration.ofSeconds(c.threshold()));
      TruncatedChainErlangA.Result chain = TruncatedChainErlangA.solve(c.servers(), c.erlangs(), c.aht(), c.patience(),
          c.threshold());
      close(kefu.probabilityOfWaiting(), chain.probabilityOfWaiting(), "P(wait)", c);
      close(kefu.probabilityOfAbandoning(), chain.probabilityOfAbandoning(), "P(abandon)", c);
      close(kefu.serviceLevel(), chain.serviceLevel(), "service level", c);
      close(kefu.averageSpeedOfAnswer(), chain.averageSpeedOfAnswer(), "ASA", c);
      close(kefu.averageWait(), chain.averageWait(), "average wait", c);
      close(kefu.occupancy(), c.erlangs() * (1 - chain.probabilityOfAbandoning()) / c.servers(), "occupancy", c);
    });
  }

  @Test
  @DisplayName("with patience far longer than any wait, Erlang A is Erlang C")
  void infinitePatienceIsErlangC() {
    qt().withExamples(100).forAll(integers().between(1, 3000), doubles().between(0.05, 0.98)).checkAssert((n, load) -> {
      double erlangs = n * load;
      Duration aht = Duration.ofSeconds(200);
      Duration t = Duration.ofSeconds(20);
      QueueMetrics a = ErlangA.evaluate(n, erlangs, aht, Duration.ofDays(365_000), t);
      QueueMetrics c = ErlangC.evaluate(n, erlangs, aht, t);
      assertThat(a.probabilityOfWaiting()).isCloseTo(c.probabilityOfWaiting(), within(1e-6));
      assertThat(a.serviceLevel()).isCloseTo(c.serviceLevel(), within(1e-6));
      assertThat(a.probabilityOfAbandoning()).isLessThan(1e-6);
    });
  }

  @Test
  @DisplayName("overloaded, the carried load is the servers: P(abandon) → 1 − N/A, occupancy → 1")
  void overloaded() {
    QueueMetrics m = ErlangA.evaluate(3, 10, Duration.ofSeconds(180), Duration.ofSeconds(600), Duration.ofSeconds(20));

    assertThat(m.probabilityOfAbandoning()).isCloseTo(0.7, within(1e-6));
    assertThat(m.occupancy()).isCloseTo(1, within(1e-6));
    assertThat(m.averageWait()).isCloseTo(0.7 * 600, within(1e-3)); // Little: E[wait] = P(abandon)·patience
  }

  @Test
  @DisplayName("massively overloaded, occupancy stays a share (at most 1, near it) and never rises as servers are added")
  void massiveOverloadOccupancy() {
    // found by WorkforceProperties: 1 − P(abandon) cancelled, and N = 2 reported 1.0000000000000762
    double erlangs = 224.72834767690674;
    double previous = 1;
    for (int n = 1; n <= 20; n++) {
      QueueMetrics m = ErlangA.evaluate(n, erlangs, Duration.ofSeconds(20), Duration.ofSeconds(74), Duration.ZERO);
      assertThat(m.occupancy()).as("N = %d", n).isLessThanOrEqualTo(1).isCloseTo(1, within(1e-3));
      assertThat(m.occupancy()).as("N = %d", n).isLessThanOrEqualTo(previous + 1e-14);
      assertThat(m.probabilityOfAbandoning()).as("N = %d", n).isCloseTo(1 - n / erlangs, within(1e-2));
      previous = m.occupancy();
    }
  }

  @Test
  @DisplayName("large centres: finite figures at 2,000, 6,000 and 20,000 servers, near and above saturation")
  void largeCentresFinite() {
    for (int n : new int[] {2_000, 6_000, 20_000}) {
      for (double load : new double[] {0.9, 1.0, 1.1, 2.0}) {
        QueueMetrics m = ErlangA.evaluate(n, n * load, Duration.ofSeconds(300), Duration.ofSeconds(90),
            Duration.ofSeconds(20));
        assertThat(m.probabilityOfWaiting()).as(n + " at " + load).isFinite().isBetween(0.0, 1.0);
        assertThat(m.probabilityOfAbandoning()).as(n + " at " + load).isFinite().isBetween(0.0, 1.0);
        assertThat(m.serviceLevel()).as(n + " at " + load).isFinite().isBetween(0.0, 1.0);
        assertThat(m.averageSpeedOfAnswer()).as(n + " at " + load).isFinite();
      }
    }
  }
}
