package dev.kefu.complaint;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.AGENT_2;
import static dev.kefu.test.TestShop.LEAD;
import static dev.kefu.test.TestShop.QA;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kefu.AccessDeniedException;
import dev.kefu.IllegalTransitionException;
import dev.kefu.InvalidCommandException;
import dev.kefu.Origin;
import dev.kefu.spi.Channel;
import dev.kefu.spi.complaint.CauseCategory;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintStatus;
import dev.kefu.spi.complaint.Department;
import dev.kefu.spi.complaint.ResolutionOption;
import dev.kefu.spi.complaint.ResolutionType;
import dev.kefu.spi.complaint.Satisfaction;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.test.TestShop;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generated sequences of complaint commands by actors of random roles — legal and illegal —
 * applied to kefu and to a small model written from the catalogue, checked after every step.
 */
class ComplaintProperties {

  enum Step { SUBSTANTIATE, REJECT, RECORD_CAUSE, PROPOSE, APPROVE, CARRY_OUT, ACCEPT, REFUSE, REVISIT, REVIEW, ARCHIVE, VERIFY, NEXT }

  enum Actor { AGENT, LEAD, SUPERVISOR, QA, UNKNOWN }

  enum Outcome { DONE, INVALID, DENIED, ILLEGAL }

  record Move(Step step, Actor actor, CauseCategory cause, boolean fitting, int option) {}

  static Gen<Move> moves() {
    // half the moves take the loop's next natural step, so deep states are reached
    return Generate.enumValues(Step.class).mix(Generate.constant(Step.NEXT), 50).zip(
        Generate.enumValues(Actor.class),
        Generate.enumValues(CauseCategory.class),
        booleans().all(),
        integers().between(0, 2),
        Move::new);
  }

  static StaffId staff(Actor a) {
    return switch (a) {
      case AGENT -> AGENT;
      case LEAD -> LEAD;
      case SUPERVISOR -> SUPERVISOR;
      case QA -> QA;
      case UNKNOWN -> StaffId.of("ghost");
    };
  }

  /** The model: where a complaint stands and what it holds, from the catalogue (CP-2 to CP-12). */
  static final class Model {
    ComplaintStatus status = ComplaintStatus.REGISTERED;
    CauseCategory cause;
    int options;
    boolean namesAgent;
    boolean pendingRecord;

    /** The natural next step from here, by the role that takes it. */
    Move next(Move m) {
      Step step = switch (status) {
        case REGISTERED -> Step.SUBSTANTIATE;
        case INVESTIGATING -> cause == null ? Step.RECORD_CAUSE : Step.PROPOSE;
        case RESOLUTION_PROPOSED -> Step.APPROVE;
        case RESOLUTION_APPROVED -> Step.CARRY_OUT;
        case RESOLUTION_CARRIED_OUT -> m.fitting() ? Step.ACCEPT : Step.REFUSE;
        case ACCEPTED -> Step.REVISIT;
        case REVISITED, REJECTED, REVIEWED, ARCHIVED -> status == ComplaintStatus.REVIEWED || status == ComplaintStatus.ARCHIVED
            ? Step.ARCHIVE : Step.REVIEW;
      };
      boolean supervisor = step == Step.APPROVE || step == Step.REVIEW || step == Step.ARCHIVE;
      return new Move(step, supervisor ? Actor.SUPERVISOR : Actor.AGENT, m.cause(), true, 0);
    }

    Set<ComplaintStatus> from(Step s) {
      return switch (s) {
        case NEXT -> throw new IllegalStateException("NEXT is resolved first");
        case SUBSTANTIATE, REJECT -> EnumSet.of(ComplaintStatus.REGISTERED);
        case RECORD_CAUSE, PROPOSE -> EnumSet.of(ComplaintStatus.INVESTIGATING);
        case APPROVE -> EnumSet.of(ComplaintStatus.RESOLUTION_PROPOSED);
        case CARRY_OUT -> EnumSet.of(ComplaintStatus.RESOLUTION_APPROVED);
        case ACCEPT, REFUSE -> EnumSet.of(ComplaintStatus.RESOLUTION_CARRIED_OUT);
        case REVISIT -> EnumSet.of(ComplaintStatus.ACCEPTED);
        case REVIEW -> EnumSet.of(ComplaintStatus.REVISITED, ComplaintStatus.REJECTED);
        case ARCHIVE -> EnumSet.of(ComplaintStatus.REVIEWED);
        case VERIFY -> EnumSet.complementOf(EnumSet.of(ComplaintStatus.ARCHIVED));
      };
    }

    Outcome expect(Move m) {
      if (m.actor() == Actor.UNKNOWN) {
        return Outcome.INVALID;
      }
      if (m.step() == Step.PROPOSE && (cause == null || !fits(cause, m.fitting()))) {
        return Outcome.INVALID; // CP-4: no cause yet; CP-11: options that do not fit
      }
      if (m.step() == Step.APPROVE && m.option() >= options) {
        return Outcome.INVALID;
      }
      if (m.step() == Step.VERIFY && !pendingRecord) {
        return Outcome.INVALID;
      }
      boolean supervisor = m.actor() == Actor.SUPERVISOR;
      boolean qa = m.actor() == Actor.QA;
      switch (m.step()) {
        case VERIFY -> {
          if (!qa) {
            return Outcome.DENIED;
          }
        }
        case REVIEW, ARCHIVE -> {
          if (!supervisor) {
            return Outcome.DENIED;
          }
        }
        case APPROVE -> { } // the table first, then the approvers
        default -> {
          if (qa) {
            return Outcome.DENIED;
          }
        }
      }
      if (!from(m.step()).contains(status)) {
        return Outcome.ILLEGAL;
      }
      if (m.step() == Step.APPROVE && !supervisor) {
        return Outcome.DENIED; // CP-5
      }
      return Outcome.DONE;
    }

    static boolean fits(CauseCategory cause, boolean fitting) {
      return fitting || (cause != CauseCategory.PRODUCT_QUALITY && cause != CauseCategory.MISUSE);
    }

    void apply(Move m) {
      switch (m.step()) {
        case SUBSTANTIATE -> {
          status = ComplaintStatus.INVESTIGATING;
          pendingRecord = namesAgent;
        }
        case REJECT -> status = ComplaintStatus.REJECTED;
        case RECORD_CAUSE -> cause = m.cause();
        case PROPOSE -> {
          status = ComplaintStatus.RESOLUTION_PROPOSED;
          options = 2;
        }
        case APPROVE -> status = ComplaintStatus.RESOLUTION_APPROVED;
        case CARRY_OUT -> status = ComplaintStatus.RESOLUTION_CARRIED_OUT;
        case ACCEPT -> status = ComplaintStatus.ACCEPTED;
        case REFUSE -> {
          status = ComplaintStatus.INVESTIGATING;
          options = 0;
        }
        case REVISIT -> status = ComplaintStatus.REVISITED;
        case REVIEW -> status = ComplaintStatus.REVIEWED;
        case ARCHIVE -> status = ComplaintStatus.ARCHIVED;
        case VERIFY -> pendingRecord = false;
        case NEXT -> throw new IllegalStateException("NEXT is resolved first");
      }
    }
  }

  private static List<ResolutionOption> options(CauseCategory cause, boolean fitting) {
    ResolutionOption fit = switch (cause) {
      case PRODUCT_QUALITY -> ResolutionOption.of(ResolutionType.EXCHANGE, "exchange");
      case MISUSE -> ResolutionOption.of(ResolutionType.EXPLANATION, "how to use it");
      default -> ResolutionOption.of(ResolutionType.REFUND, "refund");
    };
    return fitting ? List.of(fit, ResolutionOption.of(ResolutionType.APOLOGY, "sorry"))
        : List.of(ResolutionOption.of(ResolutionType.APOLOGY, "sorry"), ResolutionOption.of(ResolutionType.REPAIR, "repair"));
  }

  private static Object run(Complaints cs, Complaint c, Move m) {
    Origin by = Origin.of(staff(m.actor()));
    try {
      return switch (m.step()) {
        case SUBSTANTIATE -> cs.assess(AssessComplaint.substantiated(by, c.id(), Department.QUALITY));
        case REJECT -> cs.assess(AssessComplaint.rejected(by, c.id(), "not substantiated"));
        case RECORD_CAUSE -> cs.recordCause(new RecordCause(by, c.id(), m.cause(), "found"));
        case PROPOSE -> cs.proposeResolution(new ProposeResolution(by, c.id(),
            options(c.cause().orElse(CauseCategory.OTHER), m.fitting())));
        case APPROVE -> cs.approveResolution(new ApproveResolution(by, c.id(), m.option()));
        case CARRY_OUT -> cs.carryOut(new CarryOutResolution(by, c.id(), List.of(AGENT)));
        case ACCEPT -> cs.recordCustomerAnswer(new RecordCustomerAnswer(by, c.id(), true, "yes"));
        case REFUSE -> cs.recordCustomerAnswer(new RecordCustomerAnswer(by, c.id(), false, "no"));
        case REVISIT -> cs.recordRevisit(new RecordComplaintRevisit(by, c.id(), Satisfaction.NEUTRAL, "ok"));
        case REVIEW -> cs.review(new ReviewComplaint(by, c.id(), CauseCategory.OTHER, Department.OTHER, null));
        case ARCHIVE -> cs.archive(new ArchiveComplaint(by, c.id()));
        case VERIFY -> cs.decideAgentRecord(new DecideAgentRecord(by, c.id(), true));
        case NEXT -> throw new IllegalStateException("NEXT is resolved first");
      };
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static Outcome observed(Object result) {
    if (result instanceof InvalidCommandException) {
      return Outcome.INVALID;
    }
    if (result instanceof AccessDeniedException) {
      return Outcome.DENIED;
    }
    if (result instanceof IllegalTransitionException) {
      return Outcome.ILLEGAL;
    }
    if (result instanceof RuntimeException e) {
      throw e;
    }
    return Outcome.DONE;
  }

  private final TestShop shop = new TestShop();
  private final Set<ComplaintStatus> reached = EnumSet.noneOf(ComplaintStatus.class);
  private final Set<Outcome> seen = EnumSet.noneOf(Outcome.class);

  @Test
  @DisplayName("CP-3, CP-5, CP-6, CP-7, CP-9, TK-19: no complaint closes without an approved resolution, acceptance and revisit, or a rejection with its explanation; only supervisors approve; archived complaints never change; refused commands raise no event")
  void sequencesFollowTheModel() {
    shop.register("c");
    Complaints cs = shop.kefu.complaints();
    qt().withExamples(1000).withShrinkCycles(100).forAll(booleans().all(), lists().of(moves()).ofSizeBetween(1, 16))
        .checkAssert((namesAgent, moves) -> {
          RegisterComplaint register = RegisterComplaint.of(Origin.of(AGENT), CustomerId.of("c"), Channel.APP, "broken");
          Complaint c = cs.register(namesAgent ? register.about(AGENT_2) : register);
          Model model = new Model();
          model.namesAgent = namesAgent;
          for (Move generated : moves) {
            Move m = generated.step() == Step.NEXT ? model.next(generated) : generated;
            Complaint before = cs.find(c.id()).orElseThrow();
            int events = shop.storage.eventLog().eventsOf(Complaint.TYPE, c.id().value()).size();
            Outcome expected = model.expect(m);
            Outcome actual = observed(run(cs, before, m));
            seen.add(actual);
            assertThat(actual).as("%s in %s", m, before.status()).isEqualTo(expected);
            Complaint after = cs.find(c.id()).orElseThrow();
            reached.add(after.status());
            if (expected == Outcome.DONE) {
              model.apply(m);
              assertThat(shop.storage.eventLog().eventsOf(Complaint.TYPE, c.id().value())).hasSize(events + 1);
            } else {
              assertThat(after).as("a refused command changes nothing").isEqualTo(before);
              assertThat(shop.storage.eventLog().eventsOf(Complaint.TYPE, c.id().value())).hasSize(events);
            }
            if (before.status() == ComplaintStatus.ARCHIVED) {
              assertThat(after).as("an archived complaint never changes").isEqualTo(before);
            }
            assertThat(after.status()).isEqualTo(model.status);
            if (after.status() == ComplaintStatus.REVIEWED || after.status() == ComplaintStatus.ARCHIVED) {
              boolean rejected = after.rejectionExplanation().isPresent();
              boolean fullLoop = after.approved().isPresent() && after.acceptedAt().isPresent() && after.revisitOutcome().isPresent();
              assertThat(rejected || fullLoop).as("closed only through the whole loop or a rejection").isTrue();
            }
            after.approvedBy().ifPresent(approver -> assertThat(approver).as("only supervisors approve").isEqualTo(SUPERVISOR));
            // TK-19: what the customer sees never holds internal notes, staff or contact data
            String view = shop.kefu.customerViews().complaint(CustomerId.of("c"), c.id()).orElseThrow().toString();
            for (String internal : List.of("agent-1", "agent-2", "lead", "qa-1", "Name of", "13812345678", "zhang@example.com",
                "found", "yes", "\"no\"", "broken")) {
              assertThat(view).as("the customer view shows %s", internal).doesNotContain(internal);
            }
          }
        });
    assertThat(reached).as("the generator reaches every state").containsAll(EnumSet.allOf(ComplaintStatus.class));
    assertThat(seen).containsAll(EnumSet.allOf(Outcome.class));
  }
}
