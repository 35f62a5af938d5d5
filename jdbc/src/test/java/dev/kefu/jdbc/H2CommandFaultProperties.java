package dev.kefu.jdbc;

/** CommandFaultProperties on H2. */
class H2CommandFaultProperties extends CommandFaultProperties {

  @Override
  protected Database database() {
    return Database.H2;
  }
}
