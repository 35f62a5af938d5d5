package dev.kefu.duty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.calendar.BusinessCalendar;
import dev.kefu.calendar.WorkingHours;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.sla.SlaPolicy;
import dev.kefu.sla.SlaSettings;
import dev.kefu.spi.event.DutyDue;
import dev.kefu.test.TestShop;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The duty scheduler, proved with synthetic duties. */
class DutySchedulerTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** Shop A (ST-2): early 08:30-18:00, late 17:30-01:00, Monday to Saturday; closed on 2026-03-04. */
  private static final BusinessCalendar SHOP_A = BusinessCalendar.builder(SHANGHAI)
      .weekly(java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.SATURDAY),
          WorkingHours.parse("08:30-18:00"), WorkingHours.parse("17:30-01:00"))
      .holiday(LocalDate.of(2026, 3, 4))
      .build();

  private static Instant local(String dateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(dateTime), SHANGHAI).toInstant();
  }

  private static TestShop shop(InMemoryStorage storage, Consumer<dev.kefu.Kefu.Builder> duties) {
    return new TestShop(storage, b -> {
      b.sla(SlaSettings.defaults(SHANGHAI).withCalendar(SlaPolicy.SHOP_CALENDAR, SHOP_A));
      duties.accept(b);
    });
  }

  private static List<DutyDue> fired(TestShop s, String duty) {
    return s.storage.eventLog().readAfter(0, 100_000).stream().map(e -> e.event())
        .filter(DutyDue.class::isInstance).map(DutyDue.class::cast).filter(d -> d.dutyId().equals(duty)).toList();
  }

  /** Runs due work every 10 minutes of simulated time up to {@code until}. */
  private static void runUntil(TestShop s, Instant until) {
    while (s.clock.instant().isBefore(until)) {
      s.clock.advance(Duration.ofMinutes(10));
      s.kefu.runDueWork();
    }
  }

  @Test
  @DisplayName("every working day at 16:00 (TK-7's payment reminders): not on the holiday, not on Sunday")
  void workingDaysAt() {
    TestShop s = shop(new InMemoryStorage(), b -> b.duty(Duty.of("reminders", DutySchedule.workingDaysAt(LocalTime.of(16, 0)))));
    runUntil(s, local("2026-03-09T00:00")); // Monday 2 March to Sunday 8 March
    assertThat(fired(s, "reminders")).extracting(DutyDue::occurrence).containsExactly(
        local("2026-03-02T16:00"), local("2026-03-03T16:00"), local("2026-03-05T16:00"),
        local("2026-03-06T16:00"), local("2026-03-07T16:00"));
    assertThat(fired(s, "reminders")).extracting(d -> d.meta().aggregateVersion()).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  @DisplayName("by a deadline (TK-9's shipping notices by 20:30): due a lead time before, with the deadline in the event")
  void byDeadline() {
    TestShop s = shop(new InMemoryStorage(), b -> b.duty(Duty.of("shipping", DutySchedule.workingDaysBy(LocalTime.of(20, 30), Duration.ofMinutes(45)))));
    runUntil(s, local("2026-03-04T00:00"));
    assertThat(fired(s, "shipping")).extracting(DutyDue::occurrence).containsExactly(local("2026-03-02T19:45"), local("2026-03-03T19:45"));
    assertThat(fired(s, "shipping")).extracting(d -> d.deadline().orElseThrow()).containsExactly(local("2026-03-02T20:30"), local("2026-03-03T20:30"));
  }

  @Test
  @DisplayName("ST-2: at the start of each shift, the late one included (TK-16's worklists)")
  void shiftStarts() {
    TestShop s = shop(new InMemoryStorage(), b -> b.duty(Duty.of("worklist", DutySchedule.atShiftStarts(WorkingHours.parse("08:30-18:00"), WorkingHours.parse("17:30-01:00")))));
    runUntil(s, local("2026-03-04T12:00"));
    assertThat(fired(s, "worklist")).extracting(DutyDue::occurrence).containsExactly(
        local("2026-03-02T17:30"), local("2026-03-03T08:30"), local("2026-03-03T17:30")); // the shop opened at 10:00 on the 2nd
  }

  @Test
  @DisplayName("on the 1st and 15th (RV-6's member revisits), working day or not")
  void daysOfMonth() {
    TestShop s = shop(new InMemoryStorage(), b -> b.duty(Duty.of("revisits", DutySchedule.daysOfMonthAt(LocalTime.of(9, 0), 1, 15))));
    s.clock.set(local("2026-03-01T10:00"));
    for (int day = 0; day < 62; day++) {
      s.clock.advance(Duration.ofDays(1));
      s.kefu.runDueWork();
    }
    assertThat(fired(s, "revisits")).extracting(DutyDue::occurrence).containsExactly(
        local("2026-03-15T09:00"), local("2026-04-01T09:00"), local("2026-04-15T09:00"), local("2026-05-01T09:00"));
  }

  @Test
  @DisplayName("occurrences missed while no instance ran are caught up one by one, in order")
  void catchUp() {
    TestShop s = shop(new InMemoryStorage(), b -> b.duty(Duty.of("reminders", DutySchedule.workingDaysAt(LocalTime.of(16, 0)))));
    s.kefu.runDueWork(); // schedules the first occurrence
    s.clock.set(local("2026-03-06T12:00"));
    s.kefu.runDueWork();
    assertThat(fired(s, "reminders")).extracting(DutyDue::occurrence).containsExactly(
        local("2026-03-02T16:00"), local("2026-03-03T16:00"), local("2026-03-05T16:00"));
  }

  @Test
  @DisplayName("two kefu instances over one store fire each occurrence exactly once, in order")
  void twoInstances() throws Exception {
    InMemoryStorage storage = new InMemoryStorage();
    Consumer<dev.kefu.Kefu.Builder> duties = b -> b
        .duty(Duty.of("reminders", DutySchedule.workingDaysAt(LocalTime.of(16, 0))))
        .duty(Duty.of("worklist", DutySchedule.atShiftStarts(WorkingHours.parse("08:30-18:00"), WorkingHours.parse("17:30-01:00"))));
    TestShop a = shop(storage, b -> duties.accept(b.instanceId("a")));
    TestShop b = shop(storage, x -> duties.accept(x.instanceId("b")));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int step = 0; step < 6 * 24 * 7; step++) { // a week in 10-minute steps
        a.clock.advance(Duration.ofMinutes(10));
        b.clock.set(a.clock.instant());
        CyclicBarrier gate = new CyclicBarrier(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (TestShop s : List.of(a, b)) {
          runs.add(pool.submit(() -> {
            gate.await();
            return s.kefu.runDueWork();
          }));
        }
        for (Future<Integer> f : runs) {
          f.get();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<DutyDue> reminders = fired(a, "reminders");
    List<DutyDue> worklists = fired(a, "worklist");
    assertThat(reminders).hasSize(5); // Mon, Tue, Thu, Fri, Sat
    assertThat(worklists).hasSize(10); // 17:30 on the 2nd, both shifts on 3, 5, 6, 7 March, 08:30 on the 9th
    for (List<DutyDue> occurrences : List.of(reminders, worklists)) {
      assertThat(occurrences).extracting(DutyDue::occurrence).doesNotHaveDuplicates().isSorted();
      assertThat(occurrences).extracting(d -> d.meta().aggregateVersion()).isSorted().doesNotHaveDuplicates();
    }
  }
}
