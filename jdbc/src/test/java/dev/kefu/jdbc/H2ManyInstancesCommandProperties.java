package dev.kefu.jdbc;

/** ManyInstancesCommandProperties on H2. */
class H2ManyInstancesCommandProperties extends ManyInstancesCommandProperties {

  @Override
  protected Database database() {
    return Database.H2;
  }

  @Override
  protected int examples() {
    return 5;
  }
}
