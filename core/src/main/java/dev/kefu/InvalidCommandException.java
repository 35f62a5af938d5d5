package dev.kefu;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A command was invalid: constraint violations and referential errors (an unknown customer, a
 * foreign currency) together, every one of them, sorted by property path. Nothing was stored, no
 * event raised, no notification sent.
 */
public final class InvalidCommandException extends KefuException {

  private static final long serialVersionUID = 1L;

  private final String command;
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param command the command's simple name, for example {@code "OpenTicket"}
   * @param violations every violation; at least one
   * @throws IllegalArgumentException if the list is empty
   */
  public InvalidCommandException(String command, List<Violation> violations) {
    super(message(command, violations));
    this.command = command;
    this.violations =
        violations.stream()
            .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
            .toList();
  }

  private static String message(String command, List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid command needs at least one violation");
    }
    return "invalid " + command + ": "
        + violations.stream()
            .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
            .map(Violation::toString)
            .collect(Collectors.joining("; "));
  }

  /** @return the command's simple name */
  public String command() {
    return command;
  }

  /** @return every violation, sorted by property path */
  public List<Violation> violations() {
    return violations;
  }

  /** @return the property paths of the violations, sorted */
  public List<String> paths() {
    return violations.stream().map(Violation::path).toList();
  }
}
