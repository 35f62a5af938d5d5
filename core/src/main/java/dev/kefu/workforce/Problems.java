package dev.kefu.workforce;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with an input, so that one exception can list them all. */
final class Problems {

  private final String what;
  private final List<String> found = new ArrayList<>();

  Problems(String what) {
    this.what = what;
  }

  /** Records {@code problem} unless {@code ok}. */
  Problems check(boolean ok, String problem) {
    if (!ok) {
      found.add(problem);
    }
    return this;
  }

  /** @throws IllegalArgumentException naming every problem recorded, if there is one */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new IllegalArgumentException("invalid " + what + ": " + String.join("; ", found));
    }
  }

  /** @return true if {@code x} is a finite number */
  static boolean finite(double x) {
    return Double.isFinite(x);
  }

  /** @return true if {@code d} is not null and positive */
  static boolean positive(java.time.Duration d) {
    return d != null && !d.isNegative() && !d.isZero();
  }

  /** @return the duration in seconds, with its fraction */
  static double seconds(java.time.Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }
}
