package dev.kefu.sla;

import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.TicketKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which tickets a policy covers: by the customer's tier (CU-4), the channel, the ticket kind and
 * the priority. An empty set matches everything on that dimension.
 *
 * @param tiers the tiers, or empty for any
 * @param channels the channels, or empty for any
 * @param kinds the kinds, or empty for any
 * @param priorities the priorities, or empty for any
 */
public record PolicyScope(Set<Tier> tiers, Set<Channel> channels, Set<TicketKind> kinds, Set<Priority> priorities) {

  /** Creates a scope; the sets are copied. */
  public PolicyScope {
    tiers = Set.copyOf(tiers);
    channels = Set.copyOf(channels);
    kinds = Set.copyOf(kinds);
    priorities = Set.copyOf(priorities);
  }

  /** @return a scope that covers every ticket */
  public static PolicyScope everything() {
    return new PolicyScope(Set.of(), Set.of(), Set.of(), Set.of());
  }

  /**
   * @param first a tier
   * @param rest more tiers
   * @return this scope, restricted to these tiers
   */
  public PolicyScope tiers(Tier first, Tier... rest) {
    return new PolicyScope(EnumSet.of(first, rest), channels, kinds, priorities);
  }

  /**
   * @param first a channel
   * @param rest more channels
   * @return this scope, restricted to these channels
   */
  public PolicyScope channels(Channel first, Channel... rest) {
    return new PolicyScope(tiers, EnumSet.of(first, rest), kinds, priorities);
  }

  /**
   * @param first a kind
   * @param rest more kinds
   * @return this scope, restricted to these kinds
   */
  public PolicyScope kinds(TicketKind first, TicketKind... rest) {
    return new PolicyScope(tiers, channels, EnumSet.of(first, rest), priorities);
  }

  /**
   * @param first a priority
   * @param rest more priorities
   * @return this scope, restricted to these priorities
   */
  public PolicyScope priorities(Priority first, Priority... rest) {
    return new PolicyScope(tiers, channels, kinds, EnumSet.of(first, rest));
  }

  /**
   * Whether a ticket's facts fall in this scope.
   *
   * @param tier the customer's tier
   * @param channel the ticket's channel
   * @param kind the ticket's kind
   * @param priority the ticket's priority
   * @return true if every non-empty dimension contains the fact
   */
  public boolean covers(Tier tier, Channel channel, TicketKind kind, Priority priority) {
    return (tiers.isEmpty() || tiers.contains(tier))
        && (channels.isEmpty() || channels.contains(channel))
        && (kinds.isEmpty() || kinds.contains(kind))
        && (priorities.isEmpty() || priorities.contains(priority));
  }
}
