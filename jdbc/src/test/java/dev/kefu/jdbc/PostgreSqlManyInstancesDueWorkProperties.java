package dev.kefu.jdbc;

/** ManyInstancesDueWorkProperties on PostgreSQL. */
class PostgreSqlManyInstancesDueWorkProperties extends ManyInstancesDueWorkProperties {

  @Override
  protected Database database() {
    return Database.POSTGRESQL;
  }

  @Override
  protected int examples() {
    return 8;
  }
}
