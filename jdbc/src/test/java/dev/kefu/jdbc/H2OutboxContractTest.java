package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.OutboxContract;

/** kefu-jdbc on an in-memory H2 database keeps the Outbox contract on the portable claim path (conditional updates). */
class H2OutboxContractTest extends OutboxContract {

  @Override
  protected Storage newStorage() {
    return H2.freshStorage(JdbcStorage.ClaimPath.PORTABLE);
  }
}
