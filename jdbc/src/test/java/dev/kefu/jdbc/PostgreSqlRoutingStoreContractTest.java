package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.RoutingStoreContract;

/** kefu-jdbc on PostgreSQL keeps the RoutingStore contract. */
class PostgreSqlRoutingStoreContractTest extends RoutingStoreContract {

  @Override
  protected Storage newStorage() {
    return PostgreSql.freshStorage();
  }
}
