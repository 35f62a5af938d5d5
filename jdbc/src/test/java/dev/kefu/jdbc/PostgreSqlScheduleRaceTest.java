package dev.kefu.jdbc;

/** Two units scheduling one new due key at once, on PostgreSQL. */
class PostgreSqlScheduleRaceTest extends ScheduleRaceTest {

  @Override
  protected Database database() {
    return Database.POSTGRESQL;
  }

  @Override
  protected String blockedSessions() {
    return "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
  }

  @Override
  protected boolean upserts() {
    return true;
  }
}
