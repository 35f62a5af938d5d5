package dev.kefu.spi.routing;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.Channel;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One agent's load: their reported presence and the conversations they hold. Routing reserves
 * capacity by writing the next version of this aggregate in the unit of work that assigns the
 * ticket, so a stale version (another instance reserved first) rejects the whole assignment and
 * no agent ever holds more than their capacity. In-memory indexes are only caches of it.
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return the next version.
 *
 * @param agent whose load
 * @param presence what the agent is doing, as last reported
 * @param presenceSince when that was reported to start
 * @param conversations the tickets held, oldest first, at most one per ticket
 * @param idleSince when the agent last had capacity freed or became available: the longest idle
 *     come first among equally loaded agents
 * @param routed how many tickets were routed to the agent, ever (the even spread of TK-12 and
 *     the team lead's share of ST-13 read it)
 * @param version 1 when first written
 */
public record AgentLoad(
    StaffId agent, Presence presence, Instant presenceSince, List<Conversation> conversations, Instant idleSince,
    long routed, long version) implements Aggregate {

  /** The aggregate type name of agent loads. */
  public static final String TYPE = "agent-load";

  /**
   * Creates a load.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the version is below 1, {@code routed} is negative or a
   *     ticket is held twice
   */
  public AgentLoad {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(presence, "presence");
    Objects.requireNonNull(presenceSince, "presenceSince");
    Objects.requireNonNull(idleSince, "idleSince");
    conversations = List.copyOf(conversations);
    if (version < 1) {
      throw new IllegalArgumentException("agent load version must be at least 1, was " + version);
    }
    if (routed < 0) {
      throw new IllegalArgumentException("routed must not be negative, was " + routed);
    }
    if (conversations.stream().map(Conversation::ticket).distinct().count() != conversations.size()) {
      throw new IllegalArgumentException("agent " + agent + " holds a ticket twice");
    }
  }

  /**
   * The first version of an agent's load: offline, holding nothing.
   *
   * @param agent the agent
   * @param at when it is first written
   * @return the load, version 1
   */
  public static AgentLoad first(StaffId agent, Instant at) {
    return new AgentLoad(agent, Presence.OFFLINE, at, List.of(), at, 0, 1);
  }

  /** @return how many conversations the agent holds, on every channel */
  public int load() {
    return conversations.size();
  }

  /**
   * How many conversations the agent holds on a channel.
   *
   * @param channel the channel
   * @return the count
   */
  public int load(Channel channel) {
    int n = 0;
    for (Conversation c : conversations) {
      if (c.channel() == channel) {
        n++;
      }
    }
    return n;
  }

  /**
   * The conversation of a ticket, if the agent holds it.
   *
   * @param ticket the ticket
   * @return the conversation
   */
  public Optional<Conversation> holding(TicketId ticket) {
    return conversations.stream().filter(c -> c.ticket().equals(ticket)).findFirst();
  }

  /**
   * The next version with another presence; becoming available makes the agent idle from then.
   *
   * @param next the presence
   * @param at when it started
   * @return the next version
   */
  public AgentLoad withPresence(Presence next, Instant at) {
    Instant idle = next == Presence.AVAILABLE && presence != Presence.AVAILABLE ? at : idleSince;
    return new AgentLoad(agent, next, at, conversations, idle, routed, version + 1);
  }

  /**
   * The next version holding one more conversation.
   *
   * @param conversation the conversation reserved
   * @return the next version
   * @throws IllegalArgumentException if the ticket is already held
   */
  public AgentLoad withReserved(Conversation conversation) {
    List<Conversation> more = new ArrayList<>(conversations);
    more.add(conversation);
    return new AgentLoad(agent, presence, presenceSince, more, idleSince, routed + 1, version + 1);
  }

  /**
   * The next version without a ticket's conversation; the agent is idle from then.
   *
   * @param ticket the ticket released
   * @param at when
   * @return the next version, or this one if the ticket is not held
   */
  public AgentLoad withReleased(TicketId ticket, Instant at) {
    if (holding(ticket).isEmpty()) {
      return this;
    }
    List<Conversation> fewer = new ArrayList<>(conversations);
    fewer.removeIf(c -> c.ticket().equals(ticket));
    return new AgentLoad(agent, presence, presenceSince, fewer, at, routed, version + 1);
  }

  @Override
  public String aggregateType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return agent.value();
  }
}
