package dev.kefu.jdbc;

/** CommandFaultProperties on PostgreSQL. */
class PostgreSqlCommandFaultProperties extends CommandFaultProperties {

  @Override
  protected Database database() {
    return Database.POSTGRESQL;
  }
}
