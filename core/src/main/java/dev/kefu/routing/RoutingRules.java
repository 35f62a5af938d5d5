package dev.kefu.routing;

import dev.kefu.spi.Channel;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How tickets are routed: the skill each ticket kind needs and, optionally, each channel; the
 * capacity per channel; the team leads' share (ST-13); promotions (TK-12); the queue's greeting
 * interval and handle time (TK-20); the absence before a handover (TK-15); the call limits
 * (TK-17). Start from {@link #defaults()} and change with the {@code with...} methods.
 *
 * <p>Immutable and thread-safe. The {@code with...} methods throw
 * {@link IllegalArgumentException} at once, naming the value, when it is out of range.
 */
public final class RoutingRules {

  private final Map<TicketKind, String> kindSkills;
  private final Map<Channel, String> channelSkills;
  private final Map<Channel, Integer> capacities;
  private final int leadSharePercent;
  private final List<Promotion> promotions;
  private final Duration greetEvery;
  private final Duration averageHandleTime;
  private final Duration handoverAfter;
  private final Duration callFlagAfter;
  private final Duration callEscalateAfter;
  private final Optional<StaffId> dispatcher;

  /**
   * A promotion: while it runs, new orders are spread evenly across the agents on duty (TK-12).
   *
   * @param from when it starts, inclusive
   * @param to when it ends, exclusive, after {@code from}
   */
  public record Promotion(Instant from, Instant to) {
    /**
     * Creates a promotion.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if it does not end after it starts
     */
    public Promotion {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (!to.isAfter(from)) {
        throw new IllegalArgumentException("a promotion must end after it starts: " + from + " to " + to);
      }
    }

    /**
     * @param at an instant
     * @return whether the promotion runs then
     */
    public boolean runsAt(Instant at) {
      return !at.isBefore(from) && at.isBefore(to);
    }
  }

  private RoutingRules(Map<TicketKind, String> kindSkills, Map<Channel, String> channelSkills,
      Map<Channel, Integer> capacities, int leadSharePercent, List<Promotion> promotions, Duration greetEvery,
      Duration averageHandleTime, Duration handoverAfter, Duration callFlagAfter, Duration callEscalateAfter,
      Optional<StaffId> dispatcher) {
    this.kindSkills = kindSkills;
    this.channelSkills = channelSkills;
    this.capacities = capacities;
    this.leadSharePercent = leadSharePercent;
    this.promotions = promotions;
    this.greetEvery = greetEvery;
    this.averageHandleTime = averageHandleTime;
    this.handoverAfter = handoverAfter;
    this.callFlagAfter = callFlagAfter;
    this.callEscalateAfter = callEscalateAfter;
    this.dispatcher = dispatcher;
  }

  /**
   * The defaults: each kind needs the skill of its name in lower case with hyphens
   * ({@code AFTER_SALE} needs {@code "after-sale"}); no channel needs a skill; capacity 3 on chat,
   * app and WeChat, 1 on the phone, 5 on e-mail, SMS and web forms; team leads at 30 % (ST-13); no
   * promotion; greeting every 2 minutes and 4 minutes' handle time (TK-20); handover after 5
   * minutes away, the default first-response target (TK-15); calls flagged after 3 minutes and
   * escalated after 5 (TK-17).
   *
   * @return the default rules
   */
  public static RoutingRules defaults() {
    Map<TicketKind, String> kinds = new EnumMap<>(TicketKind.class);
    for (TicketKind k : TicketKind.values()) {
      kinds.put(k, k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    Map<Channel, Integer> caps = new EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) {
      caps.put(c, switch (c) {
        case ONLINE_CHAT, APP, WECHAT -> 3;
        case PHONE -> 1;
        case EMAIL, SMS, WEB_FORM -> 5;
      });
    }
    return new RoutingRules(Collections.unmodifiableMap(kinds), Map.of(), Collections.unmodifiableMap(caps), 30, List.of(),
        Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(5), Duration.ofMinutes(3), Duration.ofMinutes(5),
        Optional.empty());
  }

  /**
   * @param kind a ticket kind
   * @return the skill it needs
   */
  public String skillFor(TicketKind kind) {
    return kindSkills.get(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * @param channel a channel
   * @return the skill an agent needs to serve it, if any
   */
  public Optional<String> skillFor(Channel channel) {
    return Optional.ofNullable(channelSkills.get(Objects.requireNonNull(channel, "channel")));
  }

  /**
   * @param channel a channel
   * @return how many conversations an agent holds on it at most
   */
  public int capacity(Channel channel) {
    return capacities.get(Objects.requireNonNull(channel, "channel"));
  }

  /** @return the share of work a team lead takes, in percent of an agent's (ST-13) */
  public int leadSharePercent() {
    return leadSharePercent;
  }

  /** @return the promotions (TK-12) */
  public List<Promotion> promotions() {
    return promotions;
  }

  /**
   * @param at an instant
   * @return whether a promotion runs then
   */
  public boolean promotionAt(Instant at) {
    return promotions.stream().anyMatch(p -> p.runsAt(at));
  }

  /** @return how often a waiting customer is greeted again (TK-20) */
  public Duration greetEvery() {
    return greetEvery;
  }

  /** @return the mean handle time of a conversation, for the expected wait (TK-20) */
  public Duration averageHandleTime() {
    return averageHandleTime;
  }

  /** @return how long an agent may be away before their tickets are handed over (TK-15) */
  public Duration handoverAfter() {
    return handoverAfter;
  }

  /** @return how long a call may run before it is flagged (TK-17) */
  public Duration callFlagAfter() {
    return callFlagAfter;
  }

  /** @return the member of staff as whom kefu routes new tickets by itself, if any */
  public Optional<StaffId> dispatcher() {
    return dispatcher;
  }

  /**
   * Rules under which kefu routes every new ticket without an owner by itself, and frees the
   * owner's capacity when a ticket is resolved or closed, acting as {@code dispatcher} — a member
   * of staff (a shift lead, or a service account with a lead's role) the host names for it. The
   * ticket's unit of work schedules the routing as due work, so it happens at the next
   * {@code runDueWork()}, once across instances, and survives a crash. Without a dispatcher the
   * host calls {@code route} and {@code release}.
   *
   * @param value the dispatcher
   * @return changed rules
   */
  public RoutingRules withDispatcher(StaffId value) {
    return new RoutingRules(kindSkills, channelSkills, capacities, leadSharePercent, promotions, greetEvery,
        averageHandleTime, handoverAfter, callFlagAfter, callEscalateAfter, Optional.of(java.util.Objects.requireNonNull(value, "value")));
  }

  /** @return how long a call may run before it is escalated to the team lead (TK-17) */
  public Duration callEscalateAfter() {
    return callEscalateAfter;
  }

  private static Duration positive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  /**
   * @param kind a ticket kind
   * @param skill the skill it needs, not blank
   * @return changed rules
   */
  public RoutingRules withSkill(TicketKind kind, String skill) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(skill, "skill");
    if (skill.isBlank()) {
      throw new IllegalArgumentException("the skill of " + kind + " must not be blank");
    }
    Map<TicketKind, String> m = new EnumMap<>(kindSkills);
    m.put(kind, skill);
    return new RoutingRules(Collections.unmodifiableMap(m), channelSkills, capacities, leadSharePercent, promotions,
        greetEvery, averageHandleTime, handoverAfter, callFlagAfter, callEscalateAfter, dispatcher);
  }

  /**
   * @param channel a channel
   * @param skill the skill an agent needs to serve it, not blank
   * @return changed rules
   */
  public RoutingRules withChannelSkill(Channel channel, String skill) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(skill, "skill");
    if (skill.isBlank()) {
      throw new IllegalArgumentException("the skill of channel " + channel + " must not be blank");
    }
    Map<Channel, String> m = new EnumMap<>(Channel.class);
    m.putAll(channelSkills);
    m.put(channel, skill);
    return new RoutingRules(kindSkills, Collections.unmodifiableMap(m), capacities, leadSharePercent, promotions,
        greetEvery, averageHandleTime, handoverAfter, callFlagAfter, callEscalateAfter, dispatcher);
  }

  /**
   * @param channel a channel
   * @param capacity how many conversations an agent holds on it at most, 0 to 100
   * @return changed rules
   */
  public RoutingRules withCapacity(Channel channel, int capacity) {
    Objects.requireNonNull(channel, "channel");
    if (capacity < 0 || capacity > 100) {
      throw new IllegalArgumentException("capacity on " + channel + " must be 0 to 100, was " + capacity);
    }
    Map<Channel, Integer> m = new EnumMap<>(capacities);
    m.put(channel, capacity);
    return new RoutingRules(kindSkills, channelSkills, Collections.unmodifiableMap(m), leadSharePercent, promotions,
        greetEvery, averageHandleTime, handoverAfter, callFlagAfter, callEscalateAfter, dispatcher);
  }

  /**
   * @param percent a team lead's share of an agent's work, 1 to 100 (ST-13)
   * @return changed rules
   */
  public RoutingRules withLeadShare(int percent) {
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("leadShare must be 1 to 100 percent, was " + percent);
    }
    return new RoutingRules(kindSkills, channelSkills, capacities, percent, promotions, greetEvery, averageHandleTime,
        handoverAfter, callFlagAfter, callEscalateAfter, dispatcher);
  }

  /**
   * @param promotion a promotion to add (TK-12)
   * @return changed rules
   */
  public RoutingRules withPromotion(Promotion promotion) {
    Objects.requireNonNull(promotion, "promotion");
    List<Promotion> m = new ArrayList<>(promotions);
    m.add(promotion);
    return new RoutingRules(kindSkills, channelSkills, capacities, leadSharePercent, List.copyOf(m), greetEvery,
        averageHandleTime, handoverAfter, callFlagAfter, callEscalateAfter, dispatcher);
  }

  /**
   * @param value how often a waiting customer is greeted again, positive (TK-20)
   * @return changed rules
   */
  public RoutingRules withGreetEvery(Duration value) {
    return new RoutingRules(kindSkills, channelSkills, capacities, leadSharePercent, promotions,
        positive("greetEvery", value), averageHandleTime, handoverAfter, callFlagAfter, callEscalateAfter, dispatcher);
  }

  /**
   * @param value the mean handle time, positive (TK-20)
   * @return changed rules
   */
  public RoutingRules withAverageHandleTime(Duration value) {
    return new RoutingRules(kindSkills, channelSkills, capacities, leadSharePercent, promotions, greetEvery,
        positive("averageHandleTime", value), handoverAfter, callFlagAfter, callEscalateAfter, dispatcher);
  }

  /**
   * @param value how long an agent may be away before their tickets are handed over, positive (TK-15)
   * @return changed rules
   */
  public RoutingRules withHandoverAfter(Duration value) {
    return new RoutingRules(kindSkills, channelSkills, capacities, leadSharePercent, promotions, greetEvery,
        averageHandleTime, positive("handoverAfter", value), callFlagAfter, callEscalateAfter, dispatcher);
  }

  /**
   * @param flagAfter when a call is flagged, positive
   * @param escalateAfter when it is escalated, after {@code flagAfter} (TK-17)
   * @return changed rules
   */
  public RoutingRules withCallLimits(Duration flagAfter, Duration escalateAfter) {
    positive("callFlagAfter", flagAfter);
    positive("callEscalateAfter", escalateAfter);
    if (escalateAfter.compareTo(flagAfter) <= 0) {
      throw new IllegalArgumentException("callEscalateAfter must come after callFlagAfter: " + flagAfter + ", " + escalateAfter);
    }
    return new RoutingRules(kindSkills, channelSkills, capacities, leadSharePercent, promotions, greetEvery,
        averageHandleTime, handoverAfter, flagAfter, escalateAfter, dispatcher);
  }

  /**
   * TK-17: what a phone call of a given length calls for.
   *
   * @param length how long it ran
   * @return {@link CallVerdict#WITHIN_LIMITS}, {@link CallVerdict#FLAGGED} past the flag limit, or
   *     {@link CallVerdict#ESCALATED} past the escalation limit
   */
  public CallVerdict judgeCall(Duration length) {
    Objects.requireNonNull(length, "length");
    if (length.compareTo(callEscalateAfter) > 0) {
      return CallVerdict.ESCALATED;
    }
    return length.compareTo(callFlagAfter) > 0 ? CallVerdict.FLAGGED : CallVerdict.WITHIN_LIMITS;
  }
}
