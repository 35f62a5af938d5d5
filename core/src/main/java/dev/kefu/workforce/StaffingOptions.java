package dev.kefu.workforce;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How requirements are computed, beyond the service target: the maximum occupancy (default 85%),
 * an optional cap on the average speed of answer, an optional mean patience (which switches the
 * model from Erlang C to Erlang A) with an optional cap on the abandonment rate, the shrinkage,
 * and promotion days (ST-11) with their uplift, by local date in the shop's time zone.
 *
 * <p>Immutable and thread-safe. {@link #defaults()} is Erlang C, 85% maximum occupancy, no
 * caps, no shrinkage, no promotions; {@link #builder()} and {@link #toBuilder()} make others.
 */
public final class StaffingOptions {

  /** The default maximum occupancy: 85%. */
  public static final double DEFAULT_MAX_OCCUPANCY = 0.85;

  private static final StaffingOptions DEFAULTS = builder().build();

  private final double maxOccupancy;
  private final Duration maxAverageSpeedOfAnswer;
  private final Duration patience;
  private final Double maxAbandonment;
  private final Shrinkage shrinkage;
  private final ZoneId zone;
  private final Map<LocalDate, Double> promotions;

  private StaffingOptions(Builder b) {
    this.maxOccupancy = b.maxOccupancy;
    this.maxAverageSpeedOfAnswer = b.maxAverageSpeedOfAnswer;
    this.patience = b.patience;
    this.maxAbandonment = b.maxAbandonment;
    this.shrinkage = b.shrinkage;
    this.zone = b.zone;
    this.promotions = Collections.unmodifiableMap(new TreeMap<>(b.promotions));
  }

  /** @return Erlang C, maximum occupancy 85%, no caps, no shrinkage, no promotions */
  public static StaffingOptions defaults() {
    return DEFAULTS;
  }

  /** @return a builder holding the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding these options */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxOccupancy = maxOccupancy;
    b.maxAverageSpeedOfAnswer = maxAverageSpeedOfAnswer;
    b.patience = patience;
    b.maxAbandonment = maxAbandonment;
    b.shrinkage = shrinkage;
    b.zone = zone;
    b.promotions.putAll(promotions);
    return b;
  }

  /** @return the highest share of time a server may be busy, above 0 and at most 1 */
  public double maxOccupancy() {
    return maxOccupancy;
  }

  /** @return the cap on the average speed of answer, if any */
  public Optional<Duration> maxAverageSpeedOfAnswer() {
    return Optional.ofNullable(maxAverageSpeedOfAnswer);
  }

  /** @return the mean patience of waiting contacts if Erlang A is used; empty for Erlang C */
  public Optional<Duration> patience() {
    return Optional.ofNullable(patience);
  }

  /** @return the cap on the share of contacts that abandon, if any (Erlang A only) */
  public Optional<Double> maxAbandonment() {
    return Optional.ofNullable(maxAbandonment);
  }

  /** @return the model these options select */
  public QueueMetrics.Model model() {
    return patience == null ? QueueMetrics.Model.ERLANG_C : QueueMetrics.Model.ERLANG_A;
  }

  /** @return the shrinkage */
  public Shrinkage shrinkage() {
    return shrinkage;
  }

  /** @return the shop's time zone, in which promotion days are local dates; empty without promotions */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /** @return the promotion days (ST-11) and the uplift of each (0.5 for +50%), in date order */
  public Map<LocalDate, Double> promotions() {
    return promotions;
  }

  /**
   * The forecast multiplier on the local date of {@code start} in the shop's zone (ST-11).
   *
   * @param start an interval's start
   * @return 1 + the uplift of that date if it is a promotion day, else 1
   */
  double upliftFactor(java.time.Instant start) {
    if (promotions.isEmpty()) {
      return 1;
    }
    Double uplift = promotions.get(LocalDate.ofInstant(start, zone));
    return uplift == null ? 1 : 1 + uplift;
  }

  @Override
  public String toString() {
    return "StaffingOptions[model=" + model() + ", maxOccupancy=" + maxOccupancy
        + (maxAverageSpeedOfAnswer == null ? "" : ", maxAverageSpeedOfAnswer=" + maxAverageSpeedOfAnswer)
        + (patience == null ? "" : ", patience=" + patience)
        + (maxAbandonment == null ? "" : ", maxAbandonment=" + maxAbandonment)
        + ", shrinkage=" + shrinkage
        + (promotions.isEmpty() ? "" : ", zone=" + zone + ", promotions=" + promotions) + "]";
  }

  /**
   * Builds {@link StaffingOptions}. Each method checks its argument at once and throws
   * {@link IllegalArgumentException} naming the value; {@link #build()} checks that they fit
   * together. Not thread-safe.
   */
  public static final class Builder {

    private double maxOccupancy = DEFAULT_MAX_OCCUPANCY;
    private Duration maxAverageSpeedOfAnswer;
    private Duration patience;
    private Double maxAbandonment;
    private Shrinkage shrinkage = Shrinkage.NONE;
    private ZoneId zone;
    private final Map<LocalDate, Double> promotions = new TreeMap<>();

    private Builder() {}

    /**
     * @param maxOccupancy the highest share of time a server may be busy, above 0 and at most 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxOccupancy(double maxOccupancy) {
      if (!(maxOccupancy > 0 && maxOccupancy <= 1)) {
        throw new IllegalArgumentException("maxOccupancy must be above 0 and at most 1, was " + maxOccupancy);
      }
      this.maxOccupancy = maxOccupancy;
      return this;
    }

    /**
     * @param cap the highest acceptable average speed of answer, positive; null for none
     * @return this builder
     * @throws IllegalArgumentException if zero or negative
     */
    public Builder maxAverageSpeedOfAnswer(Duration cap) {
      if (cap != null && !Problems.positive(cap)) {
        throw new IllegalArgumentException("maxAverageSpeedOfAnswer must be positive, was " + cap);
      }
      this.maxAverageSpeedOfAnswer = cap;
      return this;
    }

    /**
     * Uses Erlang A with this mean patience; null goes back to Erlang C.
     *
     * @param patience the mean time a waiting contact waits before hanging up, positive; null for none
     * @return this builder
     * @throws IllegalArgumentException if zero or negative
     */
    public Builder patience(Duration patience) {
      if (patience != null && !Problems.positive(patience)) {
        throw new IllegalArgumentException("patience must be positive, was " + patience);
      }
      this.patience = patience;
      return this;
    }

    /**
     * @param cap the highest acceptable share of contacts that abandon, above 0 and below 1; needs
     *     a {@link #patience}; null for none
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxAbandonment(Double cap) {
      if (cap != null && !(cap > 0 && cap < 1)) {
        throw new IllegalArgumentException("maxAbandonment must be above 0 and below 1, was " + cap);
      }
      this.maxAbandonment = cap;
      return this;
    }

    /**
     * @param shrinkage the shrinkage
     * @return this builder
     */
    public Builder shrinkage(Shrinkage shrinkage) {
      this.shrinkage = Objects.requireNonNull(shrinkage, "shrinkage");
      return this;
    }

    /**
     * @param zone the shop's time zone, in which promotion days are local dates
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Marks a promotion day (ST-11): every interval that starts on {@code date}, local to the
     * shop's zone, has its forecast contacts multiplied by {@code 1 + uplift}. A later call for
     * the same date replaces the uplift.
     *
     * @param date the local date
     * @param uplift the rise in contacts, positive (0.5 for +50%), at most 100 (×101)
     * @return this builder
     * @throws IllegalArgumentException if the uplift is not positive and finite or above 100
     */
    public Builder promotion(LocalDate date, double uplift) {
      Objects.requireNonNull(date, "date");
      if (!(uplift > 0 && uplift <= 100)) {
        throw new IllegalArgumentException("the uplift of promotion day " + date + " must be above 0 and at most 100, was "
            + uplift);
      }
      promotions.put(date, uplift);
      return this;
    }

    /**
     * @return the options
     * @throws IllegalArgumentException listing every problem: an abandonment cap without a
     *     patience, promotion days without a zone
     */
    public StaffingOptions build() {
      new Problems("staffing options")
          .check(maxAbandonment == null || patience != null,
              "maxAbandonment " + maxAbandonment + " needs a patience (Erlang A); Erlang C has no abandonment")
          .check(promotions.isEmpty() || zone != null, "promotion days " + promotions.keySet() + " need the shop's zone")
          .throwIfAny();
      return new StaffingOptions(this);
    }
  }
}
