package dev.kefu.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ErlangC} and {@link RequiredServers} on the published case, hand-computed cases and large ones. */
class ErlangCTest {

  private static final Duration AHT = Duration.ofSeconds(180);
  private static final Duration TWENTY_SECONDS = Duration.ofSeconds(20);
  private static final ServiceTarget EIGHTY_IN_TWENTY = ServiceTarget.of(0.80, TWENTY_SECONDS);

  private static String printed(double value, int decimals) {
    return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  @Test
  @DisplayName("ST-15: the published case to every printed digit: 100 contacts per 30 minutes, AHT 180 s, 80% in 20 s, "
      + "max occupancy 85%, shrinkage 30% → 14 agents, 20 scheduled")
  void publishedCase() {
    StaffingOptions options = StaffingOptions.builder().maxOccupancy(0.85).shrinkage(Shrinkage.ofFraction(0.3)).build();
    ForecastInterval interval = ForecastInterval.of(Instant.parse("2026-03-02T09:00:00Z"), Duration.ofMinutes(30), 100, AHT);

    IntervalRequirement r = RequirementTable.requirement(interval, EIGHTY_IN_TWENTY, options);

    assertThat(r.erlangs()).isEqualTo(10.0);
    assertThat(r.agents()).isEqualTo(14);
    assertThat(r.scheduled()).isEqualTo(20);
    assertThat(printed(r.probabilityOfWaiting(), 4)).isEqualTo("0.1741");
    assertThat(printed(r.serviceLevel(), 4)).isEqualTo("0.8884");
    assertThat(printed(r.averageSpeedOfAnswer(), 2)).isEqualTo("7.84");
    assertThat(r.probabilityOfAbandoning()).isZero();

    QueueMetrics thirteen = ErlangC.evaluate(13, 10, AHT, TWENTY_SECONDS);
    assertThat(printed(thirteen.serviceLevel(), 4)).isEqualTo("0.7956");
    assertThat(thirteen.serviceLevel()).isLessThan(0.80);
  }

  @Test
  @DisplayName("hand-computed: one server is M/M/1, P(wait) = ρ, ASA = AHT·ρ/(1 − ρ)")
  void singleServer() {
    QueueMetrics m = ErlangC.evaluate(1, 0.5, AHT, TWENTY_SECONDS);

    assertThat(m.probabilityOfWaiting()).isCloseTo(0.5, within(1e-15));
    assertThat(m.averageSpeedOfAnswer()).isCloseTo(180.0, within(1e-12));
    assertThat(m.serviceLevel()).isCloseTo(1 - 0.5 * Math.exp(-0.5 * 20 / 180.0), within(1e-15));
    assertThat(m.occupancy()).isEqualTo(0.5);
  }

  @Test
  @DisplayName("hand-computed: two servers, one Erlang: B = 1/5, C = 1/3")
  void twoServers() {
    assertThat(ErlangB.blocking(2, 1)).isCloseTo(0.2, within(1e-16));
    assertThat(ErlangC.probabilityOfWaiting(2, 1)).isCloseTo(1 / 3.0, within(1e-16));
  }

  @Test
  @DisplayName("at or below the offered load the queue is unstable: everybody waits, forever")
  void unstable() {
    QueueMetrics m = ErlangC.evaluate(10, 10, AHT, TWENTY_SECONDS);

    assertThat(m.stable()).isFalse();
    assertThat(m.probabilityOfWaiting()).isEqualTo(1);
    assertThat(m.serviceLevel()).isZero();
    assertThat(m.averageSpeedOfAnswer()).isInfinite();
  }

  @Test
  @DisplayName("the search starts at the smallest stable N and does not skip it: 0.5 Erlangs with a loose target need 1 server")
  void smallestStableN() {
    ServiceTarget loose = ServiceTarget.of(0.01, Duration.ZERO);
    StaffingOptions anyOccupancy = StaffingOptions.builder().maxOccupancy(1).build();

    assertThat(RequiredServers.required(0.5, AHT, loose, anyOccupancy).servers()).isEqualTo(1);
    assertThat(RequiredServers.required(3.0, AHT, loose, anyOccupancy).servers()).isEqualTo(4);
    assertThat(RequiredServers.required(0, AHT, loose, anyOccupancy).servers()).isZero();
  }

  @Test
  @DisplayName("the occupancy cap binds where the service level does not: 10 Erlangs at most 50% busy need 20")
  void occupancyCap() {
    StaffingOptions half = StaffingOptions.builder().maxOccupancy(0.5).build();

    QueueMetrics m = RequiredServers.required(10, AHT, EIGHTY_IN_TWENTY, half);

    assertThat(m.servers()).isEqualTo(20);
    assertThat(m.occupancy()).isEqualTo(0.5);
  }

  @Test
  @DisplayName("an ASA cap binds where the service level does not")
  void asaCap() {
    StaffingOptions capped = StaffingOptions.builder().maxAverageSpeedOfAnswer(Duration.ofSeconds(2)).build();

    QueueMetrics m = RequiredServers.required(10, AHT, EIGHTY_IN_TWENTY, capped);

    assertThat(m.averageSpeedOfAnswer()).isLessThanOrEqualTo(2);
    assertThat(m.servers()).isGreaterThan(14);
    assertThat(ErlangC.evaluate(m.servers() - 1, 10, AHT, TWENTY_SECONDS).averageSpeedOfAnswer()).isGreaterThan(2);
  }

  @ParameterizedTest(name = "{0} agents")
  @ValueSource(ints = {2_000, 6_000, 20_000})
  @DisplayName("large centres: finite figures that agree with the BigDecimal implementation")
  void largeCentresAgreeWithBigDecimal(int agents) {
    double erlangs = agents * 0.97 + 0.37; // near saturation, where the queue matters
    Duration aht = Duration.ofSeconds(300);
    Duration threshold = Duration.ofSeconds(15);

    QueueMetrics kefu = ErlangC.evaluate(agents, erlangs, aht, threshold);
    BigDecimalErlangC.Result exact = BigDecimalErlangC.evaluate(agents, erlangs, 300, 15);

    assertThat(kefu.probabilityOfWaiting()).isFinite().isPositive();
    assertThat(kefu.probabilityOfWaiting()).isCloseTo(exact.probabilityOfWaiting().doubleValue(),
        within(exact.probabilityOfWaiting().doubleValue() * 1e-9));
    assertThat(kefu.serviceLevel()).isCloseTo(exact.serviceLevel().doubleValue(), within(1e-12));
    assertThat(kefu.averageSpeedOfAnswer()).isCloseTo(exact.averageSpeedOfAnswer().doubleValue(),
        within(exact.averageSpeedOfAnswer().doubleValue() * 1e-9));
  }

  @ParameterizedTest(name = "{0} agents")
  @ValueSource(ints = {2_000, 6_000, 20_000})
  @DisplayName("ST-15: large centres: the required N is the BigDecimal implementation's")
  void largeRequirementAgreesWithBigDecimal(int agents) {
    double erlangs = agents * 0.93 + 0.37;
    StaffingOptions options = StaffingOptions.builder().maxOccupancy(0.99).build();

    QueueMetrics kefu = RequiredServers.required(erlangs, AHT, EIGHTY_IN_TWENTY, options);
    BigDecimalErlangC.Result exact = BigDecimalErlangC.required(erlangs, 180, 0.80, 20, 0.99, null);

    assertThat(kefu.servers()).isEqualTo(exact.servers());
    assertThat(kefu.serviceLevel()).isCloseTo(exact.serviceLevel().doubleValue(), within(1e-12));
  }

  @Test
  @DisplayName("the naive forms fail where kefu does not: A^N/N! is NaN at 171 servers, kefu is finite at 20,000")
  void naiveFormsFail() {
    double naive = Math.pow(150, 171) / factorial(171);
    assertThat(naive).isNaN();

    assertThat(ErlangC.probabilityOfWaiting(20_000, 19_900)).isFinite().isBetween(0.0, 1.0);
  }

  private static double factorial(int n) {
    double f = 1;
    for (int i = 2; i <= n; i++) {
      f *= i;
    }
    return f;
  }

  @Test
  @DisplayName("bad input: one IllegalArgumentException listing every problem")
  void badInput() {
    assertThatThrownBy(() -> ErlangC.evaluate(0, -1, Duration.ZERO, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("servers must be at least 1, was 0")
        .hasMessageContaining("erlangs must be finite and not negative, was -1.0")
        .hasMessageContaining("averageHandleTime must be positive, was PT0S")
        .hasMessageContaining("answerWithin must not be negative, was PT-1S");
    assertThatThrownBy(() -> RequiredServers.required(Double.NaN, Duration.ofSeconds(-5), EIGHTY_IN_TWENTY, StaffingOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("erlangs must be finite")
        .hasMessageContaining("averageHandleTime must be positive");
    assertThatThrownBy(() -> ServiceTarget.of(1.0, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("level must be above 0 and below 1, was 1.0")
        .hasMessageContaining("answerWithin must not be negative");
  }
}
