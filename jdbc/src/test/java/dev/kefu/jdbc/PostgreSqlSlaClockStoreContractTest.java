package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.SlaClockStoreContract;

/** kefu-jdbc on PostgreSQL keeps the SlaClockStore contract. */
class PostgreSqlSlaClockStoreContractTest extends SlaClockStoreContract {

  @Override
  protected Storage newStorage() {
    return PostgreSql.freshStorage();
  }
}
