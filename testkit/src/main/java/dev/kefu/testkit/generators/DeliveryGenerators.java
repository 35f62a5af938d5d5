package dev.kefu.testkit.generators;

import static dev.kefu.testkit.generators.Values.pick;

import dev.kefu.spi.Channel;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.Recipient;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.store.ScheduledWork;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Generators of what kefu delivers and schedules: recipients, notifications, outbox messages, due work. */
final class DeliveryGenerators {

  static final List<Channel> NOTIFIABLE = Arrays.stream(Channel.values()).filter(Channel::isNotifiable).toList();

  private static final List<String> TEMPLATES = List.of(
      "ticket.opened", "ticket.responded", "ticket.resolved", "ticket.closed", "customer.tier-raised");

  private static final List<String> WORK_KINDS = List.of(
      "sla.first-response", "sla.resolution", "revisit", "customer.daily-reclassification");

  private DeliveryGenerators() {}

  static Recipient recipient(RandomGenerator random, Channel channel) {
    Recipient.Kind kind = pick(random, List.of(Recipient.Kind.values()));
    String id = kind == Recipient.Kind.CUSTOMER
        ? CustomerGenerators.customerId(random).value()
        : StaffGenerators.staffId(random).value();
    return new Recipient(kind, id, Values.contactPoint(random, channel));
  }

  static Notification notification(RandomGenerator random, Channel channel) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("ticket", TicketGenerators.ticketId(random).value());
    if (random.nextBoolean()) {
      parameters.put("subject", pick(random, Values.PHRASES));
    }
    return Notification.forEvent(Values.uuid(random), recipient(random, channel), pick(random, TEMPLATES), parameters,
        pick(random, Values.LOCALES));
  }

  /** A message partitioned by its recipient, as kefu partitions them. */
  static OutboxMessage outboxMessage(RandomGenerator random) {
    Notification notification = notification(random, pick(random, NOTIFIABLE));
    Recipient to = notification.recipient();
    return new OutboxMessage(Values.uuid(random), to.kind() + ":" + to.id(), notification, Values.instant(random));
  }

  static ScheduledWork scheduledWork(RandomGenerator random) {
    String kind = pick(random, WORK_KINDS);
    if (kind.equals("customer.daily-reclassification")) {
      return new ScheduledWork(kind, kind, Values.instant(random), Map.of());
    }
    String ticket = TicketGenerators.ticketId(random).value();
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("ticket", ticket);
    if (random.nextBoolean()) {
      attributes.put("target", Duration.ofMinutes(random.nextInt(5, 24 * 60)).toString());
    }
    return new ScheduledWork(kind + ":" + ticket, kind, Values.instant(random), attributes);
  }
}
