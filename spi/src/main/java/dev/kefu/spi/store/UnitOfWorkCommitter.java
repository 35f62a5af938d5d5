package dev.kefu.spi.store;

/**
 * Commits a {@link UnitOfWork} atomically: all of it, or nothing.
 *
 * <p><b>Atomicity:</b> after {@code commit} returns, every part is durable and visible to every
 * reader at once; after it throws, nothing is. <b>Conflicts:</b> if any aggregate's stored version
 * differs from the write's expected version, any completion names a token the due item no longer
 * has (or the item is gone), or any inbound key was already applied, the commit throws
 * {@link StaleVersionException} naming every such part, and writes nothing. <b>Threading:</b>
 * called concurrently by many threads and instances; two commits that expect the same version of
 * one aggregate never both succeed.
 *
 * <p>Run {@code UnitOfWorkContract} from {@code kefu-testkit} against an implementation. Evolves
 * only by adding default methods.
 */
@FunctionalInterface
public interface UnitOfWorkCommitter {

  /**
   * Commits a unit of work.
   *
   * @param work what to commit
   * @throws StaleVersionException if part of it is stale; nothing is written
   */
  void commit(UnitOfWork work);
}
