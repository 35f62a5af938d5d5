package dev.kefu.testkit.generators;

import static dev.kefu.testkit.generators.Values.after;
import static dev.kefu.testkit.generators.Values.oneIn;
import static dev.kefu.testkit.generators.Values.pick;

import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.sla.ClockEntry;
import dev.kefu.spi.sla.EscalationStep;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generators of SLA clocks whose log tells their story: it starts with STARTED, is in time order,
 * pauses and resumes in pairs, holds a BREACHED entry exactly when the clock is breached and one
 * ESCALATED entry per escalation fired, and ends as the status says (PAUSED, FULFILLED, STOPPED,
 * or anything but those while running).
 */
final class SlaGenerators {

  private static final List<EscalationStep> LADDER = List.of(EscalationStep.of(Duration.ZERO, Role.TEAM_LEAD),
      EscalationStep.of(Duration.ofHours(2), Role.SUPERVISOR), EscalationStep.of(Duration.ofHours(8), Role.SHOP_MANAGER));

  private SlaGenerators() {}

  static SlaClock clock(RandomGenerator random, Gen<TicketId> tickets, Gen<String> calendarIds) {
    SlaMetric metric = pick(random, List.of(SlaMetric.values()));
    SlaClock.Status status = pick(random, List.of(SlaClock.Status.values()));
    Duration target = Duration.ofMinutes(random.nextLong(5, 3 * 24 * 60));
    List<ClockEntry> log = new ArrayList<>();
    Instant at = Values.instant(random);
    log.add(new ClockEntry(ClockEntry.Kind.STARTED, at, ""));
    for (int pauses = random.nextInt(0, 3); pauses > 0; pauses--) {
      at = after(random, at, Duration.ofHours(4));
      log.add(new ClockEntry(ClockEntry.Kind.PAUSED, at, "waiting on customer"));
      at = after(random, at, Duration.ofHours(4));
      log.add(new ClockEntry(ClockEntry.Kind.RESUMED, at, ""));
    }
    boolean breached = oneIn(random, 3);
    int escalations = 0;
    if (breached) {
      at = after(random, at, Duration.ofHours(2));
      log.add(new ClockEntry(ClockEntry.Kind.WARNED, at, ""));
      at = after(random, at, Duration.ofHours(2));
      log.add(new ClockEntry(ClockEntry.Kind.BREACHED, at, ""));
      escalations = random.nextInt(0, LADDER.size() + 1);
      for (int i = 0; i < escalations; i++) {
        at = after(random, at, Duration.ofHours(4));
        log.add(new ClockEntry(ClockEntry.Kind.ESCALATED, at, LADDER.get(i).role().name()));
      }
    }
    switch (status) {
      case PAUSED -> log.add(new ClockEntry(ClockEntry.Kind.PAUSED, after(random, at, Duration.ofHours(1)), "waiting on customer"));
      case FULFILLED -> log.add(new ClockEntry(ClockEntry.Kind.FULFILLED, after(random, at, Duration.ofHours(1)), ""));
      case STOPPED -> log.add(new ClockEntry(ClockEntry.Kind.STOPPED, after(random, at, Duration.ofHours(1)), "ticket closed"));
      case RUNNING -> { }
    }
    return SlaClock.builder()
        .ticket(tickets.next(random))
        .metric(metric)
        .cycle(random.nextInt(1, 3))
        .customer(CustomerGenerators.customerId(random))
        .policyId(pick(random, List.of("standard", "vip", "complaints")))
        .target(oneIn(random, 2) ? SlaTarget.business(target) : SlaTarget.calendar(target))
        .calendarId(calendarIds.next(random))
        .warnAfter(target.multipliedBy(3).dividedBy(4))
        .escalation(LADDER)
        .priority(pick(random, List.of(Priority.values())))
        .tier(pick(random, List.of(Tier.values())))
        .channel(pick(random, List.of(Channel.values())))
        .kind(pick(random, List.of(TicketKind.values())))
        .owner(oneIn(random, 4) ? Optional.empty() : Optional.of(StaffGenerators.staffId(random)))
        .status(status)
        .breached(breached)
        .escalationsFired(escalations)
        .log(log)
        .version(log.size())
        .build();
  }
}
