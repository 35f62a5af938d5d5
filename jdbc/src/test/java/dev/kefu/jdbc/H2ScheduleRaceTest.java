package dev.kefu.jdbc;

/** Two units scheduling one new due key at once, on H2. */
class H2ScheduleRaceTest extends ScheduleRaceTest {

  @Override
  protected Database database() {
    return Database.H2;
  }

  @Override
  protected String blockedSessions() {
    // H2 names no blocker for an insert waiting on another transaction's key: the insert still executing is the sign
    return "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE EXECUTING_STATEMENT LIKE 'INSERT INTO kefu_due%'";
  }

  @Override
  protected boolean upserts() {
    return false;
  }
}
