package dev.kefu.internal;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.store.UnitOfWork;
import java.util.Objects;

/**
 * What a command decided: the resulting aggregate and the unit of work that stores it. A
 * {@code null} work means the command changed nothing.
 *
 * @param result the aggregate as the command leaves it
 * @param work what to commit, or null for nothing
 * @param <A> the aggregate type
 */
public record Change<A extends Aggregate>(A result, UnitOfWork.Builder work) {

  /**
   * Creates a change.
   *
   * @throws NullPointerException if {@code result} is null
   */
  public Change {
    Objects.requireNonNull(result, "result");
  }

  /**
   * A command that found nothing to change.
   *
   * @param current the aggregate as it is
   * @param <A> the aggregate type
   * @return the change
   */
  public static <A extends Aggregate> Change<A> none(A current) {
    return new Change<>(current, null);
  }
}
