package dev.kefu.internal;

import dev.kefu.InvalidCommandException;
import dev.kefu.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

  /**
   * Looks up what a command refers to, recording "unknown ..." if it is not there; skips the
   * look-up if the reference itself is missing or already known to be wrong.
   *
   * @param id the reference, possibly null
   * @param path its property path
   * @param lookup how to find it
   * @param what what it is, for the message
   * @param <K> the reference type
   * @param <T> the referenced type
   * @return what was found, or null
   */
  public <K, T> T found(K id, String path, Function<K, Optional<T>> lookup, String what) {
    if (id == null || has(path)) {
      return null;
    }
    Optional<T> found = lookup.apply(id);
    if (found.isEmpty()) {
      add(path, "unknown " + what);
      return null;
    }
    return found.get();
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
