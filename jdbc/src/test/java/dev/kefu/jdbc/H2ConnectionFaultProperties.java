package dev.kefu.jdbc;

/** Connection faults in the middle of commits, on H2. */
class H2ConnectionFaultProperties extends ConnectionFaultProperties {

  @Override
  protected Database database() {
    return Database.H2;
  }
}
