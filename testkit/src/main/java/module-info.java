/**
 * What a host needs to test its own wiring of kefu: the SPI contract suites to run against its
 * stores and notification channels, generators for every domain record, their QuickTheories
 * adapters, and a recording notification channel.
 */
module dev.kefu.testkit {
  requires transitive dev.kefu.core;
  requires transitive dev.kefu.spi;
  requires transitive org.junit.jupiter.api;
  // An automatic module (quicktheories-0.26.jar): not re-exported; a host that runs
  // QuickTheories properties requires it anyway.
  requires quicktheories;
  requires org.assertj.core;

  exports dev.kefu.testkit.contract;
  exports dev.kefu.testkit.generators;
  exports dev.kefu.testkit.notification;
  exports dev.kefu.testkit.quicktheories;

  // JUnit runs the contract tests that host classes inherit, by reflection.
  opens dev.kefu.testkit.contract to org.junit.platform.commons;
}
