package dev.kefu.jdbc;

/** BackgroundFaultProperties on PostgreSQL. */
class PostgreSqlBackgroundFaultProperties extends BackgroundFaultProperties {

  @Override
  protected Database database() {
    return Database.POSTGRESQL;
  }
}
