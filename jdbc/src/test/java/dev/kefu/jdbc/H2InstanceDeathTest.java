package dev.kefu.jdbc;

/** An instance dying or stalling mid-batch, on H2. */
class H2InstanceDeathTest extends InstanceDeathTest {

  @Override
  protected Database database() {
    return Database.H2;
  }
}
