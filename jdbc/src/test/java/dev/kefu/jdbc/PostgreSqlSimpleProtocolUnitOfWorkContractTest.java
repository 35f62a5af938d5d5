package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.UnitOfWorkContract;
import java.util.Map;

/**
 * kefu-jdbc on PostgreSQL keeps the UnitOfWork contract with PgJDBC's simple query protocol too,
 * which commits a multi-statement prepared statement statement by statement: units then run
 * carefully, in a transaction, never at once.
 */
class PostgreSqlSimpleProtocolUnitOfWorkContractTest extends UnitOfWorkContract {

  @Override
  protected Storage newStorage() {
    return new JdbcStorage(PostgreSql.freshDataSources(1, 8, Map.of("preferQueryMode", "simple")).get(0)).migrate();
  }
}
