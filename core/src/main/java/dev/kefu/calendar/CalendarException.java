package dev.kefu.calendar;

/**
 * A business-calendar search found no answer: the calendar has no working time at all, or none
 * within the search horizon (default five years). Thrown instead of searching forever.
 */
public final class CalendarException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was searched and why it failed
   */
  public CalendarException(String message) {
    super(message);
  }
}
