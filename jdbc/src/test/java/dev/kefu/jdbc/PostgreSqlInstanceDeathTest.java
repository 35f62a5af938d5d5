package dev.kefu.jdbc;

/** An instance dying or stalling mid-batch, on PostgreSQL. */
class PostgreSqlInstanceDeathTest extends InstanceDeathTest {

  @Override
  protected Database database() {
    return Database.POSTGRESQL;
  }
}
