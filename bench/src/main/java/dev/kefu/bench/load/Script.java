package dev.kefu.bench.load;

import static dev.kefu.bench.load.Action.ASSIGN;
import static dev.kefu.bench.load.Action.AWAIT_CUSTOMER;
import static dev.kefu.bench.load.Action.CLOSE;
import static dev.kefu.bench.load.Action.OPEN;
import static dev.kefu.bench.load.Action.REOPEN;
import static dev.kefu.bench.load.Action.RESOLVE;
import static dev.kefu.bench.load.Action.RESPOND;

import dev.kefu.spi.staff.StaffId;
import java.util.ArrayList;
import java.util.List;

/**
 * The lifecycles a ticket of the load test goes through, each with what it must leave behind:
 * the events of the ticket and of its SLA clocks, and the notifications, written out by hand from
 * the ticket lifecycle table (docs/tickets.md), the SLA rules (docs/sla.md) and the shop's policy
 * ({@link LoadShop}: first response 10 minutes, resolution 120, warning at 80%, team lead at the
 * breach, supervisor 30 minutes later). Nothing here is computed by kefu.
 *
 * <p>Times are minutes after the ticket's opening. Every command falls on a whole minute that is
 * no threshold's, so whether a timer or a command records a threshold, it is the same fact.
 */
enum Script {

  /** Answered and resolved in time: no timer fires. */
  PROMPT(steps(0, OPEN, 1, ASSIGN, 3, RESPOND, 30, RESOLVE, 40, CLOSE)) {
    @Override
    void expect(Expectation e) {
      e.opened().clockStarted("FIRST_RESPONSE/1").clockStarted("RESOLUTION/1");
      e.assigned();
      e.responded().clockFulfilled("FIRST_RESPONSE/1", false);
      e.resolved().clockFulfilled("RESOLUTION/1", false);
      e.event("ticket.closed");
    }
  },

  /** First answer after 15 minutes: warned at 8, breached at 10, escalated to the team lead. */
  SLOW_REPLY(steps(0, OPEN, 2, ASSIGN, 15, RESPOND, 60, RESOLVE, 70, CLOSE)) {
    @Override
    void expect(Expectation e) {
      e.opened().clockStarted("FIRST_RESPONSE/1").clockStarted("RESOLUTION/1");
      e.assigned();
      e.warned("FIRST_RESPONSE/1", 10, e.agent).breached("FIRST_RESPONSE/1", 10, e.agent).escalated("FIRST_RESPONSE/1", 1, e.lead);
      e.responded().clockFulfilled("FIRST_RESPONSE/1", true);
      e.resolved().clockFulfilled("RESOLUTION/1", false);
      e.event("ticket.closed");
    }
  },

  /**
   * Waits on the customer from minute 10 to 50: the resolution clock pauses for 40 minutes, so its
   * warning (96 counted minutes) falls at 136 and announces a due time of 160; resolved at 150.
   */
  PAUSED(steps(0, OPEN, 1, ASSIGN, 4, RESPOND, 10, AWAIT_CUSTOMER, 50, RESPOND, 150, RESOLVE, 160, CLOSE)) {
    @Override
    void expect(Expectation e) {
      e.opened().clockStarted("FIRST_RESPONSE/1").clockStarted("RESOLUTION/1");
      e.assigned();
      e.responded().clockFulfilled("FIRST_RESPONSE/1", false);
      e.event("ticket.awaiting-customer").event("sla.clock-paused RESOLUTION/1");
      e.responded().event("sla.clock-resumed RESOLUTION/1");
      e.warned("RESOLUTION/1", 160, e.agent);
      e.resolved().clockFulfilled("RESOLUTION/1", false);
      e.event("ticket.closed");
    }
  },

  /** Resolved after 200 minutes: warned at 96, breached at 120, both steps of the ladder fire. */
  BREACHED(steps(0, OPEN, 1, ASSIGN, 5, RESPOND, 200, RESOLVE, 210, CLOSE)) {
    @Override
    void expect(Expectation e) {
      e.opened().clockStarted("FIRST_RESPONSE/1").clockStarted("RESOLUTION/1");
      e.assigned();
      e.responded().clockFulfilled("FIRST_RESPONSE/1", false);
      e.warned("RESOLUTION/1", 120, e.agent).breached("RESOLUTION/1", 120, e.agent);
      e.escalated("RESOLUTION/1", 1, e.lead).escalated("RESOLUTION/1", 2, LoadShop.SUPERVISOR);
      e.resolved().clockFulfilled("RESOLUTION/1", true);
      e.event("ticket.closed");
    }
  },

  /** Resolved, reopened (a second resolution cycle), resolved again. */
  REOPENED(steps(0, OPEN, 1, ASSIGN, 3, RESPOND, 20, RESOLVE, 30, REOPEN, 35, RESPOND, 60, RESOLVE, 70, CLOSE)) {
    @Override
    void expect(Expectation e) {
      e.opened().clockStarted("FIRST_RESPONSE/1").clockStarted("RESOLUTION/1");
      e.assigned();
      e.responded().clockFulfilled("FIRST_RESPONSE/1", false);
      e.resolved().clockFulfilled("RESOLUTION/1", false);
      e.event("ticket.reopened").clockStarted("RESOLUTION/2");
      e.responded();
      e.resolved().clockFulfilled("RESOLUTION/2", false);
      e.event("ticket.closed");
    }
  },

  /**
   * Nobody takes it for 20 minutes: the first-response warning, breach and first escalation go to
   * the queue's lead; once assigned, the second step (minute 40) goes to the supervisor, and the
   * resolution warning (minute 96) to the agent; resolved at 100, in time.
   */
  UNATTENDED(steps(0, OPEN, 20, ASSIGN, 45, RESPOND, 100, RESOLVE, 110, CLOSE)) {
    @Override
    void expect(Expectation e) {
      e.opened().clockStarted("FIRST_RESPONSE/1").clockStarted("RESOLUTION/1");
      e.warned("FIRST_RESPONSE/1", 10, LoadShop.QUEUE_LEAD).breached("FIRST_RESPONSE/1", 10, LoadShop.QUEUE_LEAD);
      e.escalated("FIRST_RESPONSE/1", 1, LoadShop.QUEUE_LEAD);
      e.assigned();
      e.escalated("FIRST_RESPONSE/1", 2, LoadShop.SUPERVISOR);
      e.responded().clockFulfilled("FIRST_RESPONSE/1", true);
      e.warned("RESOLUTION/1", 120, e.agent);
      e.resolved().clockFulfilled("RESOLUTION/1", false);
      e.event("ticket.closed");
    }
  };

  /** Of every 20 tickets: 7 prompt, 4 slow replies, 3 paused, 2 breached, 2 reopened, 2 unattended. */
  private static final Script[] MIX = mix();

  final List<Step> steps;

  Script(List<Step> steps) {
    this.steps = steps;
  }

  /** Writes what a ticket of this script leaves behind into {@code e}. */
  abstract void expect(Expectation e);

  /** @return the script of ticket {@code i} */
  static Script of(int i) {
    return MIX[i % MIX.length];
  }

  /** @return the latest minute of any script's commands */
  static int longest() {
    int max = 0;
    for (Script s : values()) {
      max = Math.max(max, s.steps.get(s.steps.size() - 1).minute());
    }
    return max;
  }

  /** What ticket {@code i} must leave behind. */
  static Expectation expected(int i) {
    Expectation e = new Expectation(LoadShop.customerOf(i).value(), LoadShop.agentOf(i), LoadShop.leadOf(i));
    of(i).expect(e);
    return e;
  }

  private static Script[] mix() {
    List<Script> m = new ArrayList<>();
    add(m, PROMPT, 7);
    add(m, SLOW_REPLY, 4);
    add(m, PAUSED, 3);
    add(m, BREACHED, 2);
    add(m, REOPENED, 2);
    add(m, UNATTENDED, 2);
    return m.toArray(Script[]::new);
  }

  private static void add(List<Script> m, Script s, int n) {
    for (int k = 0; k < n; k++) {
      m.add(s);
    }
  }

  private static List<Step> steps(Object... minuteThenAction) {
    List<Step> steps = new ArrayList<>();
    for (int k = 0; k < minuteThenAction.length; k += 2) {
      steps.add(new Step((Integer) minuteThenAction[k], (Action) minuteThenAction[k + 1]));
    }
    return List.copyOf(steps);
  }

  /**
   * What one ticket must leave behind: its events and its notifications, each as a short text
   * ({@link Facts} writes what was found the same way), in no particular order.
   */
  static final class Expectation {
    final String customer;
    final StaffId agent;
    final StaffId lead;
    final List<String> events = new ArrayList<>();
    final List<String> notifications = new ArrayList<>();

    Expectation(String customer, StaffId agent, StaffId lead) {
      this.customer = customer;
      this.agent = agent;
      this.lead = lead;
    }

    Expectation event(String text) {
      events.add(text);
      return this;
    }

    /** Opening: the ticket, its first contact, the customer's acknowledgement. */
    Expectation opened() {
      event("ticket.opened").event("ticket.contact-logged");
      notifications.add(Facts.notification("ticket.opened", customer));
      return this;
    }

    /** The lead assigns the ticket to the agent, who is told. */
    Expectation assigned() {
      event("ticket.assigned");
      notifications.add(Facts.notification("ticket.assigned", agent.value()));
      return this;
    }

    /** An answer is a response and a logged contact. */
    Expectation responded() {
      return event("ticket.responded").event("ticket.contact-logged");
    }

    /** Resolution: the customer hears of it and gets the satisfaction survey (QA-8). */
    Expectation resolved() {
      event("ticket.resolved");
      notifications.add(Facts.notification("ticket.resolved", customer));
      notifications.add(Facts.notification("survey.csat", customer));
      return this;
    }

    Expectation clockStarted(String clock) {
      return event("sla.clock-started " + clock);
    }

    Expectation clockFulfilled(String clock, boolean breached) {
      return event("sla.clock-fulfilled " + clock + (breached ? " breached" : " met"));
    }

    Expectation warned(String clock, int dueMinute, StaffId to) {
      notifications.add(Facts.notification("sla.warning", to.value()));
      return event(Facts.warning(clock, dueMinute));
    }

    Expectation breached(String clock, int atMinute, StaffId to) {
      notifications.add(Facts.notification("sla.breached", to.value()));
      return event(Facts.breach(clock, atMinute));
    }

    Expectation escalated(String clock, int step, StaffId to) {
      notifications.add(Facts.notification("sla.escalated", to.value()));
      return event(Facts.escalation(clock, step, to.value()));
    }
  }
}
