package dev.kefu.spi.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlaClockTest {

  private static final Instant T0 = Instant.parse("2026-03-02T01:02:03.456789Z");
  private static final SlaClock.Terms TERMS = new SlaClock.Terms("p", SlaTarget.calendar(Duration.ofHours(1)), "shop",
      Duration.ofMinutes(48), List.of(EscalationStep.of(Duration.ZERO, Role.TEAM_LEAD)));

  private static SlaClock.Builder clock(String ticket) {
    return SlaClock.builder().ticket(TicketId.of(ticket)).customer(CustomerId.of("c")).metric(SlaMetric.RESOLUTION).cycle(2)
        .terms(TERMS).priority(Priority.values()[Priority.values().length - 1]).tier(Tier.values()[Tier.values().length - 1])
        .channel(Channel.values()[Channel.values().length - 1]).kind(TicketKind.values()[TicketKind.values().length - 1])
        .status(SlaClock.Status.RUNNING).version(1).addLog(new ClockEntry(ClockEntry.Kind.STARTED, T0, ""));
  }

  @Test
  @DisplayName("a clock gives back every value it was built with; its id names the ticket, the metric and the cycle")
  void values() {
    SlaClock c = clock("T-1").owner(StaffId.of("a")).breached(true).escalationsFired(255).build();

    assertThat(c.id()).isEqualTo("sla/T-1/RESOLUTION/2").isEqualTo(SlaClock.idOf(TicketId.of("T-1"), SlaMetric.RESOLUTION, 2));
    assertThat(c.aggregateId()).isSameAs(c.id());
    assertThat(c.ticket()).isEqualTo(TicketId.of("T-1"));
    assertThat(c.isOf("T-1")).isTrue();
    assertThat(c.isOf("T")).isFalse();
    assertThat(c.metric()).isEqualTo(SlaMetric.RESOLUTION);
    assertThat(c.cycle()).isEqualTo(2);
    assertThat(c.customer()).isEqualTo(CustomerId.of("c"));
    assertThat(c.terms()).isSameAs(TERMS);
    assertThat(List.of(c.policyId(), c.target(), c.calendarId(), c.warnAfter(), c.escalation()))
        .containsExactly("p", TERMS.target(), "shop", Duration.ofMinutes(48), TERMS.escalation());
    assertThat(c.priority()).isEqualTo(Priority.values()[Priority.values().length - 1]);
    assertThat(c.tier()).isEqualTo(Tier.values()[Tier.values().length - 1]);
    assertThat(c.channel()).isEqualTo(Channel.values()[Channel.values().length - 1]);
    assertThat(c.kind()).isEqualTo(TicketKind.values()[TicketKind.values().length - 1]);
    assertThat(c.owner()).contains(StaffId.of("a"));
    assertThat(c.status()).isEqualTo(SlaClock.Status.RUNNING);
    assertThat(c.breached()).isTrue();
    assertThat(c.escalationsFired()).isEqualTo(255);
    assertThat(c.log()).containsExactly(new ClockEntry(ClockEntry.Kind.STARTED, T0, ""));
    assertThat(c.startedAt()).isEqualTo(T0);
    assertThat(c.endedAt()).isEmpty();
    assertThat(c.warned()).isFalse();
    assertThat(c.version()).isEqualTo(1);
    assertThat(c.aggregateType()).isEqualTo(SlaClock.TYPE);
  }

  @Test
  @DisplayName("a ticket id with slashes in it is read back whole")
  void ticketWithSlashes() {
    SlaClock c = clock("a/b/c").build();
    assertThat(c.ticket()).isEqualTo(TicketId.of("a/b/c"));
    assertThat(c.isOf("a/b/c")).isTrue();
    assertThat(c.isOf("a")).isFalse();
    assertThat(c.isOf("a/b")).isFalse();
  }

  @Test
  @DisplayName("a changed clock shares its id and terms with the one before, and keeps the log before it")
  void changesShare() {
    SlaClock c = clock("T-1").build();
    Instant later = T0.plusSeconds(60);
    SlaClock warned = c.toBuilder().addLog(new ClockEntry(ClockEntry.Kind.WARNED, later, "due soon")).version(2).build();

    assertThat(warned.id()).isSameAs(c.id());
    assertThat(warned.terms()).isSameAs(c.terms());
    assertThat(warned.warned()).isTrue();
    assertThat(warned.log()).containsExactly(new ClockEntry(ClockEntry.Kind.STARTED, T0, ""),
        new ClockEntry(ClockEntry.Kind.WARNED, later, "due soon"));
    assertThat(warned.lastEntry()).isEqualTo(warned.log().get(1));
    assertThat(warned.logSize()).isEqualTo(2);
    assertThat(c.log()).as("the earlier version").hasSize(1);
    assertThat(warned.toBuilder().build()).isEqualTo(warned).hasSameHashCodeAs(warned);
    assertThat(warned.withVersion(3).version()).isEqualTo(3);
    assertThat(warned.withVersion(3).log()).isEqualTo(warned.log());
    assertThat(warned).isNotEqualTo(c);
  }

  @Test
  @DisplayName("setting one of the terms makes new terms; setting the ticket, metric or cycle makes a new id")
  void newTermsAndIds() {
    SlaClock c = clock("T-1").build();
    SlaClock retargeted = c.toBuilder().target(SlaTarget.business(Duration.ofHours(4))).build();
    assertThat(retargeted.target()).isEqualTo(SlaTarget.business(Duration.ofHours(4)));
    assertThat(retargeted.policyId()).isEqualTo("p");
    assertThat(retargeted.escalation()).isEqualTo(TERMS.escalation());
    SlaClock next = c.toBuilder().cycle(3).build();
    assertThat(next.id()).isEqualTo("sla/T-1/RESOLUTION/3");
    assertThat(c.toBuilder().ticket(TicketId.of("T-1")).build().id()).isSameAs(c.id());
  }

  @Test
  @DisplayName("a STARTED entry with a detail is kept as it is; replacing the log keeps only what is given")
  void startedWithDetail() {
    ClockEntry started = new ClockEntry(ClockEntry.Kind.STARTED, T0, "policy p, target PT1H calendar");
    ClockEntry paused = new ClockEntry(ClockEntry.Kind.PAUSED, T0.plusSeconds(5), "WAITING_ON_CUSTOMER");
    SlaClock c = clock("T-1").log(List.of(started, paused)).status(SlaClock.Status.PAUSED).build();

    assertThat(c.log()).containsExactly(started, paused);
    assertThat(c.toBuilder().addLog(new ClockEntry(ClockEntry.Kind.RESUMED, T0.plusSeconds(9), "")).build().log())
        .hasSize(3).startsWith(started, paused);
    assertThat(c.toBuilder().log(c.log().subList(0, 1)).build().log()).containsExactly(started);
  }

  @Test
  @DisplayName("a clock that breaks an invariant is not built, and the message says which")
  void invariants() {
    assertThatIllegalStateException().isThrownBy(() -> clock("T").version(0).build()).withMessageContaining("version");
    assertThatIllegalStateException().isThrownBy(() -> clock("T").cycle(0).build()).withMessageContaining("cycle");
    assertThatIllegalStateException().isThrownBy(() -> clock("T").log(List.of()).build()).withMessageContaining("STARTED");
    assertThatIllegalStateException().isThrownBy(() -> clock("T")
        .log(List.of(new ClockEntry(ClockEntry.Kind.PAUSED, T0, ""))).build()).withMessageContaining("STARTED");
    assertThatIllegalStateException().isThrownBy(() -> clock("T")
        .addLog(new ClockEntry(ClockEntry.Kind.PAUSED, T0.minusSeconds(1), "")).build()).withMessageContaining("time order");
    SlaClock c = clock("T").build();
    assertThatIllegalStateException().isThrownBy(() -> c.toBuilder()
        .addLog(new ClockEntry(ClockEntry.Kind.PAUSED, T0.minusSeconds(1), "")).build()).withMessageContaining("time order");
    assertThatIllegalStateException().isThrownBy(() -> clock("T").escalationsFired(256).build()).withMessageContaining("255");
    assertThatIllegalStateException().isThrownBy(() -> SlaClock.builder().build()).withMessageContaining("customer")
        .withMessageContaining("ticket").withMessageContaining("policyId");
  }

  @Test
  @DisplayName("the owner can be cleared, and the log view cannot be changed")
  void ownerAndLogView() {
    SlaClock c = clock("T").owner(StaffId.of("a")).build().toBuilder().owner(Optional.empty()).build();
    assertThat(c.owner()).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.log().add(c.log().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("withEntry makes the clock the builder makes, sharing the id, terms and earlier entries; it refuses an entry out of order")
  void withEntryIsTheBuildersClock() {
    SlaClock c = clock("T-1").owner(StaffId.of("a")).build();
    ClockEntry[] entries = {
        new ClockEntry(ClockEntry.Kind.WARNED, T0.plusSeconds(60), "due x"),
        new ClockEntry(ClockEntry.Kind.BREACHED, T0.plusSeconds(60), ""),
        new ClockEntry(ClockEntry.Kind.ESCALATED, T0.plusSeconds(90), "lead"),
        new ClockEntry(ClockEntry.Kind.PAUSED, T0.plusSeconds(91), "WAITING"),
        new ClockEntry(ClockEntry.Kind.RESUMED, T0.plusSeconds(95), "OPEN"),
        new ClockEntry(ClockEntry.Kind.FULFILLED, T0.plusSeconds(99), "")};
    SlaClock.Status[] statuses = {SlaClock.Status.RUNNING, SlaClock.Status.RUNNING, SlaClock.Status.RUNNING,
        SlaClock.Status.PAUSED, SlaClock.Status.RUNNING, SlaClock.Status.FULFILLED};
    SlaClock viaBuilder = c;
    SlaClock viaEntry = c;
    for (int i = 0; i < entries.length; i++) {
      boolean breached = i >= 1;
      int escalations = i >= 2 ? 1 : 0;
      viaBuilder = viaBuilder.toBuilder().addLog(entries[i]).status(statuses[i]).breached(breached).escalationsFired(escalations)
          .version(i + 2).build();
      viaEntry = viaEntry.withEntry(entries[i], statuses[i], breached, escalations, i + 2);
      assertThat(viaEntry).isEqualTo(viaBuilder).hasToString(viaBuilder.toString());
      assertThat(viaEntry.warned()).isTrue();
      assertThat(viaEntry.id()).isSameAs(c.id());
      assertThat(viaEntry.terms()).isSameAs(c.terms());
      assertThat(viaEntry.log().get(0)).isEqualTo(c.log().get(0));
    }
    SlaClock fulfilled = viaEntry;
    assertThat(fulfilled.endedAt()).contains(T0.plusSeconds(99));
    assertThatIllegalStateException().as("before the last entry")
        .isThrownBy(() -> fulfilled.withEntry(new ClockEntry(ClockEntry.Kind.STOPPED, T0, ""), SlaClock.Status.STOPPED, true, 1, 9));
    assertThatIllegalStateException().as("before the start")
        .isThrownBy(() -> c.withEntry(new ClockEntry(ClockEntry.Kind.PAUSED, T0.minusNanos(1), ""), SlaClock.Status.PAUSED, false, 0, 2));
    assertThatIllegalStateException().as("version 0")
        .isThrownBy(() -> c.withEntry(new ClockEntry(ClockEntry.Kind.PAUSED, T0, ""), SlaClock.Status.PAUSED, false, 0, 0));
    assertThatIllegalStateException().as("256 escalations")
        .isThrownBy(() -> c.withEntry(new ClockEntry(ClockEntry.Kind.ESCALATED, T0, ""), SlaClock.Status.RUNNING, true, 256, 2));
    SlaClock full = clock("T-2").log(List.of(new ClockEntry(ClockEntry.Kind.STARTED, T0, "policy p"))).build();
    ClockEntry warned = new ClockEntry(ClockEntry.Kind.WARNED, T0.plusSeconds(1), "due y");
    assertThat(full.withEntry(warned, SlaClock.Status.RUNNING, false, 0, 2))
        .isEqualTo(full.toBuilder().addLog(warned).version(2).build());
  }

  @Test
  @DisplayName("a log gives back every entry it was given, however long, whenever its instants fall, by builder or by withEntry")
  void logsOfEveryLengthAndTime() {
    ClockEntry.Kind[] kinds = ClockEntry.Kind.values();
    for (Instant start : List.of(T0, Instant.parse("1900-01-01T00:00:00.5Z"), Instant.parse("1969-12-31T23:59:59.999999999Z"),
        Instant.parse("2262-04-11T23:47:16.854775806Z"), Instant.MIN)) {
      for (int farAt : new int[] {0, 1, 5, 16, 17}) {
        for (String startDetail : List.of("", "policy p")) {
          List<ClockEntry> entries = new java.util.ArrayList<>(List.of(new ClockEntry(ClockEntry.Kind.STARTED, start, startDetail)));
          SlaClock appended = clock("T-9").log(entries).build();
          SlaClock previous = appended;
          for (int n = 1; n <= (farAt == 0 ? 20 : farAt); n++) {
            // the last entry far off (the end of time), past what a packed log holds, or none
            Instant at = n == farAt ? Instant.MAX : start.plusSeconds(n * 61L).plusNanos(n * 7);
            ClockEntry e = new ClockEntry(kinds[1 + n % (kinds.length - 1)], at, n % 3 == 0 ? "" : "detail " + n);
            entries.add(e);
            appended = appended.withEntry(e, SlaClock.Status.RUNNING, false, 0, appended.version() + 1);
            SlaClock built = clock("T-9").log(entries).version(appended.version()).build();
            SlaClock rebuilt = built.toBuilder().build();
            SlaClock added = previous.toBuilder().addLog(e).version(appended.version()).build();
            previous = added;
            for (SlaClock c : List.of(appended, built, rebuilt, added)) {
              assertThat(c.log()).as("%d entries from %s", n, start).containsExactlyElementsOf(entries);
              assertThat(c.logSize()).isEqualTo(entries.size());
              assertThat(c.lastEntry()).isEqualTo(e);
              for (int i = 0; i < entries.size(); i++) {
                assertThat(c.logKind(i)).isEqualTo(entries.get(i).kind());
                assertThat(c.logAt(i)).isEqualTo(entries.get(i).at());
              }
              assertThat(c.startedAt()).isEqualTo(start);
            }
            assertThat(appended).isEqualTo(built).hasSameHashCodeAs(built);
            assertThat(built).isEqualTo(rebuilt).isEqualTo(added);
            if (n != farAt) {
              SlaClock earlier = appended;
              assertThatIllegalStateException().isThrownBy(() -> earlier.withEntry(
                  new ClockEntry(ClockEntry.Kind.PAUSED, at.minusNanos(1), ""), SlaClock.Status.PAUSED, false, 0, earlier.version() + 1));
            }
          }
          SlaClock last = appended;
          org.assertj.core.api.Assertions.assertThatThrownBy(() -> last.log().get(last.logSize()))
              .isInstanceOf(IndexOutOfBoundsException.class);
          org.assertj.core.api.Assertions.assertThatThrownBy(() -> last.logKind(last.logSize()))
              .isInstanceOf(IndexOutOfBoundsException.class);
          org.assertj.core.api.Assertions.assertThatThrownBy(() -> last.logAt(-1))
              .isInstanceOf(IndexOutOfBoundsException.class);
        }
      }
    }
  }
}
