package dev.kefu.sla;

import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.sla.EscalationStep;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.TicketKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The shop's SLA policies: an ordered list, the first policy whose scope covers a ticket wins,
 * and a fallback covers the rest.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ordered the policies, most specific first
 * @param fallback the policy for tickets no other covers
 */
public record SlaPolicies(List<SlaPolicy> ordered, SlaPolicy fallback) {

  /** The default ladder: the team lead at breach, the supervisor 30 minutes later, the shop manager after 2 hours (TK-5). */
  public static final List<EscalationStep> DEFAULT_LADDER = List.of(
      EscalationStep.of(Duration.ZERO, Role.TEAM_LEAD),
      EscalationStep.of(Duration.ofMinutes(30), Role.SUPERVISOR),
      EscalationStep.of(Duration.ofHours(2), Role.SHOP_MANAGER));

  /**
   * Creates the policy list.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if two policies share an id
   */
  public SlaPolicies {
    ordered = List.copyOf(ordered);
    Objects.requireNonNull(fallback, "fallback");
    Set<String> ids = new HashSet<>();
    for (SlaPolicy p : ordered) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("two SLA policies have the id " + p.id());
      }
    }
    if (ids.contains(fallback.id())) {
      throw new IllegalArgumentException("the fallback shares its id with a policy: " + fallback.id());
    }
  }

  /**
   * The catalogue's defaults: first response to an online chat within 5 minutes of business
   * time (TK-4); cash-on-delivery confirmation within 30 minutes (TK-8), negative reviews settled
   * within 3 days (TK-10) and revisits within 3 days (RV-5), in calendar time; warnings at 80%;
   * the default escalation ladder. Everything else is the host's to configure.
   *
   * @return the default policies
   */
  public static SlaPolicies defaults() {
    SlaPolicy fallback = SlaPolicy.named("default")
        .withTarget(SlaMetric.COD_CONFIRMATION, SlaTarget.calendar(Duration.ofMinutes(30)))
        .withTarget(SlaMetric.NEGATIVE_REVIEW_RESOLUTION, SlaTarget.calendar(Duration.ofDays(3)))
        .withTarget(SlaMetric.REVISIT, SlaTarget.calendar(Duration.ofDays(3)))
        .withEscalation(DEFAULT_LADDER.toArray(EscalationStep[]::new));
    SlaPolicy chat = new SlaPolicy("online-chat", PolicyScope.everything().channels(Channel.ONLINE_CHAT),
        SlaPolicy.SHOP_CALENDAR, fallback.targets(), fallback.warning(), fallback.escalation())
        .withTarget(SlaMetric.FIRST_RESPONSE, SlaTarget.business(Duration.ofMinutes(5)));
    return new SlaPolicies(List.of(chat), fallback);
  }

  /**
   * A copy with a policy placed before the others.
   *
   * @param policy the policy
   * @return the new list
   */
  public SlaPolicies withFirst(SlaPolicy policy) {
    List<SlaPolicy> list = new ArrayList<>();
    list.add(policy);
    list.addAll(ordered);
    return new SlaPolicies(list, fallback);
  }

  /**
   * A copy with another fallback.
   *
   * @param policy the fallback
   * @return the new list
   */
  public SlaPolicies withFallback(SlaPolicy policy) {
    return new SlaPolicies(ordered, policy);
  }

  /**
   * The policy for a ticket: the first whose scope covers it, else the fallback.
   *
   * @param tier the customer's tier
   * @param channel the ticket's channel
   * @param kind the ticket's kind
   * @param priority the ticket's priority
   * @return the policy
   */
  public SlaPolicy match(Tier tier, Channel channel, TicketKind kind, Priority priority) {
    for (SlaPolicy p : ordered) {
      if (p.scope().covers(tier, channel, kind, priority)) {
        return p;
      }
    }
    return fallback;
  }

  /** @return every policy, the fallback last */
  public List<SlaPolicy> all() {
    List<SlaPolicy> all = new ArrayList<>(ordered);
    all.add(fallback);
    return List.copyOf(all);
  }
}
