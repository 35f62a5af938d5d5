package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.InboundKeysContract;

/** kefu-jdbc on PostgreSQL keeps the InboundKeys contract. */
class PostgreSqlInboundKeysContractTest extends InboundKeysContract {

  @Override
  protected Storage newStorage() {
    return PostgreSql.freshStorage();
  }
}
