package dev.kefu.spi.event;

import java.util.Objects;

/**
 * A domain event as the event log holds it, with its position in the log.
 *
 * @param position 1 for the first event ever stored, growing with every committed event
 * @param event the event
 */
public record StoredEvent(long position, DomainEvent event) {

  /**
   * Creates a stored event.
   *
   * @throws NullPointerException if {@code event} is null
   * @throws IllegalArgumentException if {@code position} is below 1
   */
  public StoredEvent {
    Objects.requireNonNull(event, "event");
    if (position < 1) {
      throw new IllegalArgumentException("position must be at least 1, was " + position);
    }
  }
}
