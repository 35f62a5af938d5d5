package dev.kefu.jdbc;

/** ManyInstancesDueWorkProperties on H2. */
class H2ManyInstancesDueWorkProperties extends ManyInstancesDueWorkProperties {

  @Override
  protected Database database() {
    return Database.H2;
  }

  @Override
  protected int examples() {
    return 5;
  }
}
