package dev.kefu.workforce;

import dev.kefu.calendar.OpenPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The staffing requirement of a run of intervals, a day or a week (ST-15): for each forecast
 * interval, the contacts after promotion uplift (ST-11), the servers required by
 * {@link RequiredServers#required}, the agents at the channel's concurrency and the agents to schedule
 * after shrinkage.
 *
 * <p><b>Chat.</b> An agent who serves c chats at once counts as c servers, each with the handle
 * time measured at that concurrency (the time a chat occupies one of the agent's c slots). The
 * model sizes the servers; the agents required are {@code ceil(servers / c)}. The figures
 * (occupancy among them) describe the servers.
 *
 * <p>Immutable and thread-safe.
 */
public final class RequirementTable {

  private final List<IntervalRequirement> intervals;
  private final ServiceTarget target;
  private final StaffingOptions options;

  private RequirementTable(List<IntervalRequirement> intervals, ServiceTarget target, StaffingOptions options) {
    this.intervals = intervals;
    this.target = target;
    this.options = options;
  }

  /**
   * Computes the requirement of every interval.
   *
   * @param forecast the intervals, in any order (kept as given); may be empty
   * @param target the service-level target
   * @param options occupancy, caps, model, shrinkage and promotion days
   * @return the table
   * @throws NullPointerException if an argument or an interval is null
   * @throws IllegalArgumentException listing every problem: overlapping intervals
   * @throws IllegalStateException if an interval's load cannot be met by any realistic N
   */
  public static RequirementTable of(List<ForecastInterval> forecast, ServiceTarget target, StaffingOptions options) {
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(options, "options");
    List<ForecastInterval> sorted = new ArrayList<>(forecast);
    sorted.forEach(f -> Objects.requireNonNull(f, "forecast interval"));
    sorted.sort((a, b) -> a.start().compareTo(b.start()));
    Problems problems = new Problems("forecast");
    for (int i = 1; i < sorted.size(); i++) {
      ForecastInterval before = sorted.get(i - 1);
      ForecastInterval after = sorted.get(i);
      problems.check(!before.end().isAfter(after.start()),
          "intervals overlap: " + before.start() + "–" + before.end() + " and " + after.start() + "–" + after.end());
    }
    problems.throwIfAny();
    List<IntervalRequirement> out = new ArrayList<>(forecast.size());
    for (ForecastInterval f : forecast) {
      out.add(requirement(f, target, options));
    }
    return new RequirementTable(List.copyOf(out), target, options);
  }

  /**
   * The requirement of one interval.
   *
   * @param interval the forecast interval
   * @param target the service-level target
   * @param options occupancy, caps, model, shrinkage and promotion days
   * @return the requirement
   * @throws IllegalStateException if the load cannot be met by any realistic N
   */
  public static IntervalRequirement requirement(ForecastInterval interval, ServiceTarget target,
      StaffingOptions options) {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(options, "options");
    double factor = options.upliftFactor(interval.start());
    double contacts = interval.contacts() * factor;
    double erlangs = contacts * Problems.seconds(interval.averageHandleTime()) / Problems.seconds(interval.length());
    QueueMetrics m = RequiredServers.required(erlangs, interval.averageHandleTime(), target, options);
    int servers = m.servers();
    int c = interval.concurrency();
    int agents = servers / c + (servers % c == 0 ? 0 : 1);
    return new IntervalRequirement(interval.start(), interval.end(), interval.contacts(), contacts, factor - 1, c,
        servers, agents, options.shrinkage().scheduled(agents), m);
  }

  /**
   * Forecast intervals with the same handle time and concurrency over a grid of periods, for
   * example {@link IntervalGrid#week}.
   *
   * @param periods the periods
   * @param contacts the forecast contacts of each period, as many as periods
   * @param averageHandleTime the mean handle time
   * @param concurrency the contacts one agent handles at once
   * @return the forecast intervals
   * @throws IllegalArgumentException if the counts differ, or as {@link ForecastInterval}
   */
  public static List<ForecastInterval> forecast(List<OpenPeriod> periods, double[] contacts,
      java.time.Duration averageHandleTime, int concurrency) {
    Objects.requireNonNull(periods, "periods");
    Objects.requireNonNull(contacts, "contacts");
    if (periods.size() != contacts.length) {
      throw new IllegalArgumentException("one contact count per period: " + periods.size() + " periods, "
          + contacts.length + " counts");
    }
    List<ForecastInterval> out = new ArrayList<>(contacts.length);
    for (int i = 0; i < contacts.length; i++) {
      OpenPeriod p = periods.get(i);
      out.add(new ForecastInterval(p.start(), p.length(), contacts[i], averageHandleTime, concurrency));
    }
    return List.copyOf(out);
  }

  /** @return the requirement of each interval, in the order of the forecast */
  public List<IntervalRequirement> intervals() {
    return intervals;
  }

  /**
   * @param instant an instant
   * @return the requirement of the interval containing it, if any
   */
  public Optional<IntervalRequirement> at(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return intervals.stream().filter(r -> !instant.isBefore(r.start()) && instant.isBefore(r.end())).findFirst();
  }

  /** @return the most agents any interval needs, after shrinkage; 0 if there are no intervals */
  public int peakScheduled() {
    return intervals.stream().mapToInt(IntervalRequirement::scheduled).max().orElse(0);
  }

  /** @return the target the table was computed for */
  public ServiceTarget target() {
    return target;
  }

  /** @return the options the table was computed with */
  public StaffingOptions options() {
    return options;
  }

  @Override
  public String toString() {
    return "RequirementTable[" + intervals.size() + " intervals, peak scheduled " + peakScheduled() + ", " + target
        + "]";
  }
}
