package dev.kefu.jdbc;

/** Connection faults in the middle of commits, on PostgreSQL. */
class PostgreSqlConnectionFaultProperties extends ConnectionFaultProperties {

  @Override
  protected Database database() {
    return Database.POSTGRESQL;
  }
}
