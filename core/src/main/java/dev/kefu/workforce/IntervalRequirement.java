package dev.kefu.workforce;

import java.time.Instant;

/**
 * What one interval needs (ST-15): the contacts after any promotion uplift (ST-11), the offered
 * load, the servers the model requires, the agents that makes at the channel's concurrency, the
 * agents to schedule after shrinkage, and the figures the model predicts at the required servers.
 * Immutable.
 *
 * @param start the first instant of the interval
 * @param end the first instant after it
 * @param forecastContacts the contacts as forecast
 * @param contacts the contacts planned for: forecast × (1 + uplift) on a promotion day
 * @param uplift the promotion uplift applied, 0 on an ordinary day
 * @param concurrency the contacts one agent handles at once
 * @param servers the required servers N (agents on the phone, chat slots on chat)
 * @param agents the required productive agents, {@code ceil(servers / concurrency)}
 * @param scheduled the agents to schedule, {@code ceil(agents / (1 − shrinkage))} exactly
 * @param metrics the figures at {@code servers}
 */
public record IntervalRequirement(
    Instant start,
    Instant end,
    double forecastContacts,
    double contacts,
    double uplift,
    int concurrency,
    int servers,
    int agents,
    int scheduled,
    QueueMetrics metrics) {

  /** @return the offered load in Erlangs (server-Erlangs on chat) */
  public double erlangs() {
    return metrics.erlangs();
  }

  /** @return the predicted probability that a contact waits */
  public double probabilityOfWaiting() {
    return metrics.probabilityOfWaiting();
  }

  /** @return the predicted share of contacts answered within the target's threshold */
  public double serviceLevel() {
    return metrics.serviceLevel();
  }

  /** @return the predicted average speed of answer, in seconds */
  public double averageSpeedOfAnswer() {
    return metrics.averageSpeedOfAnswer();
  }

  /** @return the predicted occupancy of a server */
  public double occupancy() {
    return metrics.occupancy();
  }

  /** @return the predicted share of contacts that abandon; 0 under Erlang C */
  public double probabilityOfAbandoning() {
    return metrics.probabilityOfAbandoning();
  }
}
