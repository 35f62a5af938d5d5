package dev.kefu.examples.shopday;

import dev.kefu.calendar.BusinessCalendar;
import dev.kefu.calendar.WorkingHours;
import dev.kefu.examples.shopday.Staffing.Shift;
import dev.kefu.sla.PolicyScope;
import dev.kefu.sla.SlaPolicies;
import dev.kefu.sla.SlaPolicy;
import dev.kefu.sla.SlaSettings;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.ticket.TicketKind;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The shop's service-level agreement, as kefu's SLA engine is configured with it.
 *
 * <ul>
 *   <li>The shop calendar ({@link SlaPolicy#SHOP_CALENDAR}) is the roster's two shifts, early
 *       08:30–18:00 and late 17:30–01:00 (ST-2), every day in the shop's zone: business time runs
 *       from 08:30 to 01:00 and stands still overnight.
 *   <li>Policies, the first that covers a ticket wins: complaints, shop-wide, are acknowledged
 *       within a business hour and resolved within a business day (the complaint loop's stage
 *       SLAs run on each complaint's ticket); revisit tickets keep only the catalogue's 3-day
 *       revisit duty (RV-5), since kefu plans them a day ahead; then VIP customers (CU-4) by
 *       channel, then one policy per channel; the catalogue's online-chat policy keeps its
 *       5-minute first response (TK-4). Every target counts business time; warnings come at 80%
 *       of the target; the catalogue's fallback, with its duty targets, covers the rest.
 *   <li>Every policy escalates a breach up the owner's reporting line with the default ladder
 *       (TK-5): the team lead at once, the supervisor 30 minutes later, the shop manager after 2
 *       hours.
 *   <li>A ticket nobody owns yet (an e-mail or app message waiting for the lead to assign it)
 *       warns and escalates to the early shift's lead, who runs the queue.
 * </ul>
 *
 * <p>Immutable.
 */
final class ShopSla {

  private ShopSla() {}

  /** A business day of the shop calendar: 08:30 to 01:00. */
  static final Duration BUSINESS_DAY = Duration.ofHours(16).plusMinutes(30);

  /** The metrics kefu keeps on every ticket a policy covers, in report order. */
  static final List<SlaMetric> TICKET_METRICS =
      List.of(SlaMetric.FIRST_RESPONSE, SlaMetric.NEXT_RESPONSE, SlaMetric.PERIODIC_UPDATE, SlaMetric.RESOLUTION);

  /**
   * The shop calendar: the early and the late shift, every day.
   *
   * @param zone the shop's zone
   * @return the calendar
   */
  static BusinessCalendar calendar(ZoneId zone) {
    return BusinessCalendar.builder(zone).everyDay(hours(Staffing.EARLY), hours(Staffing.LATE)).build();
  }

  private static WorkingHours hours(Shift shift) {
    return WorkingHours.of(shift.start(), shift.end());
  }

  /**
   * The policies, most specific first, over the catalogue's fallback.
   *
   * @return the policies
   */
  static SlaPolicies policies() {
    SlaPolicies catalogue = SlaPolicies.defaults();
    SlaPolicy fallback = catalogue.fallback();
    SlaPolicy chat = catalogue.ordered().stream().filter(p -> p.id().equals("online-chat")).findFirst()
        .orElseThrow(() -> new IllegalStateException("the catalogue has no online-chat policy"));
    PolicyScope vip = PolicyScope.everything().tiers(Tier.VIP);
    return new SlaPolicies(List.of(
        // the complaint loop's stage SLAs (CP-2 to CP-6): acknowledged at assessment, resolved at
        // the customer's acceptance or the rejection, whatever the channel or tier
        like(fallback, "complaints", PolicyScope.everything().kinds(TicketKind.COMPLAINT))
            .withTarget(SlaMetric.FIRST_RESPONSE, SlaTarget.business(hours(1)))
            .withTarget(SlaMetric.RESOLUTION, SlaTarget.business(BUSINESS_DAY)),
        // kefu opens a revisit's ticket when it plans the call, a day ahead: the channel's
        // response targets would breach long before the call is due, so revisits keep only
        // the catalogue's 3-day revisit duty (RV-5)
        like(fallback, "revisits", PolicyScope.everything().kinds(TicketKind.REVISIT)),
        targets(like(fallback, "vip-phone", vip.channels(Channel.PHONE)), minutes(8), minutes(30), hours(1), hours(4)),
        targets(like(fallback, "vip-email", vip.channels(Channel.EMAIL)), hours(1), hours(1), hours(2), hours(4)),
        targets(like(fallback, "vip", vip), minutes(2), minutes(15), minutes(30), hours(4)),
        // the catalogue's TK-4 first response stays; the shop adds the other targets
        targets(chat, chat.target(SlaMetric.FIRST_RESPONSE).orElseThrow().duration(), minutes(15), minutes(30),
            minutes(30)),
        targets(like(fallback, "phone", PolicyScope.everything().channels(Channel.PHONE)), minutes(10), hours(1),
            hours(1), hours(1)),
        targets(like(fallback, "app", PolicyScope.everything().channels(Channel.APP)), hours(1), hours(2), hours(2),
            hours(4)),
        targets(like(fallback, "email", PolicyScope.everything().channels(Channel.EMAIL)), hours(3), hours(4),
            hours(4), hours(8))),
        fallback);
  }

  /** A policy with the fallback's duty targets, warning rule and ladder, under another id and scope. */
  private static SlaPolicy like(SlaPolicy fallback, String id, PolicyScope scope) {
    return new SlaPolicy(id, scope, SlaPolicy.SHOP_CALENDAR, fallback.targets(), fallback.warning(),
        fallback.escalation());
  }

  private static SlaPolicy targets(SlaPolicy p, Duration firstResponse, Duration nextResponse, Duration periodicUpdate,
      Duration resolution) {
    return p.withTarget(SlaMetric.FIRST_RESPONSE, SlaTarget.business(firstResponse))
        .withTarget(SlaMetric.NEXT_RESPONSE, SlaTarget.business(nextResponse))
        .withTarget(SlaMetric.PERIODIC_UPDATE, SlaTarget.business(periodicUpdate))
        .withTarget(SlaMetric.RESOLUTION, SlaTarget.business(resolution));
  }

  private static Duration minutes(long n) {
    return Duration.ofMinutes(n);
  }

  private static Duration hours(long n) {
    return Duration.ofHours(n);
  }

  /**
   * The settings kefu is built with.
   *
   * @param staffing the roster, for the queue lead
   * @param zone the shop's zone
   * @return the settings
   */
  static SlaSettings settings(Staffing staffing, ZoneId zone) {
    return SlaSettings.defaults(zone)
        .withCalendar(SlaPolicy.SHOP_CALENDAR, calendar(zone))
        .withPolicies(policies())
        .withDefaultQueueLead(staffing.leadOf(Staffing.EARLY));
  }

  /**
   * Which tickets a policy covers, in words.
   *
   * @param p the policy
   * @return for example {@code VIP, phone}, or {@code every other ticket}
   */
  static String covers(SlaPolicy p) {
    List<String> parts = new java.util.ArrayList<>();
    p.scope().tiers().stream().sorted().forEach(t -> parts.add(t == Tier.VIP ? "VIP" : Summary.label(t)));
    p.scope().channels().stream().sorted().forEach(c -> parts.add(Summary.label(c)));
    p.scope().kinds().stream().sorted().forEach(k -> parts.add(Summary.label(k)));
    p.scope().priorities().stream().sorted().forEach(pr -> parts.add(Summary.label(pr) + " priority"));
    return parts.isEmpty() ? "every other ticket" : String.join(", ", parts);
  }
}
