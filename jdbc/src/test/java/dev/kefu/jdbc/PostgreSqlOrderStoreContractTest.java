package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.OrderStoreContract;

/** kefu-jdbc on PostgreSQL keeps the OrderStore contract. */
class PostgreSqlOrderStoreContractTest extends OrderStoreContract {

  @Override
  protected Storage newStorage() {
    return PostgreSql.freshStorage();
  }
}
