package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.OutboxContract;

/** kefu-jdbc on PostgreSQL keeps the Outbox contract on the portable claim path (conditional updates). */
class PostgreSqlOutboxContractTest extends OutboxContract {

  @Override
  protected Storage newStorage() {
    return PostgreSql.freshStorage(JdbcStorage.ClaimPath.PORTABLE);
  }
}
