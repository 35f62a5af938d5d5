package dev.kefu.jdbc;

/** Deliveries through a channel failing half the sends, on PostgreSQL. */
class PostgreSqlFlakyChannelProperties extends FlakyChannelProperties {

  @Override
  protected Database database() {
    return Database.POSTGRESQL;
  }

  @Override
  protected int examples() {
    return 8;
  }
}
