package dev.kefu.ticket;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.LEAD;
import static dev.kefu.test.TestShop.QA;
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
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.test.TestShop;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generated sequences of ticket commands — legal and illegal, by allowed and refused actors, with
 * fresh and repeated request ids — applied to kefu and to a model written independently of
 * {@link TicketLifecycle}; after every command the ticket and its events must match the model.
 */
class TicketCommandProperties {

  enum Action { ASSIGN, RESPOND, AWAIT, LOG, RESOLVE, REOPEN, CLOSE }

  enum Actor { AGENT, LEAD, QA, UNKNOWN }

  enum RequestId { NONE, FRESH, REPEAT }

  record Step(Action action, Actor actor, RequestId requestId, int repeatOf) {}

  /** The expected outcome kinds. */
  enum Outcome { CHANGED, UNCHANGED, INVALID, DENIED, ILLEGAL, REPEATED }

  static Gen<Step> steps() {
    return Generate.enumValues(Action.class).zip(
        Generate.enumValues(Actor.class).mix(Generate.constant(Actor.AGENT), 60),
        Generate.enumValues(RequestId.class),
        integers().between(0, 1000),
        Step::new);
  }

  // ---- the model: written from the catalogue, not from TicketLifecycle --------------------

  private static final Set<TicketStatus> WORKING =
      EnumSet.of(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER);

  static boolean legal(TicketStatus s, Action a) {
    return switch (a) {
      case ASSIGN -> s == TicketStatus.OPEN || WORKING.contains(s);
      case RESPOND, RESOLVE -> WORKING.contains(s);
      case AWAIT -> s == TicketStatus.IN_PROGRESS;
      case LOG -> s != TicketStatus.CLOSED;
      case REOPEN, CLOSE -> s == TicketStatus.RESOLVED;
    };
  }

  static TicketStatus next(TicketStatus s, Action a) {
    return switch (a) {
      case ASSIGN -> s == TicketStatus.OPEN ? TicketStatus.ASSIGNED : s;
      case RESPOND, REOPEN -> TicketStatus.IN_PROGRESS;
      case AWAIT -> TicketStatus.WAITING_ON_CUSTOMER;
      case LOG -> s;
      case RESOLVE -> TicketStatus.RESOLVED;
      case CLOSE -> TicketStatus.CLOSED;
    };
  }

  static List<String> events(Action a) {
    return switch (a) {
      case ASSIGN -> List.of("ticket.assigned");
      case RESPOND -> List.of("ticket.responded", "ticket.contact-logged");
      case AWAIT -> List.of("ticket.awaiting-customer");
      case LOG -> List.of("ticket.contact-logged");
      case RESOLVE -> List.of("ticket.resolved");
      case REOPEN -> List.of("ticket.reopened");
      case CLOSE -> List.of("ticket.closed");
    };
  }

  static StaffId staff(Actor actor) {
    return switch (actor) {
      case AGENT -> AGENT;
      case LEAD -> LEAD;
      case QA -> QA;
      case UNKNOWN -> StaffId.of("ghost");
    };
  }

  /** The model's state of one ticket. */
  static final class Model {
    TicketStatus status = TicketStatus.OPEN;
    Optional<StaffId> owner = Optional.empty();
    long version = 1;
    final Map<String, Action> appliedKeys = new HashMap<>();
    final Map<String, Long> appliedVersions = new HashMap<>();

    Outcome expect(Step step, String key) {
      if (key != null && appliedKeys.containsKey(key)) {
        return appliedKeys.get(key) == step.action() ? Outcome.REPEATED : Outcome.INVALID;
      }
      if (step.actor() == Actor.UNKNOWN) {
        return Outcome.INVALID;
      }
      if (step.actor() == Actor.QA && step.action() == Action.ASSIGN) {
        return Outcome.INVALID; // QA would take the ticket, and QA does not handle tickets
      }
      if (step.actor() == Actor.QA) {
        return Outcome.DENIED; // QA changes no ticket (ST-1)
      }
      StaffId actor = staff(step.actor());
      if (!legal(status, step.action())) {
        return Outcome.ILLEGAL;
      }
      boolean ownerOrLead = step.actor() == Actor.LEAD || owner.filter(actor::equals).isPresent();
      if (EnumSet.of(Action.RESPOND, Action.AWAIT, Action.RESOLVE).contains(step.action()) && !ownerOrLead) {
        return Outcome.DENIED;
      }
      if (step.action() == Action.ASSIGN && owner.filter(assignee(step)::equals).isPresent()) {
        return Outcome.UNCHANGED;
      }
      return Outcome.CHANGED;
    }

    void apply(Step step, String key) {
      if (step.action() == Action.ASSIGN) {
        owner = Optional.of(assignee(step));
      }
      status = next(status, step.action());
      version++;
      if (key != null) {
        appliedKeys.put(key, step.action());
        appliedVersions.put(key, version);
      }
    }
  }

  /** Agents take tickets for themselves; the lead gives them to the agent. */
  static StaffId assignee(Step step) {
    return step.actor() == Actor.LEAD ? AGENT : staff(step.actor());
  }

  // ---- the system ------------------------------------------------------------------------

  private final TestShop shop = new TestShop();
  private final Set<TicketStatus> reached = EnumSet.noneOf(TicketStatus.class);
  private final Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
  private int example;

  private Object run(Tickets tickets, Ticket ticket, Step step, Origin origin) {
    try {
      Instant now = shop.clock.instant();
      return switch (step.action()) {
        case ASSIGN -> tickets.assign(new AssignTicket(origin, ticket.id(), assignee(step)));
        case RESPOND -> tickets.respond(RespondToTicket.of(origin, ticket.id(), "answer"));
        case AWAIT -> tickets.awaitCustomer(new AwaitCustomer(origin, ticket.id()));
        case LOG -> tickets.logContact(new LogContact(origin, ticket.id(), now, now, Channel.PHONE, 1, 1, "call", null));
        case RESOLVE -> tickets.resolve(new ResolveTicket(origin, ticket.id(), "done"));
        case REOPEN -> tickets.reopen(new ReopenTicket(origin, ticket.id(), "back"));
        case CLOSE -> tickets.close(new CloseTicket(origin, ticket.id()));
      };
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static Outcome observed(Object result, Ticket before, Ticket after) {
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
    return after.version() == before.version() ? Outcome.UNCHANGED : Outcome.CHANGED;
  }

  @Test
  @DisplayName("TK-1, TK-3, ST-1: any command sequence leaves the ticket where the model says, with exactly the table's events")
  void sequencesFollowTheModel() {
    shop.register("c");
    qt().withExamples(150).withShrinkCycles(200).forAll(lists().of(steps()).ofSizeBetween(1, 30)).checkAssert(steps -> {
      int n = ++example;
      Tickets tickets = shop.kefu.tickets();
      Ticket ticket = tickets.open(OpenTicket.of(Origin.of(AGENT), CustomerId.of("c"), TicketKind.AFTER_SALE, Channel.APP, "s", "m"));
      Model model = new Model();
      List<String> keys = new ArrayList<>();
      for (Step step : steps) {
        String key = switch (step.requestId()) {
          case NONE -> null;
          case FRESH -> "ex" + n + "-" + keys.size();
          case REPEAT -> keys.isEmpty() ? null : keys.get(step.repeatOf() % keys.size());
        };
        if (step.requestId() == RequestId.FRESH) {
          keys.add(key);
        }
        Origin origin = key == null ? Origin.of(staff(step.actor())) : Origin.of(staff(step.actor()), key);
        String keyInStore = key == null ? null : "request:" + key;
        Ticket before = tickets.find(ticket.id()).orElseThrow();
        int eventsBefore = events(ticket).size();
        Outcome expected = model.expect(step, keyInStore);

        Object result = run(tickets, ticket, step, origin);
        shop.clock.advance(Duration.ofSeconds(7));
        Ticket after = tickets.find(ticket.id()).orElseThrow();
        List<String> newEvents = events(ticket).subList(eventsBefore, events(ticket).size());

        seen.add(expected);
        reached.add(after.status());
        if (expected == Outcome.REPEATED) {
          assertThat(result).as("a repeated request returns the first result").isInstanceOf(Ticket.class);
          assertThat(((Ticket) result).version()).isEqualTo(model.appliedVersions.get(keyInStore));
          assertThat(after).isEqualTo(before);
          assertThat(newEvents).isEmpty();
          continue;
        }
        assertThat(observed(result, before, after)).as("%s in %s", step, before.status()).isEqualTo(expected);
        if (expected == Outcome.CHANGED) {
          model.apply(step, keyInStore);
          assertThat(newEvents).as("events of %s", step.action()).isEqualTo(events(step.action()));
          assertThat(((Ticket) result)).isEqualTo(after);
        } else {
          assertThat(newEvents).as("no event for a refused or empty command").isEmpty();
          assertThat(after).isEqualTo(before);
        }
        assertThat(after.status()).isEqualTo(model.status);
        assertThat(after.owner()).isEqualTo(model.owner);
        assertThat(after.version()).isEqualTo(model.version);
        assertThat(after.contactLog()).extracting(e -> e.sequence()).isSorted().doesNotHaveDuplicates();
      }
    });
    // the generator must actually reach every state and every kind of outcome
    assertThat(reached).containsAll(EnumSet.allOf(TicketStatus.class));
    assertThat(seen).containsAll(EnumSet.allOf(Outcome.class));
  }

  private List<String> events(Ticket t) {
    return shop.storage.eventLog().eventsOf(Ticket.TYPE, t.id().value()).stream().map(DomainEvent::type).toList();
  }
}
