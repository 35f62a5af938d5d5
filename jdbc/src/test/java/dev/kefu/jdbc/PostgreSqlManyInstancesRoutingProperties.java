package dev.kefu.jdbc;

/** ManyInstancesRoutingProperties on PostgreSQL. */
class PostgreSqlManyInstancesRoutingProperties extends ManyInstancesRoutingProperties {

  @Override
  protected Database database() {
    return Database.POSTGRESQL;
  }

  @Override
  protected int examples() {
    return 8;
  }
}
