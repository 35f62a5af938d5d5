package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.UnitOfWorkContract;

/** kefu-jdbc on PostgreSQL keeps the UnitOfWork contract. */
class PostgreSqlUnitOfWorkContractTest extends UnitOfWorkContract {

  @Override
  protected Storage newStorage() {
    return PostgreSql.freshStorage();
  }
}
