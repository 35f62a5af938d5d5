package dev.kefu.testkit.quicktheories;

import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.OrderStatistics;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.testkit.generators.Gen;
import dev.kefu.testkit.generators.KefuGenerators;
import java.util.Currency;
import java.util.Objects;

/**
 * kefu's generators as QuickTheories generators, ready for
 * {@code QuickTheory.qt().forAll(QuickTheoriesGenerators.customers()).check(...)}.
 *
 * <p>Each random choice a kefu generator makes becomes one draw from QuickTheories' randomness
 * source, so QuickTheories shrinks a failing value choice by choice towards simpler ones: earlier
 * enum constants, shorter lists, smaller numbers, fewer optional parts. Any other kefu generator
 * converts with {@link #from(Gen)}.
 *
 * <p><b>Threading:</b> the returned generators are stateless and thread-safe.
 */
public final class QuickTheoriesGenerators {

  private QuickTheoriesGenerators() {}

  /**
   * Adapts a kefu generator to QuickTheories.
   *
   * @param gen the kefu generator
   * @param <T> the value type
   * @return a QuickTheories generator that draws every random choice from QuickTheories
   * @throws NullPointerException if {@code gen} is null
   */
  public static <T> org.quicktheories.core.Gen<T> from(Gen<T> gen) {
    Objects.requireNonNull(gen, "gen");
    return source -> gen.next(new SourceRandom(source));
  }

  /** @return {@link KefuGenerators#customers()} for QuickTheories */
  public static org.quicktheories.core.Gen<Customer> customers() {
    return from(KefuGenerators.customers());
  }

  /** @return {@link KefuGenerators#tickets()} for QuickTheories */
  public static org.quicktheories.core.Gen<Ticket> tickets() {
    return from(KefuGenerators.tickets());
  }

  /** @return {@link KefuGenerators#orderStatistics()} for QuickTheories */
  public static org.quicktheories.core.Gen<OrderStatistics> orderStatistics() {
    return from(KefuGenerators.orderStatistics());
  }

  /**
   * {@link KefuGenerators#money(Currency)} for QuickTheories.
   *
   * @param currency the currency
   * @return the generator
   * @throws NullPointerException if {@code currency} is null
   */
  public static org.quicktheories.core.Gen<Money> money(Currency currency) {
    return from(KefuGenerators.money(currency));
  }

  /** @return {@link KefuGenerators#staffMembers()} for QuickTheories */
  public static org.quicktheories.core.Gen<StaffMember> staffMembers() {
    return from(KefuGenerators.staffMembers());
  }

  /** @return {@link KefuGenerators#events()} for QuickTheories */
  public static org.quicktheories.core.Gen<DomainEvent> events() {
    return from(KefuGenerators.events());
  }

  /** @return {@link KefuGenerators#notifications()} for QuickTheories */
  public static org.quicktheories.core.Gen<Notification> notifications() {
    return from(KefuGenerators.notifications());
  }

  /**
   * {@link KefuGenerators#notifications(Channel)} for QuickTheories.
   *
   * @param channel the channel
   * @return the generator
   * @throws NullPointerException if {@code channel} is null
   */
  public static org.quicktheories.core.Gen<Notification> notifications(Channel channel) {
    return from(KefuGenerators.notifications(channel));
  }

  /** @return {@link KefuGenerators#outboxMessages()} for QuickTheories */
  public static org.quicktheories.core.Gen<OutboxMessage> outboxMessages() {
    return from(KefuGenerators.outboxMessages());
  }

  /** @return {@link KefuGenerators#scheduledWork()} for QuickTheories */
  public static org.quicktheories.core.Gen<ScheduledWork> scheduledWork() {
    return from(KefuGenerators.scheduledWork());
  }
}
