package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.RevisitStoreContract;

/** kefu-jdbc on PostgreSQL keeps the RevisitStore contract. */
class PostgreSqlRevisitStoreContractTest extends RevisitStoreContract {

  @Override
  protected Storage newStorage() {
    return PostgreSql.freshStorage();
  }
}
