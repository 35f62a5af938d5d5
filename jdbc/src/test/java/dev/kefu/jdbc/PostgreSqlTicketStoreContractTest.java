package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.TicketStoreContract;

/** kefu-jdbc on PostgreSQL keeps the TicketStore contract. */
class PostgreSqlTicketStoreContractTest extends TicketStoreContract {

  @Override
  protected Storage newStorage() {
    return PostgreSql.freshStorage();
  }
}
