package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.CustomerStoreContract;

/** kefu-jdbc on PostgreSQL keeps the CustomerStore contract. */
class PostgreSqlCustomerStoreContractTest extends CustomerStoreContract {

  @Override
  protected Storage newStorage() {
    return PostgreSql.freshStorage();
  }
}
