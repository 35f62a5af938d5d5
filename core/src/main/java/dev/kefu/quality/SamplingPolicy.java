package dev.kefu.quality;

import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which contacts QA reviews (QA-1). Each agent has a sampling rate — the base rate, or one set
 * for the agent — raised to the new-agent rate while the agent's first handled contact is less
 * than {@link #newAgentPeriod()} old, and to the after-complaint rate for
 * {@link #afterComplaintPeriod()} after a complaint naming the agent (one QA has not dismissed);
 * the highest rate that applies wins.
 *
 * <p>Whether a contact is sampled is decided without randomness or state: a hash of the seed,
 * the ticket id and the contact's sequence gives a draw in {@code [0, 1)}, and the contact is
 * sampled if the draw is below the rate. Several kefu instances with the same policy therefore
 * agree on every contact, and over many contacts the sampled share approaches the rate.
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return changed copies.
 */
public final class SamplingPolicy {

  private final long seed;
  private final double baseRate;
  private final Map<StaffId, Double> agentRates;
  private final double newAgentRate;
  private final Duration newAgentPeriod;
  private final double afterComplaintRate;
  private final Duration afterComplaintPeriod;

  private SamplingPolicy(long seed, double baseRate, Map<StaffId, Double> agentRates, double newAgentRate, Duration newAgentPeriod,
      double afterComplaintRate, Duration afterComplaintPeriod) {
    this.seed = seed;
    this.baseRate = baseRate;
    this.agentRates = Map.copyOf(agentRates);
    this.newAgentRate = newAgentRate;
    this.newAgentPeriod = newAgentPeriod;
    this.afterComplaintRate = afterComplaintRate;
    this.afterComplaintPeriod = afterComplaintPeriod;
  }

  /**
   * The defaults: 5% of contacts, 20% for an agent in their first 30 days, 25% for 14 days after
   * a complaint naming the agent; seed 0.
   *
   * @return the default policy
   */
  public static SamplingPolicy defaults() {
    return new SamplingPolicy(0L, 0.05, Map.of(), 0.20, Duration.ofDays(30), 0.25, Duration.ofDays(14));
  }

  private static double rate(String name, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be 0 to 1, was " + value);
    }
    return value;
  }

  private static Duration period(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
    return value;
  }

  /**
   * @param value the seed of the draws; instances that must agree use the same one
   * @return a copy with this seed
   */
  public SamplingPolicy withSeed(long value) {
    return new SamplingPolicy(value, baseRate, agentRates, newAgentRate, newAgentPeriod, afterComplaintRate, afterComplaintPeriod);
  }

  /**
   * @param value the share of an agent's contacts sampled when nothing raises it, 0 to 1
   * @return a copy with this base rate
   * @throws IllegalArgumentException if the rate is outside 0 to 1
   */
  public SamplingPolicy withBaseRate(double value) {
    return new SamplingPolicy(seed, rate("baseRate", value), agentRates, newAgentRate, newAgentPeriod, afterComplaintRate,
        afterComplaintPeriod);
  }

  /**
   * @param agent the agent
   * @param value the agent's own rate instead of the base rate, 0 to 1
   * @return a copy with this agent rate
   * @throws IllegalArgumentException if the rate is outside 0 to 1
   */
  public SamplingPolicy withAgentRate(StaffId agent, double value) {
    Objects.requireNonNull(agent, "agent");
    Map<StaffId, Double> rates = new HashMap<>(agentRates);
    rates.put(agent, rate("agent rate", value));
    return new SamplingPolicy(seed, baseRate, rates, newAgentRate, newAgentPeriod, afterComplaintRate, afterComplaintPeriod);
  }

  /**
   * @param rate the rate for a new agent, 0 to 1
   * @param period how long after their first handled contact an agent is new
   * @return a copy with this new-agent rule
   * @throws IllegalArgumentException if the rate is outside 0 to 1 or the period negative
   */
  public SamplingPolicy withNewAgents(double rate, Duration period) {
    return new SamplingPolicy(seed, baseRate, agentRates, rate("newAgentRate", rate), period("newAgentPeriod", period),
        afterComplaintRate, afterComplaintPeriod);
  }

  /**
   * @param rate the rate after a complaint naming the agent, 0 to 1
   * @param period how long after the complaint's registration it applies
   * @return a copy with this after-complaint rule
   * @throws IllegalArgumentException if the rate is outside 0 to 1 or the period negative
   */
  public SamplingPolicy withAfterComplaint(double rate, Duration period) {
    return new SamplingPolicy(seed, baseRate, agentRates, newAgentRate, newAgentPeriod, rate("afterComplaintRate", rate),
        period("afterComplaintPeriod", period));
  }

  /** @return the seed */
  public long seed() {
    return seed;
  }

  /** @return the base rate */
  public double baseRate() {
    return baseRate;
  }

  /**
   * @param agent the agent
   * @return the agent's own rate if one is set, else the base rate
   */
  public double agentRate(StaffId agent) {
    return agentRates.getOrDefault(agent, baseRate);
  }

  /** @return the new-agent rate */
  public double newAgentRate() {
    return newAgentRate;
  }

  /** @return how long an agent is new */
  public Duration newAgentPeriod() {
    return newAgentPeriod;
  }

  /** @return the after-complaint rate */
  public double afterComplaintRate() {
    return afterComplaintRate;
  }

  /** @return how long the after-complaint rate applies */
  public Duration afterComplaintPeriod() {
    return afterComplaintPeriod;
  }

  /**
   * Decides whether a contact is sampled.
   *
   * @param ticket the ticket
   * @param contact the contact's sequence
   * @param agent who handled it
   * @param at when the contact started
   * @param firstContactAt when the agent's first handled contact started, if known
   * @param lastComplaintAt when the latest complaint naming the agent (not dismissed) was
   *     registered, at or before {@code at}, if any
   * @return the decision
   * @throws NullPointerException if an argument is null
   */
  public SamplingDecision decide(TicketId ticket, int contact, StaffId agent, Instant at, Optional<Instant> firstContactAt,
      Optional<Instant> lastComplaintAt) {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(firstContactAt, "firstContactAt");
    Objects.requireNonNull(lastComplaintAt, "lastComplaintAt");
    double rate = agentRate(agent);
    String reason = "agent rate";
    boolean isNew = firstContactAt.map(f -> !at.isBefore(f) && Duration.between(f, at).compareTo(newAgentPeriod) < 0).orElse(true);
    if (isNew && newAgentRate > rate) {
      rate = newAgentRate;
      reason = "new agent";
    }
    boolean afterComplaint = lastComplaintAt.map(c -> !at.isBefore(c) && Duration.between(c, at).compareTo(afterComplaintPeriod) < 0)
        .orElse(false);
    if (afterComplaint && afterComplaintRate > rate) {
      rate = afterComplaintRate;
      reason = "after complaint";
    }
    double draw = draw(ticket, contact);
    return new SamplingDecision(ticket, contact, agent, at, rate, draw, draw < rate, reason);
  }

  /**
   * The contact's draw: FNV-1a over the seed, ticket id and sequence, finished with the
   * SplitMix64 mixer; the top 53 bits as a fraction. The same on every JVM.
   *
   * @param ticket the ticket
   * @param contact the sequence
   * @return a number in {@code [0, 1)}
   */
  double draw(TicketId ticket, int contact) {
    long h = 0xcbf29ce484222325L;
    for (byte b : (seed + ":" + ticket.value() + "#" + contact).getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h += 0x9e3779b97f4a7c15L;
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    h ^= h >>> 31;
    return (h >>> 11) * 0x1.0p-53;
  }

  @Override
  public String toString() {
    return "SamplingPolicy[seed=" + seed + ", base=" + baseRate + ", agents=" + agentRates.size() + ", new=" + newAgentRate + "/"
        + newAgentPeriod + ", afterComplaint=" + afterComplaintRate + "/" + afterComplaintPeriod + "]";
  }
}
