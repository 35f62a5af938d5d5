package dev.kefu.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The kernel decides exactly as a scan of every agent would: the eligible agent with the skill
 * and free capacity on the channel, least loaded (weighted by share), then idle longest (since their load last changed), then
 * lowest number; and never above capacity.
 */
class RoutingKernelProperties {

  private static final int SKILLS = 4;
  private static final int CHANNELS = 3;

  /** The oracle: the same state in plain arrays, scanned per decision. */
  private static final class Scan {
    final int n;
    final long[] skills;
    final int[][] cap;
    final int[][] load;
    final long[] routed;
    final long[] idle;
    final int[] weight;
    final boolean[] eligible;
    final RoutingKernel.Ordering ordering;

    Scan(int n, RoutingKernel.Ordering ordering) {
      this.n = n;
      this.ordering = ordering;
      skills = new long[n];
      cap = new int[n][CHANNELS];
      load = new int[n][CHANNELS];
      routed = new long[n];
      idle = new long[n];
      weight = new int[n];
      eligible = new boolean[n];
    }

    long key(int a) {
      int total = 0;
      for (int l : load[a]) {
        total += l;
      }
      return (ordering == RoutingKernel.Ordering.LEAST_LOADED ? total : routed[a]) * 1_000_000L / weight[a];
    }

    int choose(int skill, int channel) {
      int best = -1;
      for (int a = 0; a < n; a++) {
        if (!eligible[a] || (skills[a] & (1L << skill)) == 0 || load[a][channel] >= cap[a][channel]) {
          continue;
        }
        if (best < 0 || key(a) < key(best) || key(a) == key(best) && (idle[a] < idle[best] || idle[a] == idle[best] && a < best)) {
          best = a;
        }
      }
      return best;
    }
  }

  @Test
  @DisplayName("ST-13, TK-12: routing, releases and eligibility changes in any order decide as a scan of every agent and never exceed capacity")
  void sameAsScan() {
    qt().withExamples(300).forAll(integers().between(1, 12), longs().all(), lists().of(integers().between(0, 9999)).ofSizeBetween(1, 300))
        .checkAssert((n, seed, ops) -> {
          SplittableRandom random = new SplittableRandom(seed);
          RoutingKernel.Ordering ordering = random.nextBoolean() ? RoutingKernel.Ordering.LEAST_LOADED : RoutingKernel.Ordering.EVEN_SPREAD;
          RoutingKernel kernel = new RoutingKernel(n, SKILLS, CHANNELS, ordering);
          Scan scan = new Scan(n, ordering);
          for (int a = 0; a < n; a++) {
            long bits = random.nextInt(1 << SKILLS);
            int[] cap = {random.nextInt(4), random.nextInt(2), random.nextInt(3)};
            int weight = random.nextInt(4) == 0 ? 30 : 100;
            long idle = random.nextInt(5);
            kernel.define(a, bits, cap, weight, idle);
            scan.skills[a] = bits;
            scan.cap[a] = cap.clone();
            scan.weight[a] = weight;
            scan.idle[a] = idle;
            for (int c = 0; c < CHANNELS; c++) {
              int held = cap[c] == 0 ? 0 : random.nextInt(cap[c] + 1);
              kernel.held(a, c, held);
              scan.load[a][c] = held;
            }
            boolean on = random.nextInt(4) != 0;
            kernel.eligible(a, on);
            scan.eligible[a] = on;
          }
          long now = 10;
          for (int op : ops) {
            now++;
            int skill = op % SKILLS;
            int channel = (op / SKILLS) % CHANNELS;
            int agent = (op / 16) % n;
            switch ((op / 1000) % 4) {
              case 0, 1 -> {
                int expected = scan.choose(skill, channel);
                int got = kernel.route(skill, channel, now);
                assertThat(got).isEqualTo(expected);
                if (got >= 0) {
                  scan.load[got][channel]++;
                  scan.routed[got]++;
                  scan.idle[got] = now;
                }
              }
              case 2 -> {
                if (scan.load[agent][channel] > 0) {
                  kernel.release(agent, channel, now);
                  scan.load[agent][channel]--;
                  scan.idle[agent] = now;
                }
              }
              default -> {
                boolean on = !scan.eligible[agent];
                kernel.eligible(agent, on);
                scan.eligible[agent] = on;
              }
            }
            for (int a = 0; a < n; a++) {
              for (int c = 0; c < CHANNELS; c++) {
                assertThat(kernel.load(a, c)).isEqualTo(scan.load[a][c]).isLessThanOrEqualTo(scan.cap[a][c]);
              }
            }
            for (int s = 0; s < SKILLS; s++) {
              for (int c = 0; c < CHANNELS; c++) {
                assertThat(kernel.choose(s, c)).isEqualTo(scan.choose(s, c));
              }
            }
          }
        });
  }

  @Test
  @DisplayName("ST-13: at equal loads a team lead at a 30 % share waits until agents carry more than three times the lead's load")
  void leadsTakeTheirShare() {
    RoutingKernel kernel = new RoutingKernel(3, 1, 1, RoutingKernel.Ordering.LEAST_LOADED);
    kernel.define(0, 1, new int[] {100}, 30, 0); // the lead
    kernel.define(1, 1, new int[] {100}, 100, 0);
    kernel.define(2, 1, new int[] {100}, 100, 0);
    for (int a = 0; a < 3; a++) {
      kernel.eligible(a, true);
    }
    for (int i = 0; i < 230; i++) {
      kernel.route(0, 0, i);
    }
    int lead = kernel.load(0);
    int agents = kernel.load(1) + kernel.load(2);
    assertThat(lead * 100.0 / (agents / 2.0)).isBetween(25.0, 35.0);
    assertThat(List.of(kernel.load(1), kernel.load(2))).allSatisfy(l -> assertThat(l).isBetween(99, 101));
  }
}
