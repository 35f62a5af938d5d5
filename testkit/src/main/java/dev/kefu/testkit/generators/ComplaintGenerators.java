package dev.kefu.testkit.generators;

import static dev.kefu.testkit.generators.Values.after;
import static dev.kefu.testkit.generators.Values.oneIn;
import static dev.kefu.testkit.generators.Values.pick;

import dev.kefu.spi.Channel;
import dev.kefu.spi.complaint.AgentRecord;
import dev.kefu.spi.complaint.CauseCategory;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintClassification;
import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.complaint.ComplaintStatus;
import dev.kefu.spi.complaint.ComplaintStep;
import dev.kefu.spi.complaint.Department;
import dev.kefu.spi.complaint.ResolutionOption;
import dev.kefu.spi.complaint.ResolutionType;
import dev.kefu.spi.complaint.Satisfaction;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generators of complaints that have walked the closed loop as far as their status says: every
 * stage passed has its record (assessment, investigation, options, approval, acceptance, revisit
 * outcome, classification) and one history step, in time order.
 */
final class ComplaintGenerators {

  /** The path through the loop, in order; REJECTED leaves it after registration. */
  private static final List<ComplaintStatus> PATH = List.of(ComplaintStatus.REGISTERED, ComplaintStatus.INVESTIGATING,
      ComplaintStatus.RESOLUTION_PROPOSED, ComplaintStatus.RESOLUTION_APPROVED, ComplaintStatus.RESOLUTION_CARRIED_OUT,
      ComplaintStatus.ACCEPTED, ComplaintStatus.REVISITED, ComplaintStatus.REVIEWED, ComplaintStatus.ARCHIVED);

  private static final List<Channel> CHANNELS = List.of(Channel.values());

  private ComplaintGenerators() {}

  static Complaint complaint(
      RandomGenerator random, Gen<CustomerId> customers, Gen<StaffId> staff, Gen<Instant> registeredAt) {
    ComplaintStatus status = pick(random, List.of(ComplaintStatus.values()));
    StaffId owner = staff.next(random);
    Instant at = registeredAt.next(random);
    List<ComplaintStep> history = new ArrayList<>();
    history.add(new ComplaintStep("REGISTER", owner, at, pick(random, Values.PHRASES)));
    Complaint.Builder b = Complaint.builder()
        .id(ComplaintId.of("cp-" + Values.uuid(random)))
        .customer(customers.next(random))
        .channel(pick(random, CHANNELS))
        .owner(owner)
        .ticket(TicketGenerators.ticketId(random))
        .content(pick(random, Values.PHRASES))
        .registeredAt(at)
        .status(status)
        .safetyIssue(oneIn(random, 10))
        .platformDispute(oneIn(random, 8))
        .refusals(0);
    if (oneIn(random, 3)) {
      b.aboutAgent(staff.next(random));
    }
    if (oneIn(random, 2)) {
      b.orderValue(Values.money(random, Values.CNY, 5_000));
    }
    if (oneIn(random, 6)) {
      b.addSeriousBecause("the order value is above the serious-case threshold");
    }
    if (status == ComplaintStatus.REJECTED) {
      at = after(random, at, Duration.ofHours(4));
      history.add(new ComplaintStep("REJECT", owner, at, "not our responsibility"));
      return b.rejectionExplanation(pick(random, Values.PHRASES)).history(history).version(2).build();
    }
    int reached = PATH.indexOf(status);
    Department department = pick(random, List.of(Department.values()));
    for (int stage = 1; stage <= reached; stage++) {
      at = after(random, at, Duration.ofHours(12));
      StaffId by = owner;
      switch (PATH.get(stage)) {
        case INVESTIGATING -> {
          StaffId routedTo = staff.next(random);
          b.department(department).cause(pick(random, List.of(CauseCategory.values())))
              .responsibleParty(department.name().toLowerCase()).routedTo(routedTo);
        }
        case RESOLUTION_PROPOSED -> b.options(options(random));
        case RESOLUTION_APPROVED -> {
          by = staff.next(random);
          b.approved(options(random).get(0)).approvedBy(by);
        }
        case RESOLUTION_CARRIED_OUT -> b.addResponsibleStaff(staff.next(random)).refusals(random.nextInt(0, 2));
        case ACCEPTED -> b.acceptedAt(at);
        case REVISITED -> b.revisitOutcome(pick(random, List.of(Satisfaction.values())));
        case REVIEWED -> b.classification(new ComplaintClassification(pick(random, List.of(CauseCategory.values())),
            department, pick(random, CHANNELS), pick(random, Values.PHRASES)));
        default -> { }
      }
      history.add(new ComplaintStep(PATH.get(stage).name(), by, at, pick(random, Values.PHRASES)));
    }
    return b.agentRecord(agentRecord(random, staff)).history(history).version(reached + 1L).build();
  }

  private static List<ResolutionOption> options(RandomGenerator random) {
    List<ResolutionOption> options = new ArrayList<>();
    List<ResolutionType> types = Values.shuffled(random, List.of(ResolutionType.values()));
    for (ResolutionType type : types.subList(0, random.nextInt(1, 4))) {
      boolean money = type == ResolutionType.REFUND || type == ResolutionType.COMPENSATION;
      options.add(new ResolutionOption(type, pick(random, Values.PHRASES),
          money ? Values.money(random, Values.CNY, 500) : null));
    }
    return options;
  }

  private static Optional<AgentRecord> agentRecord(RandomGenerator random, Gen<StaffId> staff) {
    return switch (random.nextInt(4)) {
      case 0 -> Optional.of(AgentRecord.pending(staff.next(random)));
      case 1 -> Optional.of(new AgentRecord(staff.next(random), AgentRecord.Status.VERIFIED, Optional.of(staff.next(random))));
      default -> Optional.empty();
    };
  }
}
