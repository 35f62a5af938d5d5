package dev.kefu.routing;

import java.util.Arrays;

/**
 * The routing decision kernel: which of the eligible agents who have a skill and free capacity
 * on a channel takes the next ticket. Agents, skills and channels are small integers. For each
 * (skill, channel) pair the kernel keeps the agents who can take such a ticket now in buckets by
 * {@linkplain Ordering load}, each bucket a list ordered by idle time, one set of buckets per
 * share (ST-13). A decision compares the heads of the lowest non-empty bucket of each share;
 * reserving or releasing capacity moves the agent to the tail of another bucket in the few lists
 * they belong to, O(k) for an agent in k lists, whatever the number of agents. Nothing is
 * allocated per decision.
 *
 * <p>The order: lowest weighted load first ({@code load × 100 / weightPercent}), then idle
 * longest — an agent's idle time starts when their load last changed (a ticket routed to them or
 * a conversation freed) or when they were defined — then lowest agent number.
 *
 * <p>The kernel is a cache: kefu builds one from the agents' stored loads and reserves what it
 * decides with a versioned write ({@link dev.kefu.spi.routing.AgentLoad}), deciding again if
 * another instance got there first. An agent is in a channel's lists only while eligible, skilled
 * and below their capacity on the channel, so the kernel never chooses an agent who is full,
 * ineligible or unskilled.
 *
 * <p>Team leads take a share of the work (ST-13): at a 30 % share a lead's load counts
 * {@code 100 / 30} times, so a lead is chosen once agents carry more than three times the lead's
 * load.
 *
 * <p>Not thread-safe: one kernel belongs to one thread at a time.
 */
public final class RoutingKernel {

  /** What orders the agents who can take a ticket. */
  public enum Ordering {
    /** Fewest conversations held now, across every channel. */
    LEAST_LOADED,
    /** Fewest tickets routed so far: spreads new orders evenly during a promotion (TK-12). */
    EVEN_SPREAD
  }

  /** The most skills a kernel tells apart: a skill is a bit of a {@code long}. */
  public static final int MAX_SKILLS = 64;

  /** The most distinct shares ({@code weightPercent} values) a kernel holds. */
  public static final int MAX_SHARES = 8;

  private static final long SCALE = 1_000_000L;

  private final int agents;
  private final int skills;
  private final int channels;
  private final Ordering ordering;
  private final long[] skillMask;
  private final int[] capacity;
  private final int[] load;
  private final int[] total;
  private final long[] routed;
  private final long[] idleSince;
  private final int[] weight;
  private final int[] share;
  private final boolean[] eligible;
  private final boolean[] defined;
  private final int[] shareWeights = new int[MAX_SHARES];
  private int shares;

  // list nodes: one per (agent, skill, channel with capacity); an agent's nodes are consecutive
  private final int[] firstNode;
  private final int[] nodeCount;
  private int[] nodePool = new int[64];
  private int[] nodeAgent = new int[64];
  private int[] nodeBucket = new int[64];
  private int[] nodeNext = new int[64];
  private int[] nodePrev = new int[64];
  private boolean[] nodeLinked = new boolean[64];
  private int nodes;

  private final Pool[] pools;

  /**
   * Creates an empty kernel: no agent is defined or eligible.
   *
   * @param agents how many agents, numbered from 0
   * @param skills how many skills, numbered from 0, at most {@value #MAX_SKILLS}
   * @param channels how many channels, numbered from 0
   * @param ordering what orders the agents
   * @throws IllegalArgumentException if a count is negative or there are too many skills
   * @throws NullPointerException if {@code ordering} is null
   */
  public RoutingKernel(int agents, int skills, int channels, Ordering ordering) {
    if (agents < 0 || skills < 0 || channels < 0 || skills > MAX_SKILLS) {
      throw new IllegalArgumentException("agents, skills and channels must not be negative, skills at most "
          + MAX_SKILLS + ": " + agents + ", " + skills + ", " + channels);
    }
    this.ordering = java.util.Objects.requireNonNull(ordering, "ordering");
    this.agents = agents;
    this.skills = skills;
    this.channels = channels;
    this.skillMask = new long[agents];
    this.capacity = new int[agents * channels];
    this.load = new int[agents * channels];
    this.total = new int[agents];
    this.routed = new long[agents];
    this.idleSince = new long[agents];
    this.weight = new int[agents];
    this.share = new int[agents];
    this.eligible = new boolean[agents];
    this.defined = new boolean[agents];
    this.firstNode = new int[agents];
    this.nodeCount = new int[agents];
    this.pools = new Pool[skills * channels];
  }

  /**
   * Defines an agent, once, not yet eligible.
   *
   * @param agent the agent's number
   * @param skillBits the skills the agent has, bit {@code s} for skill {@code s}
   * @param capacities the most conversations per channel, indexed by channel; copied
   * @param weightPercent the agent's share of work, 1 to 100 (100 for agents, the lead share
   *     for team leads, ST-13); at most {@value #MAX_SHARES} distinct values per kernel
   * @param idleFrom when the agent became idle, in any unit that only grows (epoch millis, a tick)
   * @throws IllegalArgumentException if a number is out of range or the agent is defined already
   */
  public void define(int agent, long skillBits, int[] capacities, int weightPercent, long idleFrom) {
    checkAgent(agent);
    if (defined[agent]) {
      throw new IllegalArgumentException("agent " + agent + " is defined already");
    }
    if (capacities.length != channels) {
      throw new IllegalArgumentException("capacities must name " + channels + " channels, named " + capacities.length);
    }
    if (weightPercent < 1 || weightPercent > 100) {
      throw new IllegalArgumentException("weightPercent must be 1 to 100, was " + weightPercent);
    }
    if (skills < MAX_SKILLS && (skillBits >>> skills) != 0) {
      throw new IllegalArgumentException("skill bits beyond the " + skills + " skills: " + Long.toBinaryString(skillBits));
    }
    for (int c = 0; c < channels; c++) {
      if (capacities[c] < 0) {
        throw new IllegalArgumentException("capacity must not be negative, was " + capacities[c]);
      }
    }
    int s = 0;
    while (s < shares && shareWeights[s] != weightPercent) {
      s++;
    }
    if (s == shares) {
      if (shares == MAX_SHARES) {
        throw new IllegalArgumentException("at most " + MAX_SHARES + " distinct shares per kernel");
      }
      shareWeights[shares++] = weightPercent;
    }
    defined[agent] = true;
    share[agent] = s;
    skillMask[agent] = skillBits;
    weight[agent] = weightPercent;
    idleSince[agent] = idleFrom;
    firstNode[agent] = nodes;
    long bits = skillBits;
    while (bits != 0) {
      int skill = Long.numberOfTrailingZeros(bits);
      bits &= bits - 1;
      for (int c = 0; c < channels; c++) {
        if (capacities[c] > 0) {
          addNode(agent, skill * channels + c);
        }
      }
    }
    for (int c = 0; c < channels; c++) {
      capacity[agent * channels + c] = capacities[c];
    }
    nodeCount[agent] = nodes - firstNode[agent];
  }

  private void addNode(int agent, int pool) {
    if (nodes == nodePool.length) {
      int n = nodes * 2;
      nodePool = java.util.Arrays.copyOf(nodePool, n);
      nodeAgent = java.util.Arrays.copyOf(nodeAgent, n);
      nodeBucket = java.util.Arrays.copyOf(nodeBucket, n);
      nodeNext = java.util.Arrays.copyOf(nodeNext, n);
      nodePrev = java.util.Arrays.copyOf(nodePrev, n);
      nodeLinked = java.util.Arrays.copyOf(nodeLinked, n);
    }
    nodePool[nodes] = pool;
    nodeAgent[nodes++] = agent;
  }

  /**
   * Sets what an agent holds on a channel, as stored.
   *
   * @param agent the agent
   * @param channel the channel
   * @param held the conversations held on it, 0 or more
   * @throws IllegalArgumentException if the agent is eligible or a number is out of range
   */
  public void held(int agent, int channel, int held) {
    checkAgent(agent);
    checkChannel(channel);
    if (eligible[agent]) {
      throw new IllegalArgumentException("agent " + agent + " is eligible; set their load before");
    }
    if (held < 0) {
      throw new IllegalArgumentException("held must not be negative, was " + held);
    }
    total[agent] += held - load[agent * channels + channel];
    load[agent * channels + channel] = held;
  }

  /**
   * Sets how many tickets an agent was routed so far, as stored (TK-12).
   *
   * @param agent the agent
   * @param count 0 or more
   * @throws IllegalArgumentException if the agent is eligible or the count is negative
   */
  public void routed(int agent, long count) {
    checkAgent(agent);
    if (eligible[agent] || count < 0) {
      throw new IllegalArgumentException("set routed before making agent " + agent + " eligible, 0 or more: " + count);
    }
    routed[agent] = count;
  }

  /**
   * Makes a defined agent eligible (on shift and taking work) or not.
   *
   * @param agent the agent
   * @param value whether they are eligible
   * @throws IllegalArgumentException if the agent is not defined
   */
  public void eligible(int agent, boolean value) {
    checkAgent(agent);
    if (!defined[agent]) {
      throw new IllegalArgumentException("agent " + agent + " is not defined");
    }
    if (eligible[agent] != value) {
      eligible[agent] = value;
      refresh(agent);
    }
  }

  /**
   * The agent who would take a ticket needing a skill on a channel, without reserving.
   *
   * @param skill the skill
   * @param channel the channel
   * @return the agent's number, or -1 if nobody can take it
   */
  public int choose(int skill, int channel) {
    Pool p = pools[skill * channels + channel];
    if (p == null) {
      return -1;
    }
    int best = -1;
    for (int s = 0; s < shares; s++) {
      int candidate = p.head(s);
      if (candidate >= 0 && (best < 0 || before(candidate, best))) {
        best = candidate;
      }
    }
    return best;
  }

  /**
   * Chooses the agent for a ticket and reserves one unit of their capacity on the channel.
   *
   * @param skill the skill
   * @param channel the channel
   * @param now when, in the unit of {@link #define}'s {@code idleFrom}
   * @return the agent's number, or -1 if nobody can take it (nothing is reserved then)
   */
  public int route(int skill, int channel, long now) {
    int agent = choose(skill, channel);
    if (agent >= 0) {
      reserve(agent, channel, now);
    }
    return agent;
  }

  /**
   * Whether an agent can take a ticket needing a skill on a channel now: eligible, skilled and
   * with free capacity on the channel.
   *
   * @param agent the agent
   * @param skill the skill
   * @param channel the channel
   * @return true if they can
   */
  public boolean canTake(int agent, int skill, int channel) {
    return eligible[agent] && (skillMask[agent] & (1L << skill)) != 0 && hasRoom(agent, channel);
  }

  /**
   * Reserves one unit of an agent's capacity on a channel: they hold one more conversation, were
   * routed one more ticket, and are idle from {@code now}.
   *
   * @param agent the agent
   * @param channel the channel
   * @param now when, in the unit of {@link #define}'s {@code idleFrom}
   * @throws IllegalStateException if the agent has no free capacity on the channel
   */
  public void reserve(int agent, int channel, long now) {
    if (!hasRoom(agent, channel)) {
      throw new IllegalStateException("agent " + agent + " has no free capacity on channel " + channel);
    }
    load[agent * channels + channel]++;
    total[agent]++;
    routed[agent]++;
    idleSince[agent] = now;
    refresh(agent);
  }

  /**
   * Releases one unit of an agent's capacity on a channel; the agent is idle from {@code now}.
   *
   * @param agent the agent
   * @param channel the channel
   * @param now when, in the unit of {@link #define}'s {@code idleFrom}
   * @throws IllegalStateException if the agent holds nothing on the channel
   */
  public void release(int agent, int channel, long now) {
    int i = agent * channels + channel;
    if (load[i] == 0) {
      throw new IllegalStateException("agent " + agent + " holds nothing on channel " + channel);
    }
    load[i]--;
    total[agent]--;
    idleSince[agent] = now;
    refresh(agent);
  }

  /**
   * How many conversations an agent holds on a channel.
   *
   * @param agent the agent
   * @param channel the channel
   * @return the count
   */
  public int load(int agent, int channel) {
    return load[agent * channels + channel];
  }

  /**
   * How many conversations an agent holds on every channel.
   *
   * @param agent the agent
   * @return the count
   */
  public int load(int agent) {
    return total[agent];
  }

  /**
   * An agent's capacity on a channel.
   *
   * @param agent the agent
   * @param channel the channel
   * @return the most conversations
   */
  public int capacity(int agent, int channel) {
    return capacity[agent * channels + channel];
  }

  /**
   * How many tickets an agent was routed so far.
   *
   * @param agent the agent
   * @return the count
   */
  public long routedCount(int agent) {
    return routed[agent];
  }

  private boolean hasRoom(int agent, int channel) {
    int i = agent * channels + channel;
    return load[i] < capacity[i];
  }

  private int bucket(int agent) {
    long b = ordering == Ordering.LEAST_LOADED ? total[agent] : routed[agent];
    if (b >= Integer.MAX_VALUE / 2) {
      throw new IllegalStateException("agent " + agent + " load beyond the kernel's range: " + b);
    }
    return (int) b;
  }

  /** Puts each of the agent's nodes where it belongs: linked at the tail of its bucket, or out. */
  private void refresh(int agent) {
    int from = firstNode[agent];
    int to = from + nodeCount[agent];
    boolean on = eligible[agent];
    int bucket = bucket(agent);
    int s = share[agent];
    for (int n = from; n < to; n++) {
      int pool = nodePool[n];
      Pool p = pools[pool];
      if (nodeLinked[n]) {
        p.unlink(n, s);
      }
      if (on && hasRoom(agent, pool % channels)) {
        if (p == null) {
          p = new Pool();
          pools[pool] = p;
        }
        p.link(n, agent, s, bucket);
      }
    }
  }

  private void checkAgent(int agent) {
    if (agent < 0 || agent >= agents) {
      throw new IllegalArgumentException("agent must be 0 to " + (agents - 1) + ", was " + agent);
    }
  }

  private void checkChannel(int channel) {
    if (channel < 0 || channel >= channels) {
      throw new IllegalArgumentException("channel must be 0 to " + (channels - 1) + ", was " + channel);
    }
  }

  /** Whether agent a comes before agent b: lower weighted load, then idle longer, then lower number. */
  private boolean before(int a, int b) {
    long ka = (long) bucket(a) * SCALE / weight[a];
    long kb = (long) bucket(b) * SCALE / weight[b];
    if (ka != kb) {
      return ka < kb;
    }
    long ia = idleSince[a];
    long ib = idleSince[b];
    if (ia != ib) {
      return ia < ib;
    }
    return a < b;
  }

  /** Whether, in one bucket, agent a goes after agent b: idle later, or as long and a higher number. */
  private boolean after(int a, int b) {
    long ia = idleSince[a];
    long ib = idleSince[b];
    return ia > ib || ia == ib && a > b;
  }

  /** One (skill, channel) pair: per share, buckets by load, each a doubly linked list of nodes. */
  private final class Pool {
    private final int[][] head = new int[MAX_SHARES][];
    private final int[][] tail = new int[MAX_SHARES][];
    private final int[] min = new int[MAX_SHARES];
    private final int[] size = new int[MAX_SHARES];

    int head(int s) {
      if (size[s] == 0) {
        return -1;
      }
      int[] h = head[s];
      int m = min[s];
      while (h[m] < 0) {
        m++;
      }
      min[s] = m;
      return nodeAgent[h[m]];
    }

    void link(int node, int agent, int s, int bucket) {
      ensure(s, bucket);
      int[] h = head[s];
      int[] t = tail[s];
      int after = t[bucket];
      while (after >= 0 && after(nodeAgent[after], agent)) {
        after = nodePrev[after];
      }
      int next = after < 0 ? h[bucket] : nodeNext[after];
      nodePrev[node] = after;
      nodeNext[node] = next;
      if (after < 0) {
        h[bucket] = node;
      } else {
        nodeNext[after] = node;
      }
      if (next < 0) {
        t[bucket] = node;
      } else {
        nodePrev[next] = node;
      }
      nodeLinked[node] = true;
      nodeBucket[node] = bucket;
      if (size[s]++ == 0 || bucket < min[s]) {
        min[s] = bucket;
      }
    }

    void unlink(int node, int s) {
      int bucket = nodeBucket[node];
      int prev = nodePrev[node];
      int next = nodeNext[node];
      if (prev < 0) {
        head[s][bucket] = next;
      } else {
        nodeNext[prev] = next;
      }
      if (next < 0) {
        tail[s][bucket] = prev;
      } else {
        nodePrev[next] = prev;
      }
      nodeLinked[node] = false;
      size[s]--;
    }

    private void ensure(int s, int bucket) {
      int[] h = head[s];
      if (h == null || h.length <= bucket) {
        int n = Math.max(16, Integer.highestOneBit(bucket) << 1);
        int old = h == null ? 0 : h.length;
        int[] nh = h == null ? new int[n] : java.util.Arrays.copyOf(h, n);
        int[] nt = h == null ? new int[n] : java.util.Arrays.copyOf(tail[s], n);
        java.util.Arrays.fill(nh, old, n, -1);
        java.util.Arrays.fill(nt, old, n, -1);
        head[s] = nh;
        tail[s] = nt;
      }
    }
  }
}
