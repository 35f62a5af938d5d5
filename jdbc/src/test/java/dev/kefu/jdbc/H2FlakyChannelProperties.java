package dev.kefu.jdbc;

/** Deliveries through a channel failing half the sends, on H2. */
class H2FlakyChannelProperties extends FlakyChannelProperties {

  @Override
  protected Database database() {
    return Database.H2;
  }

  @Override
  protected int examples() {
    return 5;
  }
}
