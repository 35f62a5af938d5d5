package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.ComplaintStoreContract;

/** kefu-jdbc on PostgreSQL keeps the ComplaintStore contract. */
class PostgreSqlComplaintStoreContractTest extends ComplaintStoreContract {

  @Override
  protected Storage newStorage() {
    return PostgreSql.freshStorage();
  }
}
