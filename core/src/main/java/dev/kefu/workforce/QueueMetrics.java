package dev.kefu.workforce;

/**
 * What a queueing model predicts for one interval at a given number of servers. A server is an
 * agent on the phone, or one chat slot of an agent who serves several chats at once. Immutable.
 *
 * @param model the model that computed the figures
 * @param servers the number of servers, N
 * @param erlangs the offered load A = contacts × average handle time ÷ interval length
 * @param probabilityOfWaiting the share of contacts that find every server busy and queue
 * @param probabilityOfAbandoning the share of contacts that hang up before being answered; 0
 *     under Erlang C
 * @param serviceLevel the share of all contacts answered within the target's threshold (under
 *     Erlang A, contacts that abandon count as not answered in time)
 * @param averageSpeedOfAnswer the mean wait of the answered contacts, in seconds (ASA)
 * @param averageWait the mean wait of all contacts, answered or abandoned, in seconds; equals the
 *     ASA under Erlang C
 * @param occupancy the share of time a server is busy: the carried load ÷ N
 */
public record QueueMetrics(
    Model model,
    int servers,
    double erlangs,
    double probabilityOfWaiting,
    double probabilityOfAbandoning,
    double serviceLevel,
    double averageSpeedOfAnswer,
    double averageWait,
    double occupancy) {

  /** The queueing model behind the figures. */
  public enum Model {
    /** M/M/N: contacts wait as long as it takes. */
    ERLANG_C,
    /** M/M/N+M: contacts abandon after an exponentially distributed patience. */
    ERLANG_A
  }

  /** @return true if the queue is stable: under Erlang C, N above the offered load; always under Erlang A */
  public boolean stable() {
    return model == Model.ERLANG_A || servers > erlangs;
  }

  /** The figures with no load at all. */
  static QueueMetrics idle(Model model, int servers) {
    return new QueueMetrics(model, servers, 0, 0, 0, 1, 0, 0, 0);
  }
}
