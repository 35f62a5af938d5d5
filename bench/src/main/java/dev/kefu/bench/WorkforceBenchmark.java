package dev.kefu.bench;

import dev.kefu.calendar.OpenPeriod;
import dev.kefu.workforce.BigDecimalErlangC;
import dev.kefu.workforce.ForecastInterval;
import dev.kefu.workforce.IntervalGrid;
import dev.kefu.workforce.IntervalRequirement;
import dev.kefu.workforce.RequirementTable;
import dev.kefu.workforce.ServiceTarget;
import dev.kefu.workforce.StaffingOptions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The staffing requirement of a week (ST-15): {@link RequirementTable#of} over the 672
 * quarter-hours of Monday 2 March to Sunday 8 March 2026 in Europe/Berlin, each with 5,550 to
 * 5,850 contacts (random, fixed seed) of 300 s average handle time, that is 1,850 to 1,950
 * Erlangs, against 90% answered within 15 s and at most 97% occupancy (so that the service level,
 * not the occupancy, decides): about 1,900 to 2,000 agents per interval, Erlang C.
 *
 * <p>The baseline is {@link BigDecimalErlangC}, the straightforward {@code BigDecimal}
 * implementation of the property tests: the textbook {@code A^N/N!} formula at 50 significant
 * digits, the running sum built up from k = 0 and extended one term per candidate N. Setup checks
 * that both give the same N for every interval and service levels within 1e-12.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class WorkforceBenchmark {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Duration INTERVAL = Duration.ofMinutes(15);
  static final Duration AHT = Duration.ofSeconds(300);
  static final ServiceTarget TARGET = ServiceTarget.of(0.90, Duration.ofSeconds(15));
  static final StaffingOptions OPTIONS = StaffingOptions.builder().maxOccupancy(0.97).build();

  private List<ForecastInterval> forecast;

  /** The forecast week, with contacts from a fixed seed. */
  static List<ForecastInterval> week() {
    List<OpenPeriod> periods = IntervalGrid.week(LocalDate.of(2026, 3, 2), BERLIN, INTERVAL);
    Random random = new Random(5);
    double[] contacts = new double[periods.size()];
    for (int i = 0; i < contacts.length; i++) {
      contacts[i] = 5_550 + random.nextInt(30_000) / 100.0;
    }
    return RequirementTable.forecast(periods, contacts, AHT, 1);
  }

  /** Builds the week and checks that kefu and the baseline agree on every interval. */
  @Setup
  public void setUp() {
    forecast = week();
    if (forecast.size() != 672) {
      throw new IllegalStateException("expected 672 intervals, was " + forecast.size());
    }
    List<IntervalRequirement> kefu = RequirementTable.of(forecast, TARGET, OPTIONS).intervals();
    BigDecimalErlangC.Result[] exact = baseline();
    for (int i = 0; i < exact.length; i++) {
      IntervalRequirement k = kefu.get(i);
      double expectedLevel = exact[i].serviceLevel().doubleValue();
      if (k.servers() != exact[i].servers() || Math.abs(k.serviceLevel() - expectedLevel) > 1e-12
          || Math.abs(k.probabilityOfWaiting() / exact[i].probabilityOfWaiting().doubleValue() - 1) > 1e-9) {
        throw new IllegalStateException("interval " + k.start() + ": kefu " + k.servers() + " agents, SL "
            + k.serviceLevel() + "; BigDecimal " + exact[i]);
      }
      if (k.servers() < 1_850 || k.servers() > 2_100) {
        throw new IllegalStateException("not about 2,000 agents: " + k);
      }
    }
  }

  /**
   * kefu's requirement table for the week.
   *
   * @return the table
   */
  @Benchmark
  public RequirementTable kefu() {
    return RequirementTable.of(forecast, TARGET, OPTIONS);
  }

  /**
   * The BigDecimal implementation's required agents for each interval of the week.
   *
   * @return the figures per interval
   */
  @Benchmark
  public BigDecimalErlangC.Result[] baseline() {
    BigDecimalErlangC.Result[] out = new BigDecimalErlangC.Result[forecast.size()];
    double aht = AHT.getSeconds();
    double length = INTERVAL.getSeconds();
    for (int i = 0; i < out.length; i++) {
      double erlangs = forecast.get(i).contacts() * aht / length;
      out[i] = BigDecimalErlangC.required(erlangs, aht, TARGET.level(), TARGET.answerWithin().getSeconds(),
          OPTIONS.maxOccupancy(), null);
    }
    return out;
  }
}
