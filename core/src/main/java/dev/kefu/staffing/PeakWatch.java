package dev.kefu.staffing;

import java.util.Optional;

/**
 * When contacts run above the plan enough to raise a peak to the shift lead (ST-14): the contacts
 * arrived so far in an interval, projected to its end, against the forecast.
 *
 * @param threshold how far above the forecast a projection must be, as a ratio (1.2 = 20% above)
 * @param minimumContacts the fewest contacts arrived before a projection counts, so the first
 *     minutes of a quiet interval raise nothing
 */
public record PeakWatch(double threshold, int minimumContacts) {

  /**
   * Creates a watch.
   *
   * @throws IllegalArgumentException listing every problem
   */
  public PeakWatch {
    StringBuilder problems = new StringBuilder();
    if (!(threshold > 1.0) || Double.isInfinite(threshold)) {
      problems.append("threshold must be a finite ratio above 1, got ").append(threshold).append("; ");
    }
    if (minimumContacts < 1) {
      problems.append("minimumContacts must be at least 1, got ").append(minimumContacts).append("; ");
    }
    if (problems.length() > 0) {
      throw new IllegalArgumentException("peak watch: " + problems.substring(0, problems.length() - 2));
    }
  }

  /** @return 20% above the forecast, from 10 contacts */
  public static PeakWatch defaults() {
    return new PeakWatch(1.2, 10);
  }

  /**
   * Whether an interval is a peak.
   *
   * @param forecastContacts the contacts the plan expected in the whole interval
   * @param arrived the contacts arrived so far
   * @param elapsedShare how much of the interval has passed, in (0, 1]
   * @return a summary for the alert if it is a peak
   * @throws IllegalArgumentException if an argument is out of range
   */
  public Optional<String> check(double forecastContacts, long arrived, double elapsedShare) {
    if (!(forecastContacts >= 0) || Double.isInfinite(forecastContacts) || arrived < 0 || !(elapsedShare > 0) || elapsedShare > 1) {
      throw new IllegalArgumentException("peak check: forecast " + forecastContacts + ", arrived " + arrived
          + ", elapsed share " + elapsedShare);
    }
    double projected = arrived / elapsedShare;
    if (arrived < minimumContacts || projected < forecastContacts * threshold) {
      return Optional.empty();
    }
    return Optional.of(String.format(java.util.Locale.ROOT, "traffic peak: %d contacts in %.0f%% of the interval, "
        + "%.0f projected against %.0f planned", arrived, elapsedShare * 100, projected, forecastContacts));
  }
}
