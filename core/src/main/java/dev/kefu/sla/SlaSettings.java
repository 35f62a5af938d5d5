package dev.kefu.sla;

import dev.kefu.calendar.BusinessCalendar;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketKind;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the SLA engine is configured with: the policies, the business calendars by id, when
 * clocks pause, and the queue leads unassigned tickets escalate to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param policies the policies
 * @param calendars the business calendars by id; {@value SlaPolicy#SHOP_CALENDAR} must be among them
 * @param pauses when clocks pause
 * @param queueLeads the team lead of each kind's queue, for tickets nobody owns
 * @param defaultQueueLead the team lead for kinds without a queue of their own
 */
public record SlaSettings(
    SlaPolicies policies,
    Map<String, BusinessCalendar> calendars,
    PauseRules pauses,
    Map<TicketKind, StaffId> queueLeads,
    Optional<StaffId> defaultQueueLead) {

  /** Creates settings; maps are copied. */
  public SlaSettings {
    Objects.requireNonNull(policies, "policies");
    calendars = Map.copyOf(calendars);
    Objects.requireNonNull(pauses, "pauses");
    queueLeads = queueLeads.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(queueLeads));
    Objects.requireNonNull(defaultQueueLead, "defaultQueueLead");
  }

  /**
   * The defaults: {@link SlaPolicies#defaults()}, a 24/7 shop calendar in the shop's zone,
   * {@link PauseRules#defaults()}, no queue leads.
   *
   * @param shopZone the shop's zone
   * @return the settings
   */
  public static SlaSettings defaults(ZoneId shopZone) {
    return new SlaSettings(SlaPolicies.defaults(), Map.of(SlaPolicy.SHOP_CALENDAR, BusinessCalendar.alwaysOpen(shopZone)),
        PauseRules.defaults(), Map.of(), Optional.empty());
  }

  /**
   * @param value the policies
   * @return a copy with other policies
   */
  public SlaSettings withPolicies(SlaPolicies value) {
    return new SlaSettings(value, calendars, pauses, queueLeads, defaultQueueLead);
  }

  /**
   * @param id the calendar's id
   * @param calendar the calendar
   * @return a copy with this calendar added or replaced
   */
  public SlaSettings withCalendar(String id, BusinessCalendar calendar) {
    Map<String, BusinessCalendar> m = new HashMap<>(calendars);
    m.put(id, calendar);
    return new SlaSettings(policies, m, pauses, queueLeads, defaultQueueLead);
  }

  /**
   * @param value the pause rules
   * @return a copy with other pause rules
   */
  public SlaSettings withPauses(PauseRules value) {
    return new SlaSettings(policies, calendars, value, queueLeads, defaultQueueLead);
  }

  /**
   * @param kind a ticket kind
   * @param lead the team lead of its queue
   * @return a copy with this queue lead
   */
  public SlaSettings withQueueLead(TicketKind kind, StaffId lead) {
    Map<TicketKind, StaffId> m = new EnumMap<>(TicketKind.class);
    m.putAll(queueLeads);
    m.put(kind, lead);
    return new SlaSettings(policies, calendars, pauses, m, defaultQueueLead);
  }

  /**
   * @param lead the team lead for every queue without its own
   * @return a copy with this default queue lead
   */
  public SlaSettings withDefaultQueueLead(StaffId lead) {
    return new SlaSettings(policies, calendars, pauses, queueLeads, Optional.of(lead));
  }

  /**
   * @param kind a ticket kind
   * @return the team lead of its queue, if any
   */
  public Optional<StaffId> queueLead(TicketKind kind) {
    return Optional.ofNullable(queueLeads.get(kind)).or(() -> defaultQueueLead);
  }
}
