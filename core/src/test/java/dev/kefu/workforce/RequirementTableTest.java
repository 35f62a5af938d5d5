package dev.kefu.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.calendar.OpenPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link RequirementTable}, {@link IntervalGrid}, {@link StaffingOptions} and {@link Shrinkage}. */
class RequirementTableTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Duration QUARTER = Duration.ofMinutes(15);
  private static final Duration AHT = Duration.ofSeconds(180);
  private static final ServiceTarget EIGHTY_IN_TWENTY = ServiceTarget.of(0.80, Duration.ofSeconds(20));

  @Test
  @DisplayName("a week runs Monday to Sunday in the shop's zone: 672 quarter-hours, 7 × 96")
  void ordinaryWeek() {
    List<OpenPeriod> week = IntervalGrid.week(LocalDate.of(2026, 6, 10), BERLIN, QUARTER); // a Wednesday

    assertThat(week).hasSize(672);
    assertThat(week.get(0).start()).isEqualTo(Instant.parse("2026-06-07T22:00:00Z")); // Monday 8 June, 00:00 CEST
    assertThat(week.get(671).end()).isEqualTo(Instant.parse("2026-06-14T22:00:00Z"));
    for (int i = 1; i < week.size(); i++) {
      assertThat(week.get(i).start()).isEqualTo(week.get(i - 1).end());
    }
  }

  @Test
  @DisplayName("daylight-saving days have 92 and 100 quarter-hours of real time, 46 and 50 half-hours")
  void daylightSavingDays() {
    assertThat(IntervalGrid.day(LocalDate.of(2026, 3, 29), BERLIN, QUARTER)).hasSize(92)
        .allSatisfy(p -> assertThat(p.length()).isEqualTo(QUARTER));
    assertThat(IntervalGrid.day(LocalDate.of(2026, 10, 25), BERLIN, QUARTER)).hasSize(100);
    assertThat(IntervalGrid.day(LocalDate.of(2026, 10, 25), BERLIN, Duration.ofMinutes(30))).hasSize(50);
    assertThat(IntervalGrid.week(LocalDate.of(2026, 3, 29), BERLIN, QUARTER)).hasSize(668);
    assertThat(IntervalGrid.week(LocalDate.of(2026, 10, 25), BERLIN, QUARTER)).hasSize(676);
  }

  @Test
  @DisplayName("interval lengths must divide an hour")
  void intervalLength() {
    assertThatThrownBy(() -> IntervalGrid.day(LocalDate.of(2026, 3, 29), BERLIN, Duration.ofMinutes(25)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT25M");
  }

  @Test
  @DisplayName("ST-11: a promotion day raises the forecast of its intervals, by local date in the shop's zone, and no others")
  void promotionUplift() {
    LocalDate promotion = LocalDate.of(2026, 11, 11);
    List<OpenPeriod> periods = IntervalGrid.day(promotion.minusDays(1), BERLIN, Duration.ofMinutes(30));
    periods = new java.util.ArrayList<>(periods);
    periods.addAll(IntervalGrid.day(promotion, BERLIN, Duration.ofMinutes(30)));
    double[] contacts = new double[periods.size()];
    Arrays.fill(contacts, 100);
    StaffingOptions options = StaffingOptions.builder().zone(BERLIN).promotion(promotion, 0.5).build();

    RequirementTable table = RequirementTable.of(RequirementTable.forecast(periods, contacts, AHT, 1), EIGHTY_IN_TWENTY, options);

    IntervalRequirement lastBefore = table.intervals().get(47);
    IntervalRequirement firstOn = table.intervals().get(48);
    assertThat(firstOn.start()).isEqualTo(Instant.parse("2026-11-10T23:00:00Z")); // midnight in Berlin, not UTC
    assertThat(lastBefore.contacts()).isEqualTo(100);
    assertThat(lastBefore.uplift()).isZero();
    assertThat(lastBefore.agents()).isEqualTo(14); // the published case
    assertThat(firstOn.forecastContacts()).isEqualTo(100);
    assertThat(firstOn.contacts()).isEqualTo(150);
    assertThat(firstOn.uplift()).isEqualTo(0.5);
    assertThat(firstOn.erlangs()).isEqualTo(15);
    assertThat(firstOn.agents()).isEqualTo(BigDecimalErlangC.required(15, 180, 0.80, 20, 0.85, null).servers());
    assertThat(firstOn.agents()).isGreaterThan(lastBefore.agents());
  }

  @Test
  @DisplayName("chat: an agent with 3 chats at once counts as 3 servers; agents = ceil(servers / 3)")
  void chat() {
    ForecastInterval chats = new ForecastInterval(Instant.parse("2026-03-02T09:00:00Z"), Duration.ofMinutes(30), 100,
        Duration.ofSeconds(540), 3);

    IntervalRequirement r = RequirementTable.requirement(chats, EIGHTY_IN_TWENTY, StaffingOptions.defaults());

    assertThat(r.erlangs()).isEqualTo(30);
    assertThat(r.servers()).isEqualTo(RequiredServers.required(30, Duration.ofSeconds(540), EIGHTY_IN_TWENTY,
        StaffingOptions.defaults()).servers());
    assertThat(r.agents()).isEqualTo((r.servers() + 2) / 3);
    assertThat(r.scheduled()).isEqualTo(r.agents());
  }

  @Test
  @DisplayName("shrinkage is exact: 21 agents at 30% schedule 30, not the 31 of Math.ceil(21 / (1 - 0.3))")
  void shrinkageExact() {
    assertThat(Math.ceil(21 / (1 - 0.3))).isEqualTo(31); // why it is done in integers
    assertThat(Shrinkage.ofFraction(0.3).scheduled(21)).isEqualTo(30);
    assertThat(Shrinkage.ofBasisPoints(3000).scheduled(14)).isEqualTo(20);
    assertThat(Shrinkage.NONE.scheduled(7)).isEqualTo(7);
    assertThat(Shrinkage.ofFraction(0.3)).hasToString("30%");
    assertThatThrownBy(() -> Shrinkage.ofFraction(0.12345)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("basis points");
    assertThatThrownBy(() -> Shrinkage.ofBasisPoints(10_000)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("Erlang A with an abandonment cap: the cap binds, and one agent fewer breaks it")
  void abandonmentCap() {
    StaffingOptions options = StaffingOptions.builder().patience(Duration.ofSeconds(60)).maxAbandonment(0.001).build();
    ForecastInterval interval = ForecastInterval.of(Instant.parse("2026-03-02T09:00:00Z"), Duration.ofMinutes(30), 100, AHT);

    IntervalRequirement r = RequirementTable.requirement(interval, EIGHTY_IN_TWENTY, options);

    assertThat(r.metrics().model()).isEqualTo(QueueMetrics.Model.ERLANG_A);
    assertThat(r.probabilityOfAbandoning()).isLessThanOrEqualTo(0.001);
    assertThat(ErlangA.evaluate(r.servers() - 1, 10, AHT, Duration.ofSeconds(60), Duration.ofSeconds(20))
        .probabilityOfAbandoning()).isGreaterThan(0.001);
  }

  @Test
  @DisplayName("no contacts need no agents")
  void noContacts() {
    IntervalRequirement r = RequirementTable.requirement(ForecastInterval.of(Instant.EPOCH, QUARTER, 0, AHT),
        EIGHTY_IN_TWENTY, StaffingOptions.builder().shrinkage(Shrinkage.ofBasisPoints(3000)).build());

    assertThat(r.agents()).isZero();
    assertThat(r.scheduled()).isZero();
    assertThat(r.serviceLevel()).isEqualTo(1);
  }

  @Test
  @DisplayName("bad input: one IllegalArgumentException listing every problem")
  void badInput() {
    assertThatThrownBy(() -> new ForecastInterval(Instant.EPOCH, Duration.ZERO, -1, Duration.ofSeconds(-3), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length must be positive")
        .hasMessageContaining("contacts must be finite and not negative, was -1.0")
        .hasMessageContaining("averageHandleTime must be positive")
        .hasMessageContaining("concurrency must be at least 1, was 0");
    assertThatThrownBy(() -> StaffingOptions.builder().maxAbandonment(0.05).promotion(LocalDate.of(2026, 11, 11), 0.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAbandonment 0.05 needs a patience")
        .hasMessageContaining("promotion days [2026-11-11] need the shop's zone");
    assertThatThrownBy(() -> StaffingOptions.builder().maxOccupancy(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxOccupancy must be above 0 and at most 1, was 0.0");
    ForecastInterval a = ForecastInterval.of(Instant.EPOCH, Duration.ofMinutes(30), 10, AHT);
    ForecastInterval b = ForecastInterval.of(Instant.EPOCH.plusSeconds(600), Duration.ofMinutes(30), 10, AHT);
    assertThatThrownBy(() -> RequirementTable.of(List.of(a, b), EIGHTY_IN_TWENTY, StaffingOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("intervals overlap");
  }
}
