package dev.kefu.jdbc;

/** BackgroundFaultProperties on H2. */
class H2BackgroundFaultProperties extends BackgroundFaultProperties {

  @Override
  protected Database database() {
    return Database.H2;
  }
}
