package dev.kefu.jdbc;

import dev.kefu.Kefu;
import dev.kefu.spi.notification.NotificationChannel;
import dev.kefu.spi.staff.StaffMember;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

/**
 * Several kefu instances over one database, as several hosts run them: each with its own
 * {@link JdbcStorage} on its own data source, its own clock (all kept at the same instant) and
 * its own instance id, all sending through one channel so that it can count deliveries across
 * instances.
 */
final class Fleet {

  final List<Kefu> instances = new ArrayList<>();
  final List<TestClock> clocks = new ArrayList<>();
  /** A storage of its own, for the test to read what the instances wrote. */
  final JdbcStorage storage;

  /** What a test adds to the builder of one instance. */
  @FunctionalInterface
  interface Wiring {
    Kefu.Builder wire(int instance, Kefu.Builder builder);
  }

  /**
   * @param hosts one data source per instance, all on one schema
   * @param staff the shop's staff
   * @param channel where every instance sends
   * @param clock the clock the channel reads, moved with the instances' clocks
   * @param wiring what a test adds to each instance's builder
   */
  Fleet(List<DataSource> hosts, List<StaffMember> staff, NotificationChannel channel, TestClock clock, Wiring wiring) {
    for (int i = 0; i < hosts.size(); i++) {
      TestClock own = new TestClock(clock.instant());
      clocks.add(own);
      instances.add(wiring.wire(i, Shop.kefu(new JdbcStorage(hosts.get(i)), own, "instance-" + i, channel, staff)).build());
    }
    clocks.add(clock);
    this.storage = new JdbcStorage(hosts.get(0));
  }

  /** Instances of the {@link Shop}'s staff. */
  Fleet(List<DataSource> hosts, NotificationChannel channel, TestClock clock, Wiring wiring) {
    this(hosts, Shop.staff(), channel, clock, wiring);
  }

  Kefu get(int i) {
    return instances.get(i % instances.size());
  }

  Instant now() {
    return clocks.get(0).instant();
  }

  /** Moves every clock on by the same amount. */
  void advance(Duration d) {
    clocks.forEach(c -> c.advance(d));
  }

  /** Every instance runs its due work at once; returns how many items each completed. */
  List<Object> runDueWork(AtOnce atOnce) {
    return atOnce.runAll(each(k -> k::runDueWork));
  }

  /** Every instance delivers notifications at once. */
  List<Object> deliverNotifications(AtOnce atOnce) {
    return atOnce.runAll(each(k -> k::deliverNotifications));
  }

  private List<Callable<?>> each(java.util.function.Function<Kefu, Callable<?>> task) {
    return instances.stream().<Callable<?>>map(task).toList();
  }
}
