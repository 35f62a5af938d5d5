package dev.kefu.routing;

import java.util.Arrays;

/**
 * The routing decision kernel: which of the eligible agents who have a skill and free capacity
 * on a channel takes the next ticket. Agents, skills and channels are small integers; for each
 * (skill, channel) pair the kernel keeps an indexed binary heap of the agents who can take such a
 * ticket now, ordered by {@linkplain Ordering the ordering}, then longest idle, then agent number.
 * A decision is a look at the top of one heap; reserving or releasing capacity moves the agent in
 * the few heaps they belong to, O(k log n) for an agent in k heaps among n agents. Nothing is
 * allocated per decision.
 *
 * <p>The kernel is a cache: kefu builds one from the agents' stored loads and reserves what it
 * decides with a versioned write ({@link dev.kefu.spi.routing.AgentLoad}), deciding again if
 * another instance got there first. Agents with no capacity on a channel are never in its heaps,
 * and an agent whose load on a channel reaches their capacity leaves that channel's heaps until
 * capacity frees up, so the kernel never chooses an agent who is full, ineligible or unskilled.
 *
 * <p>Team leads take a share of the work (ST-13): an agent's load counts as
 * {@code load × 100 / weightPercent}, so a lead at 30 % sits behind agents until they carry more
 * than three times the lead's load.
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
  private final boolean[] eligible;
  private final long[] key;
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
    Arrays.fill(weight, 100);
    this.eligible = new boolean[agents];
    this.key = new long[agents];
    this.pools = new Pool[skills * channels];
  }

  /**
   * Defines an agent, not yet eligible; call before {@link #eligible(int, boolean)}.
   *
   * @param agent the agent's number
   * @param skillBits the skills the agent has, bit {@code s} for skill {@code s}
   * @param capacities the most conversations per channel, indexed by channel; copied
   * @param weightPercent the agent's share of work, 1 to 100 (100 for agents, the lead share
   *     for team leads, ST-13)
   * @param idleFrom when the agent became idle, any monotonic unit (epoch millis, a tick)
   * @throws IllegalArgumentException if a number is out of range or the agent is eligible
   */
  public void define(int agent, long skillBits, int[] capacities, int weightPercent, long idleFrom) {
    checkAgent(agent);
    if (eligible[agent]) {
      throw new IllegalArgumentException("agent " + agent + " is eligible; make them ineligible before redefining");
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
    skillMask[agent] = skillBits;
    for (int c = 0; c < channels; c++) {
      if (capacities[c] < 0) {
        throw new IllegalArgumentException("capacity must not be negative, was " + capacities[c]);
      }
      capacity[agent * channels + c] = capacities[c];
    }
    weight[agent] = weightPercent;
    idleSince[agent] = idleFrom;
    rekey(agent);
  }

  /**
   * Sets what an agent holds on a channel and how many tickets they were routed, as stored.
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
    rekey(agent);
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
    rekey(agent);
  }

  /**
   * Makes an agent eligible (on shift and taking work) or not.
   *
   * @param agent the agent
   * @param value whether they are eligible
   */
  public void eligible(int agent, boolean value) {
    checkAgent(agent);
    if (eligible[agent] == value) {
      return;
    }
    eligible[agent] = value;
    long bits = skillMask[agent];
    while (bits != 0) {
      int s = Long.numberOfTrailingZeros(bits);
      bits &= bits - 1;
      for (int c = 0; c < channels; c++) {
        if (value) {
          if (hasRoom(agent, c)) {
            pool(s, c).insert(agent);
          }
        } else {
          Pool p = pools[s * channels + c];
          if (p != null) {
            p.remove(agent);
          }
        }
      }
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
    return p == null || p.size == 0 ? -1 : p.heap[0];
  }

  /**
   * Chooses the agent for a ticket and reserves one unit of their capacity on the channel.
   *
   * @param skill the skill
   * @param channel the channel
   * @return the agent's number, or -1 if nobody can take it (nothing is reserved then)
   */
  public int route(int skill, int channel) {
    int agent = choose(skill, channel);
    if (agent >= 0) {
      reserve(agent, channel);
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
   * Reserves one unit of an agent's capacity on a channel: they hold one more conversation.
   *
   * @param agent the agent
   * @param channel the channel
   * @throws IllegalStateException if the agent has no free capacity on the channel
   */
  public void reserve(int agent, int channel) {
    if (!hasRoom(agent, channel)) {
      throw new IllegalStateException("agent " + agent + " has no free capacity on channel " + channel);
    }
    load[agent * channels + channel]++;
    total[agent]++;
    routed[agent]++;
    rekey(agent);
    if (eligible[agent]) {
      boolean full = !hasRoom(agent, channel);
      long bits = skillMask[agent];
      while (bits != 0) {
        int s = Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        int base = s * channels;
        for (int c = 0; c < channels; c++) {
          Pool p = pools[base + c];
          if (p != null && p.pos[agent] != 0) {
            if (full && c == channel) {
              p.remove(agent);
            } else {
              p.down(p.pos[agent] - 1); // the key only grew
            }
          }
        }
      }
    }
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
    boolean wasFull = !hasRoom(agent, channel);
    load[i]--;
    total[agent]--;
    idleSince[agent] = now;
    rekey(agent);
    if (eligible[agent]) {
      long bits = skillMask[agent];
      while (bits != 0) {
        int s = Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        int base = s * channels;
        for (int c = 0; c < channels; c++) {
          if (wasFull && c == channel) {
            pool(s, c).insert(agent);
            continue;
          }
          Pool p = pools[base + c];
          if (p != null && p.pos[agent] != 0) {
            int at = p.pos[agent] - 1;
            p.up(at);
            p.down(p.pos[agent] - 1); // idle time moved later: it may have to go down on a tie
          }
        }
      }
    }
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

  private void rekey(int agent) {
    long primary = ordering == Ordering.LEAST_LOADED ? total[agent] : routed[agent];
    key[agent] = primary * SCALE / weight[agent];
  }

  private Pool pool(int skill, int channel) {
    int i = skill * channels + channel;
    Pool p = pools[i];
    if (p == null) {
      p = new Pool(agents);
      pools[i] = p;
    }
    return p;
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

  /** Whether agent a comes before agent b: lower key, then idle longer, then lower number. */
  private boolean before(int a, int b) {
    long ka = key[a];
    long kb = key[b];
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

  /** An indexed binary min-heap of agents; {@code pos[a]} is a's index + 1, 0 if absent. */
  private final class Pool {
    private int[] heap = new int[8];
    private int size;
    private final int[] pos;

    Pool(int agents) {
      pos = new int[agents];
    }

    void insert(int agent) {
      if (pos[agent] != 0) {
        return;
      }
      if (size == heap.length) {
        heap = Arrays.copyOf(heap, size * 2);
      }
      heap[size] = agent;
      pos[agent] = size + 1;
      up(size++);
    }

    void remove(int agent) {
      int p = pos[agent];
      if (p == 0) {
        return;
      }
      int i = p - 1;
      pos[agent] = 0;
      int last = heap[--size];
      if (i < size) {
        heap[i] = last;
        pos[last] = i + 1;
        up(i);
        down(pos[last] - 1);
      }
    }

    void up(int i) {
      int a = heap[i];
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        int b = heap[parent];
        if (!before(a, b)) {
          break;
        }
        heap[i] = b;
        pos[b] = i + 1;
        i = parent;
      }
      heap[i] = a;
      pos[a] = i + 1;
    }

    void down(int i) {
      int a = heap[i];
      int half = size >>> 1;
      while (i < half) {
        int child = 2 * i + 1;
        int c = heap[child];
        int right = child + 1;
        if (right < size && before(heap[right], c)) {
          child = right;
          c = heap[child];
        }
        if (!before(c, a)) {
          break;
        }
        heap[i] = c;
        pos[c] = i + 1;
        i = child;
      }
      heap[i] = a;
      pos[a] = i + 1;
    }
  }
}
