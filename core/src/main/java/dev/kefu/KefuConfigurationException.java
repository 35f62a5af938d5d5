package dev.kefu;

import java.util.List;

/**
 * {@link Kefu.Builder#build()} found the wiring wrong: a storage port missing while others are
 * wired, a port set twice, a channel given two senders. Lists every problem.
 */
public final class KefuConfigurationException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; at least one
   */
  public KefuConfigurationException(List<String> problems) {
    super("kefu is not wired correctly: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** @return every problem found */
  public List<String> problems() {
    return problems;
  }
}
