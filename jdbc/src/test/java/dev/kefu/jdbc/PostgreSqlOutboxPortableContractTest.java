package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.OutboxContract;

/**
 * kefu-jdbc on PostgreSQL keeps the Outbox contract on the portable claim path too
 * (AUTO takes SKIP LOCKED on PostgreSQL).
 */
class PostgreSqlOutboxPortableContractTest extends OutboxContract {

  @Override
  protected Storage newStorage() {
    return PostgreSql.freshStorage(JdbcStorage.ClaimPath.PORTABLE);
  }
}
