package dev.kefu.jdbc;

/** ManyInstancesRoutingProperties on H2. */
class H2ManyInstancesRoutingProperties extends ManyInstancesRoutingProperties {

  @Override
  protected Database database() {
    return Database.H2;
  }

  @Override
  protected int examples() {
    return 5;
  }
}
