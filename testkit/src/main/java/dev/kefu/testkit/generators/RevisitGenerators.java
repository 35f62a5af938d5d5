package dev.kefu.testkit.generators;

import static dev.kefu.testkit.generators.Values.oneIn;
import static dev.kefu.testkit.generators.Values.pick;

import dev.kefu.spi.Channel;
import dev.kefu.spi.complaint.Satisfaction;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.revisit.RevisitOutcome;
import dev.kefu.spi.revisit.RevisitReason;
import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generators of revisits: by phone, e-mail or SMS (RV-1); an outcome exactly when done (RV-4),
 * with the dimension of dissatisfaction when unsatisfied (RV-7), and then sometimes an improvement
 * item.
 */
final class RevisitGenerators {

  private static final List<Channel> CHANNELS = List.of(Channel.PHONE, Channel.EMAIL, Channel.SMS);
  private static final List<String> DIMENSIONS = List.of("delivery speed", "product quality", "服务态度", "packaging");

  private RevisitGenerators() {}

  static Revisit revisit(
      RandomGenerator random, Gen<String> campaigns, Gen<CustomerId> customers, Gen<StaffId> staff, Gen<Instant> scheduledFor) {
    RevisitReason reason = pick(random, List.of(RevisitReason.values()));
    Revisit.Status status = pick(random, List.of(Revisit.Status.values()));
    String source = switch (reason) {
      case COMPLAINT -> "cp-" + Values.uuid(random);
      case SERVICE -> TicketGenerators.ticketId(random).value();
      case MEMBER -> "member-revisits";
    };
    Revisit.Builder b = Revisit.builder()
        .id("rv-" + Values.uuid(random))
        .customer(customers.next(random))
        .reason(reason)
        .source(source)
        .campaign(campaigns.next(random))
        .channel(pick(random, CHANNELS))
        .scheduledFor(scheduledFor.next(random))
        .ticket(TicketGenerators.ticketId(random))
        .owner(staff.next(random))
        .status(status)
        .version(status == Revisit.Status.SCHEDULED ? 1 : 2);
    if (status == Revisit.Status.DONE) {
      Satisfaction satisfaction = pick(random, List.of(Satisfaction.values()));
      boolean unsatisfied = satisfaction == Satisfaction.UNSATISFIED;
      b.outcome(new RevisitOutcome(satisfaction, unsatisfied ? Optional.of(pick(random, DIMENSIONS)) : Optional.empty(),
          oneIn(random, 2) ? pick(random, Values.PHRASES) : "", oneIn(random, 3) ? pick(random, Values.PHRASES) : ""));
      if (unsatisfied && oneIn(random, 2)) {
        b.improvementItem("improve-" + Values.uuid(random));
      }
    }
    return b.build();
  }
}
