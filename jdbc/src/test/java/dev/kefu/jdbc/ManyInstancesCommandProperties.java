package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kefu.Kefu;
import dev.kefu.Origin;
import dev.kefu.spi.Channel;
import dev.kefu.spi.event.ContactLogged;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.SlaClockFulfilled;
import dev.kefu.spi.event.TicketResponded;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.LogContact;
import dev.kefu.ticket.RespondToTicket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two kefu instances over one database (issue 8) commanding one ticket at the same moment from
 * their own threads: no accepted command is overwritten, each is kept once and in its instance's
 * order; a loser gets the stale-version exception once its retries are spent, and its retry with
 * the request id lands once.
 */
abstract class ManyInstancesCommandProperties {

  private final AtOnce atOnce = new AtOnce();

  /** @return the database the test runs on */
  protected abstract Database database();

  /** @return how many generated examples each property checks */
  protected abstract int examples();

  @AfterEach
  void stopThreads() {
    atOnce.close();
  }

  @Test
  @DisplayName("two instances commanding one ticket at once: every accepted command's effect is kept, once and in its instance's order; a loser gets the stale-version exception and its retry lands once")
  void commandsOnOneTicketNeverOverwriteEachOther() {
    qt().withExamples(examples()).forAll(
            lists().of(integers().between(0, 3)).ofSizeBetween(2, 10),
            integers().between(0, 3),
            integers().between(0, 3))
        .checkAssert(this::commandsOnOneTicket);
  }

  /** One command of the race: which instance sends it, and whether it responds or logs a contact. */
  private record Command(int number, int instance, boolean respond) {
    String summary() {
      return "command " + number;
    }

    String requestId() {
      return "request-" + number;
    }

    Ticket send(Kefu kefu, Ticket ticket) {
      Origin origin = Origin.of(Shop.AGENT, requestId());
      if (respond) {
        return kefu.tickets().respond(RespondToTicket.of(origin, ticket.id(), summary()));
      }
      Instant now = kefu.clock().instant();
      return kefu.tickets().logContact(new LogContact(origin, ticket.id(), now.minusSeconds(60), now, ticket.channel(), 1, 1,
          summary(), null));
    }
  }

  private void commandsOnOneTicket(List<Integer> draws, int retriesOfFirst, int retriesOfSecond) {
    TestClock clock = new TestClock(Shop.START);
    Fleet fleet = new Fleet(database().fresh(2), CountingChannel.delivering(clock), clock,
        (i, b) -> b.commandRetries(i == 0 ? retriesOfFirst : retriesOfSecond));
    Shop.register(fleet.get(0), "c");
    Ticket opened = Shop.open(fleet.get(0), "c", Channel.EMAIL);
    Ticket base = fleet.get(1).tickets().assign(new AssignTicket(Origin.of(Shop.AGENT), opened.id(), Shop.AGENT));
    fleet.advance(Duration.ofMinutes(1));
    List<Command> commands = IntStream.range(0, draws.size())
        .mapToObj(i -> new Command(i, draws.get(i) % 2, draws.get(i) / 2 == 0)).toList();

    List<Callable<?>> instances = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      Kefu kefu = fleet.get(k);
      int index = k;
      List<Command> mine = commands.stream().filter(c -> c.instance() == index).toList();
      instances.add(() -> {
        Map<Command, Object> outcomes = new HashMap<>();
        for (Command c : mine) {
          try {
            outcomes.put(c, c.send(kefu, base));
          } catch (StaleVersionException lost) {
            outcomes.put(c, lost);
          }
        }
        return outcomes;
      });
    }
    Map<Command, Object> outcomes = new HashMap<>();
    for (Object o : atOnce.runAll(instances)) {
      @SuppressWarnings("unchecked")
      Map<Command, Object> each = (Map<Command, Object>) o;
      outcomes.putAll(each);
    }
    List<Command> accepted = commands.stream().filter(c -> outcomes.get(c) instanceof Ticket).toList();

    Ticket after = fleet.storage.tickets().find(base.id()).orElseThrow();
    List<String> added = after.contactLog().subList(base.contactLog().size(), after.contactLog().size()).stream()
        .map(ContactLogEntry::summary).toList();
    assertThat(added).as("the log holds every accepted command once, nothing else").containsExactlyInAnyOrderElementsOf(
        accepted.stream().map(Command::summary).toList());
    for (int k = 0; k < 2; k++) {
      int instance = k;
      assertThat(added.stream().filter(s -> commandOf(commands, s).instance() == instance).toList())
          .as("instance %d's accepted commands in the order it sent them", k)
          .isEqualTo(accepted.stream().filter(c -> c.instance() == instance).map(Command::summary).toList());
    }
    assertThat(after.contactLog()).extracting(ContactLogEntry::sequence).as("contacts numbered 1..n")
        .isEqualTo(IntStream.rangeClosed(1, after.contactLog().size()).boxed().toList());
    assertThat(after.version()).as("one version per accepted command").isEqualTo(base.version() + accepted.size());
    List<DomainEvent> ticketEvents = fleet.storage.eventLog().eventsOf(Ticket.TYPE, base.id().value());
    long responds = accepted.stream().filter(Command::respond).count();
    assertThat(ticketEvents).filteredOn(TicketResponded.class::isInstance).as("responses").hasSize((int) responds);
    assertThat(ticketEvents).filteredOn(ContactLogged.class::isInstance).as("logged contacts")
        .hasSize(base.contactLog().size() + accepted.size());
    String firstResponse = SlaClock.idOf(base.id(), SlaMetric.FIRST_RESPONSE, 1);
    assertThat(Fired.events(fleet.storage)).filteredOn(e -> e instanceof SlaClockFulfilled f && f.clockId().equals(firstResponse))
        .as("the first response fulfils its clock once").hasSize(responds > 0 ? 1 : 0);

    // the losers try again, with their request ids; then every command has landed once, and sending all again changes nothing
    for (Command c : commands) {
      if (!(outcomes.get(c) instanceof Ticket)) {
        c.send(fleet.get(0), base);
      }
    }
    Ticket settled = fleet.storage.tickets().find(base.id()).orElseThrow();
    assertThat(settled.contactLog().subList(base.contactLog().size(), settled.contactLog().size()))
        .extracting(ContactLogEntry::summary).containsExactlyInAnyOrderElementsOf(commands.stream().map(Command::summary).toList());
    for (Command c : commands) {
      c.send(fleet.get(c.instance() + 1), base);
    }
    assertThat(fleet.storage.tickets().find(base.id()).orElseThrow().version()).as("request ids make repeats harmless")
        .isEqualTo(settled.version());
  }

  private static Command commandOf(List<Command> commands, String summary) {
    return commands.stream().filter(c -> c.summary().equals(summary)).findFirst().orElseThrow();
  }
}
