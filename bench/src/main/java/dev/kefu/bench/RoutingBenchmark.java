package dev.kefu.bench;

import dev.kefu.routing.RoutingKernel;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Routing decisions (issue 6): one million tickets across 10,000 agents on the decision kernel
 * {@link RoutingKernel}, against {@link ScanningRouter}, which makes the same decision by scanning
 * every agent per ticket.
 *
 * <p>The shop: 10,000 agents, each with 2 to 4 of 24 skills (the popular skills more common),
 * chat capacity 3 to 5, phone capacity 1 for four agents in five, e-mail capacity 6; one agent in
 * twenty is a team lead at a 30 % share (ST-13). The tickets, fixed seed: a skill (skewed like
 * the agents'), 70 % chat, 15 % phone, 15 % e-mail. Each ticket is routed; its conversation stays
 * open for the next 60,000 tickets and is then released, so the kernel runs at a steady state in
 * which the popular skills' agents fill up, leave the lists and come back: about 95 % of the
 * tickets find an agent, 5 % find nobody (and would queue).
 *
 * <p>One operation is one routing decision with its reservation, and one release. The kernel
 * routes the million tickets per invocation; the baseline, at about 10,000 agent checks per
 * decision, routes the first 20,000 of them per invocation (a million would take minutes per
 * iteration) — the cost of a scan hardly depends on the state. Setup checks that both make the
 * same decisions on the first 80,000 tickets, releases included.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class RoutingBenchmark {

  static final int AGENTS = 10_000;
  static final int SKILLS = 24;
  static final int CHANNELS = 3; // chat, phone, e-mail
  static final int TICKETS = 1_000_000;
  static final int BASELINE_TICKETS = 20_000;
  static final int OPEN = 60_000;
  static final int CHECKED_TICKETS = 80_000;

  private final int[] ticketSkill = new int[TICKETS];
  private final int[] ticketChannel = new int[TICKETS];
  private long[] agentSkills;
  private int[][] agentCapacity;
  private int[] agentWeight;

  private RoutingKernel kernel;
  private final int[] openAgent = new int[OPEN];
  private final int[] openChannel = new int[OPEN];
  private long tick;
  private ScanningRouter scanner;
  private final int[] scanOpenAgent = new int[OPEN];
  private final int[] scanOpenChannel = new int[OPEN];
  private long scanTick;

  /** A skill, the low numbers more likely. */
  private static int skewedSkill(SplittableRandom random) {
    int a = random.nextInt(SKILLS);
    int b = random.nextInt(SKILLS);
    return Math.min(a, b);
  }

  /** Builds the shop and the tickets, and checks kernel and baseline decide alike on the first 80,000. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(6);
    agentSkills = new long[AGENTS];
    agentCapacity = new int[AGENTS][];
    agentWeight = new int[AGENTS];
    for (int a = 0; a < AGENTS; a++) {
      long bits = 0;
      int count = 2 + random.nextInt(3);
      while (Long.bitCount(bits) < count) {
        bits |= 1L << skewedSkill(random);
      }
      agentSkills[a] = bits;
      agentCapacity[a] = new int[] {3 + random.nextInt(3), random.nextInt(5) == 0 ? 0 : 1, 6};
      agentWeight[a] = random.nextInt(20) == 0 ? 30 : 100;
    }
    for (int t = 0; t < TICKETS; t++) {
      ticketSkill[t] = skewedSkill(random);
      int c = random.nextInt(100);
      ticketChannel[t] = c < 70 ? 0 : c < 85 ? 1 : 2;
    }
    RoutingKernel check = newKernel();
    ScanningRouter checkScan = newScanner();
    int[] ringA = new int[OPEN];
    int[] ringC = new int[OPEN];
    for (int t = 0; t < CHECKED_TICKETS; t++) {
      int expected = checkScan.route(ticketSkill[t], ticketChannel[t], t);
      int got = check.route(ticketSkill[t], ticketChannel[t], t);
      if (expected != got) {
        throw new IllegalStateException("kernel chose " + got + ", scan " + expected + " for ticket " + t);
      }
      int slot = t % OPEN;
      if (t >= OPEN && ringA[slot] >= 0) {
        check.release(ringA[slot], ringC[slot], t);
        checkScan.release(ringA[slot], ringC[slot], t);
      }
      ringA[slot] = got;
      ringC[slot] = ticketChannel[t];
    }
    kernel = newKernel();
    scanner = newScanner();
    java.util.Arrays.fill(openAgent, -1);
    java.util.Arrays.fill(scanOpenAgent, -1);
  }

  private RoutingKernel newKernel() {
    RoutingKernel k = new RoutingKernel(AGENTS, SKILLS, CHANNELS, RoutingKernel.Ordering.LEAST_LOADED);
    for (int a = 0; a < AGENTS; a++) {
      k.define(a, agentSkills[a], agentCapacity[a], agentWeight[a], 0);
      k.eligible(a, true);
    }
    return k;
  }

  private ScanningRouter newScanner() {
    ScanningRouter s = new ScanningRouter(AGENTS, CHANNELS);
    for (int a = 0; a < AGENTS; a++) {
      s.define(a, agentSkills[a], agentCapacity[a], agentWeight[a], 0);
    }
    return s;
  }

  /**
   * kefu: a million decisions on the kernel.
   *
   * @return how many tickets found an agent
   */
  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public int kernel() {
    int routed = 0;
    for (int t = 0; t < TICKETS; t++) {
      int slot = (int) (tick++ % OPEN);
      int held = openAgent[slot];
      if (held >= 0) {
        kernel.release(held, openChannel[slot], tick);
      }
      int agent = kernel.route(ticketSkill[t], ticketChannel[t], tick);
      openAgent[slot] = agent;
      openChannel[slot] = ticketChannel[t];
      routed += agent >= 0 ? 1 : 0;
    }
    return routed;
  }

  /**
   * The baseline: the first 20,000 tickets, scanning every agent per decision.
   *
   * @return how many tickets found an agent
   */
  @Benchmark
  @OperationsPerInvocation(BASELINE_TICKETS)
  public int scanEveryAgent() {
    int routed = 0;
    for (int t = 0; t < BASELINE_TICKETS; t++) {
      int slot = (int) (scanTick++ % OPEN);
      int held = scanOpenAgent[slot];
      if (held >= 0) {
        scanner.release(held, scanOpenChannel[slot], scanTick);
      }
      int agent = scanner.route(ticketSkill[t], ticketChannel[t], scanTick);
      scanOpenAgent[slot] = agent;
      scanOpenChannel[slot] = ticketChannel[t];
      routed += agent >= 0 ? 1 : 0;
    }
    return routed;
  }
}
