package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kefu.duty.Duty;
import dev.kefu.duty.DutySchedule;
import dev.kefu.spi.Channel;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.revisit.RevisitQuery;
import dev.kefu.spi.sla.ClockEntry;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaClockQuery;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Many kefu instances over one database (issue 8), running due work and delivering notifications
 * at the same moment from their own threads, each with its own storage, data source, clock and
 * instance id: each SLA threshold, revisit reminder and duty occurrence fires once, and each
 * notification is delivered once.
 */
abstract class ManyInstancesDueWorkProperties {

  private static final List<Channel> CHANNELS = List.of(Channel.EMAIL, Channel.ONLINE_CHAT, Channel.PHONE);
  /** A duty of the test's own, at noon every day: its occurrences are easy to count by hand. */
  private static final Duty NOON = Duty.of("noon-check", DutySchedule.everyDayAt(LocalTime.NOON));
  /** The id of kefu's member revisit duty (RV-3, RV-6), kept in kefu-core's internals. */
  private static final String MEMBER_DUTY = "member-revisits";

  private final AtOnce atOnce = new AtOnce();

  /** @return the database the test runs on */
  protected abstract Database database();

  /** @return how many generated examples each property checks */
  protected abstract int examples();

  @AfterEach
  void stopThreads() {
    atOnce.close();
  }

  @Test
  @DisplayName("instances running due work and delivering at once: each SLA threshold, revisit reminder and duty occurrence fires once, each notification is delivered once")
  void dueWorkFiresOnceAcrossInstances() {
    qt().withExamples(examples()).forAll(
            integers().between(2, 3),
            integers().between(1, 3),
            integers().between(0, 1),
            lists().of(integers().between(0, 1190)).ofSizeBetween(1, 6))
        .checkAssert(this::dueWorkFiresOnce);
  }

  private void dueWorkFiresOnce(int instances, int tickets, int complaints, List<Integer> pauses) {
    TestClock clock = new TestClock(Shop.START);
    CountingChannel channel = CountingChannel.delivering(clock);
    Fleet fleet = new Fleet(database().fresh(instances), channel, clock, (i, b) -> b.duty(NOON).batchSize(2));
    Shop.register(fleet.get(0), "c");
    List<Ticket> opened = new ArrayList<>();
    for (int i = 0; i < tickets; i++) {
      opened.add(Shop.open(fleet.get(i), "c", CHANNELS.get(i % CHANNELS.size())));
    }
    for (int i = 0; i < complaints; i++) {
      Shop.acceptedComplaint(fleet.get(i + 1), "c");
    }
    Instant firstRun = null;
    for (int seconds : pauses) {
      fleet.advance(Duration.ofSeconds(seconds));
      firstRun = firstRun == null ? fleet.now() : firstRun;
      fleet.runDueWork(atOnce);
      fleet.deliverNotifications(atOnce);
    }
    fleet.advance(Duration.ofDays(2)); // past every threshold, the revisits' reminders and two noons
    fleet.runDueWork(atOnce);
    for (int round = 0; round < 5 && !Fired.outbox(fleet.storage, OutboxEntry.Status.PENDING).isEmpty(); round++) {
      fleet.deliverNotifications(atOnce);
    }

    List<DomainEvent> events = Fired.events(fleet.storage);
    Map<Fired.Threshold, Long> thresholds = Fired.thresholds(events);
    for (Ticket t : opened) {
      for (SlaMetric metric : List.of(SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION)) {
        assertThat(Fired.ofClock(thresholds, t.id(), metric)).as("%s of a ticket nobody answered", metric)
            .isEqualTo(Fired.everyThresholdOnce(t.id(), metric));
      }
    }
    assertThat(thresholds.values()).as("no SLA threshold fired twice").allMatch(n -> n == 1L);
    for (SlaClock c : fleet.storage.slaClocks().list(SlaClockQuery.all(), PageRequest.first(PageRequest.MAX_LIMIT)).items()) {
      long logged = c.log().stream().filter(e -> e.kind() == ClockEntry.Kind.WARNED || e.kind() == ClockEntry.Kind.BREACHED
          || e.kind() == ClockEntry.Kind.ESCALATED).count();
      long fired = thresholds.keySet().stream().filter(k -> k.clockId().equals(c.id())).count();
      assertThat(fired).as("events of clock %s, as its log has them", c.id()).isEqualTo(logged);
    }

    Map<Fired.Occurrence, Long> occurrences = Fired.occurrences(events);
    assertThat(occurrences.values()).as("no duty occurrence fired twice").allMatch(n -> n == 1L);
    assertThat(occurrences.keySet().stream().filter(o -> o.dutyId().equals(NOON.id())).map(Fired.Occurrence::at).sorted().toList())
        .as("every noon between the first run and now, once").isEqualTo(noonsBetween(firstRun, fleet.now()));

    List<Revisit> revisits = fleet.storage.revisits().list(RevisitQuery.all(), PageRequest.first(100)).items();
    assertThat(revisits).as("one revisit per accepted complaint").hasSize(complaints);
    List<Notification> delivered = channel.attempts().stream().filter(CountingChannel.Attempt::delivered)
        .map(CountingChannel.Attempt::notification).toList();
    for (Revisit r : revisits) {
      assertThat(delivered).as("reminders of revisit %s", r.id())
          .filteredOn(n -> n.templateKey().equals("revisit.due") && r.id().equals(n.parameters().get("revisitId"))).hasSize(1);
    }

    assertThat(Fired.outbox(fleet.storage, OutboxEntry.Status.PENDING)).as("pending").isEmpty();
    assertThat(Fired.outbox(fleet.storage, OutboxEntry.Status.DEAD)).as("parked").isEmpty();
    Map<String, Integer> expected = Fired.outbox(fleet.storage, OutboxEntry.Status.DELIVERED).stream()
        .collect(Collectors.toMap(e -> e.message().notification().idempotencyKey(), e -> 1));
    assertThat(channel.deliveries()).as("each message of the outbox delivered once, nothing else").isEqualTo(expected);
    long slaNotices = delivered.stream().filter(n -> n.templateKey().startsWith("sla.")).count();
    assertThat(slaNotices).as("one notice per SLA threshold").isEqualTo(thresholds.size());
  }

  @Test
  @DisplayName("RV-3: instances running due work at once on the 15th plan the member campaign once: one revisit per member, each reminded once")
  void memberCampaignRunsOnceAcrossInstances() {
    qt().withExamples(Math.max(2, examples() / 2)).forAll(integers().between(2, 3), integers().between(1, 3))
        .checkAssert(this::memberCampaignRunsOnce);
  }

  private void memberCampaignRunsOnce(int instances, int members) {
    Instant campaign = ZonedDateTime.of(LocalDate.of(2026, 3, 15), LocalTime.of(10, 0), Shop.ZONE).toInstant();
    TestClock clock = new TestClock(campaign.minus(Duration.ofMinutes(30)));
    CountingChannel channel = CountingChannel.delivering(clock);
    Fleet fleet = new Fleet(database().fresh(instances), channel, clock, (i, b) -> b.batchSize(2));
    for (int m = 0; m < members; m++) {
      Shop.registerMember(fleet.get(m), "member-" + m);
    }
    fleet.runDueWork(atOnce); // schedules the campaign for 10:00
    fleet.advance(Duration.ofHours(1));
    fleet.runDueWork(atOnce);
    for (int round = 0; round < 5 && !Fired.outbox(fleet.storage, OutboxEntry.Status.PENDING).isEmpty(); round++) {
      fleet.deliverNotifications(atOnce);
    }

    assertThat(Fired.occurrences(Fired.events(fleet.storage))).as("the campaign's duty")
        .containsEntry(new Fired.Occurrence(MEMBER_DUTY, campaign), 1L);
    List<Revisit> revisits = fleet.storage.revisits().list(RevisitQuery.all().withCampaign("members-2026-03-15"),
        PageRequest.first(100)).items();
    assertThat(revisits).extracting(r -> r.customer().value()).as("one revisit per member")
        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, members).mapToObj(m -> "member-" + m).toList());
    List<Notification> reminders = channel.attempts().stream().filter(CountingChannel.Attempt::delivered)
        .map(CountingChannel.Attempt::notification).filter(n -> n.templateKey().equals("revisit.due")).toList();
    assertThat(reminders).extracting(n -> n.parameters().get("revisitId")).as("one reminder per revisit")
        .containsExactlyInAnyOrderElementsOf(revisits.stream().map(Revisit::id).toList());
  }

  /** Each noon in the shop's zone after {@code from}, up to and including {@code to}. */
  private static List<Instant> noonsBetween(Instant from, Instant to) {
    List<Instant> noons = new ArrayList<>();
    for (LocalDate d = LocalDate.ofInstant(from, Shop.ZONE); !d.isAfter(LocalDate.ofInstant(to, Shop.ZONE)); d = d.plusDays(1)) {
      Instant noon = ZonedDateTime.of(d, LocalTime.NOON, Shop.ZONE).toInstant();
      if (noon.isAfter(from) && !noon.isAfter(to)) {
        noons.add(noon);
      }
    }
    return noons;
  }
}
