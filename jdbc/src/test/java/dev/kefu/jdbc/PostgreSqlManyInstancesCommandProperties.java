package dev.kefu.jdbc;

/** ManyInstancesCommandProperties on PostgreSQL. */
class PostgreSqlManyInstancesCommandProperties extends ManyInstancesCommandProperties {

  @Override
  protected Database database() {
    return Database.POSTGRESQL;
  }

  @Override
  protected int examples() {
    return 8;
  }
}
