package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.OutboxContract;

/**
 * kefu-jdbc on an in-memory H2 database keeps the Outbox contract on the SKIP LOCKED claim path too
 * (which AUTO takes on PostgreSQL only).
 */
class H2OutboxSkipLockedContractTest extends OutboxContract {

  @Override
  protected Storage newStorage() {
    return H2.freshStorage(JdbcStorage.ClaimPath.SKIP_LOCKED);
  }
}
