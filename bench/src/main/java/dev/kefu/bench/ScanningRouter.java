package dev.kefu.bench;

/**
 * The baseline of {@link RoutingBenchmark}: the same decision as kefu's routing kernel — the
 * eligible agent with the skill and free capacity on the channel, least loaded (weighted by their
 * share), then idle longest (since their load last changed), then lowest number — found by scanning every agent per ticket.
 * Not thread-safe.
 */
final class ScanningRouter {

  private final int channels;
  private final long[] skills;
  private final int[] capacity;
  private final int[] load;
  private final int[] total;
  private final long[] idle;
  private final int[] weight;
  private final boolean[] eligible;

  ScanningRouter(int agents, int channels) {
    this.channels = channels;
    skills = new long[agents];
    capacity = new int[agents * channels];
    load = new int[agents * channels];
    total = new int[agents];
    idle = new long[agents];
    weight = new int[agents];
    eligible = new boolean[agents];
  }

  void define(int agent, long skillBits, int[] capacities, int weightPercent, long idleFrom) {
    skills[agent] = skillBits;
    System.arraycopy(capacities, 0, capacity, agent * channels, channels);
    weight[agent] = weightPercent;
    idle[agent] = idleFrom;
    eligible[agent] = true;
  }

  int route(int skill, int channel, long now) {
    long bit = 1L << skill;
    int best = -1;
    long bestKey = Long.MAX_VALUE;
    long bestIdle = Long.MAX_VALUE;
    for (int a = 0; a < skills.length; a++) {
      if (!eligible[a] || (skills[a] & bit) == 0 || load[a * channels + channel] >= capacity[a * channels + channel]) {
        continue;
      }
      long key = total[a] * 1_000_000L / weight[a];
      if (key < bestKey || key == bestKey && idle[a] < bestIdle) {
        best = a;
        bestKey = key;
        bestIdle = idle[a];
      }
    }
    if (best >= 0) {
      load[best * channels + channel]++;
      total[best]++;
      idle[best] = now;
    }
    return best;
  }

  void release(int agent, int channel, long now) {
    load[agent * channels + channel]--;
    total[agent]--;
    idle[agent] = now;
  }
}
