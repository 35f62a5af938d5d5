package dev.kefu.kpi;

/**
 * The key performance indicators kefu computes per agent, team and period. Every KPI is a
 * {@link Measure}: a numerator and a denominator summed over the agents it covers, so a team's
 * figure is its agents' numerators summed over their denominators summed (a weighted mean, not a
 * mean of means). The period is {@code [from, to)}; "in the period" below means at or after
 * {@code from} and before {@code to}. A ratio with an empty denominator has no value (shown as
 * "no data"), never 0 or 100%.
 *
 * <p>An agent's contact is an entry of a ticket's contact log handled by the agent (TK-3), as it
 * stands after its corrections: an entry and the entries correcting it are one contact, and the
 * latest correction's handler, times and messages count.
 */
public enum Kpi {

  /**
   * Contacts handled: a count. Counts the agent's contacts whose start is in the period. No
   * denominator; 0 when there are none.
   */
  CONTACTS_HANDLED(Kind.COUNT, "contacts", ""),

  /**
   * Average handle time, in seconds. Numerator: the summed length ({@code end − start}) of the
   * agent's contacts that started in the period; denominator: how many there are (the
   * {@link #CONTACTS_HANDLED} count). No contacts: no value.
   */
  AVERAGE_HANDLE_TIME(Kind.MEAN, "s", ""),

  /**
   * First-contact resolution, a ratio. Denominator: tickets the agent resolved, counting a ticket
   * at its first resolution ({@code ticket.resolved} event by the agent) in the period. Numerator:
   * those of them whose log holds at most one contact with messages to the customer and that were
   * never reopened. No resolved tickets: no value.
   */
  FIRST_CONTACT_RESOLUTION(Kind.RATIO, "%", ""),

  /**
   * First-response SLA met, a ratio. Denominator: first-response SLA clocks fulfilled in the
   * period whose owner at fulfilment was the agent; numerator: those that never breached. The same
   * clocks as the SLA achievement report's agent rows. None fulfilled: no value.
   */
  FIRST_RESPONSE_SLA_MET(Kind.RATIO, "%", ""),

  /**
   * Resolution SLA met, a ratio: as {@link #FIRST_RESPONSE_SLA_MET} for the resolution clocks.
   */
  RESOLUTION_SLA_MET(Kind.RATIO, "%", ""),

  /**
   * CSAT, a ratio (QA-8). Denominator: survey answers given in the period for tickets the agent
   * owned at resolution; numerator: those scoring 4 or 5. No answers: no value.
   */
  CSAT(Kind.RATIO, "%", "QA-8"),

  /**
   * Complaint rate, a ratio. Numerator: complaints registered in the period naming the agent whose
   * record QA verified (CP-12); denominator: the agent's contacts in the period
   * ({@link #CONTACTS_HANDLED}). Not bounded by 1: a complaint about an agent who handled few
   * contacts in the period can raise it above. No contacts: no value.
   */
  COMPLAINT_RATE(Kind.RATIO, "%", "CP-12"),

  /**
   * Resolution rate, a ratio. Denominator: distinct tickets assigned to the agent in the period
   * ({@code ticket.assigned} to the agent); numerator: those of them the agent resolved after the
   * assignment and before the period's end. None assigned: no value.
   */
  RESOLUTION_RATE(Kind.RATIO, "%", ""),

  /**
   * Refund rate, a ratio (QA-7). Denominator: orders placed in the period (by the order's placing
   * time) that the agent took; numerator: those of them refunded, as known when the figure is
   * computed. No orders: no value. The shop-wide rate also counts orders no agent took
   * ({@link RefundRate}).
   */
  REFUND_RATE(Kind.RATIO, "%", "QA-7"),

  /**
   * QA score, a mean of 0 to 100 (QA-1). Numerator: the totals of the reviews of the agent's
   * contacts made in the period (by review time); denominator: how many reviews. No reviews: no
   * value.
   */
  QA_SCORE(Kind.MEAN, "points", "QA-1"),

  /**
   * Attendance, a ratio (ST-9). Denominator: the agent's rostered shifts starting in the period,
   * leaving out rest days and approved leave; numerator: those the agent attended (present or
   * late, not absent by ST-9). Needs the roster and state timelines ({@link Workforce}); none
   * rostered: no value.
   */
  ATTENDANCE(Kind.RATIO, "%", "ST-9"),

  /**
   * Adherence to the roster, a ratio. Denominator: the length of the agent's rostered shifts
   * starting in the period (leave and rest left out), in seconds; numerator: the time of those
   * shifts spent as rostered — at work, or on a break up to the shift's break allowance. Needs the
   * roster and timelines; none rostered: no value.
   */
  ADHERENCE(Kind.RATIO, "%", ""),

  /**
   * Occupancy, a ratio. Denominator: the agent's time available or busy in the period, from the
   * state timeline, in seconds; numerator: the time busy. Needs the timelines; never available or
   * busy: no value.
   */
  OCCUPANCY(Kind.RATIO, "%", "");

  /** How a KPI's value comes from its measure. */
  public enum Kind {
    /** The numerator is the value; there is no denominator. */
    COUNT,
    /** The numerator summed over the denominator counted: a mean. */
    MEAN,
    /** A share of the denominator, 0 to 1 (shown as a percentage). */
    RATIO
  }

  private final Kind kind;
  private final String unit;
  private final String ruleId;

  Kpi(Kind kind, String unit, String ruleId) {
    this.kind = kind;
    this.unit = unit;
    this.ruleId = ruleId;
  }

  /** @return how the value comes from the measure */
  public Kind kind() {
    return kind;
  }

  /** @return the unit of the value as shown: {@code "%"} for ratios, {@code "s"}, {@code "points"} or {@code "contacts"} */
  public String unit() {
    return unit;
  }

  /** @return the rule it serves, or empty */
  public String ruleId() {
    return ruleId;
  }

  /** @return the KPI's name in lower case with dashes, for example {@code "first-contact-resolution"} */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
