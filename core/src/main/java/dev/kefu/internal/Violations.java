package dev.kefu.internal;

import dev.kefu.InvalidCommandException;
import dev.kefu.Violation;
import java.util.ArrayList;
import java.util.List;

/** Collects every violation of one command, so the caller hears of all of them at once. */
public final class Violations {

  private final String command;
  private final List<Violation> found;

  Violations(String command, List<Violation> initial) {
    this.command = command;
    this.found = new ArrayList<>(initial);
  }

  /**
   * Records a violation of a plain constraint.
   *
   * @param path the property path
   * @param message what is wrong
   */
  public void add(String path, String message) {
    found.add(Violation.of(path, message));
  }

  /**
   * Records a violation of a catalogued rule.
   *
   * @param path the property path
   * @param message what is wrong
   * @param ruleId the rule
   */
  public void addRule(String path, String message, String ruleId) {
    found.add(Violation.ofRule(path, message, ruleId));
  }

  /**
   * Whether a property (or anything below it) is already known to be wrong, so referential
   * checks can skip it.
   *
   * @param path the property path
   * @return true if a violation is recorded at or below the path
   */
  public boolean has(String path) {
    return found.stream().anyMatch(v -> v.path().equals(path) || v.path().startsWith(path + ".") || v.path().startsWith(path + "["));
  }

  /**
   * Whether the property itself (not something below it) is known to be wrong.
   *
   * @param path the property path
   * @return true if a violation is recorded at exactly this path
   */
  public boolean hasExactly(String path) {
    return found.stream().anyMatch(v -> v.path().equals(path));
  }

  /** @return true if nothing is wrong so far */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * Throws if anything was found.
   *
   * @throws InvalidCommandException listing every violation
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidCommandException(command, found);
    }
  }
}
