package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.DueWorkContract;

/** kefu-jdbc on PostgreSQL keeps the DueWork contract on the portable claim path (conditional updates). */
class PostgreSqlDueWorkContractTest extends DueWorkContract {

  @Override
  protected Storage newStorage() {
    return PostgreSql.freshStorage(JdbcStorage.ClaimPath.PORTABLE);
  }
}
