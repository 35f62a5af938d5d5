package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.kefu.Kefu;
import dev.kefu.Origin;
import dev.kefu.complaint.RecordCustomerAnswer;
import dev.kefu.jdbc.FaultyDataSource.Fault;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.RespondToTicket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The database connection fails in the middle of a command's commit, at every step it can fail
 * at: each statement of the transaction and the commit itself, with the statement failing on a
 * live connection or the connection dropped under it. For every step: the command throws, nothing
 * of it is saved — no aggregate without its events, no events or outbox messages without the
 * state, no due work changed — and retrying it with its request id succeeds, with the same changes
 * as a run that met no fault, once. A commit whose reply is lost after the database saved it
 * throws too, yet it saved the whole command; its retry with the request id applies nothing again.
 */
abstract class CommandFaultProperties {

  /** @return the database the test runs on */
  protected abstract Database database();

  /** The commands put through faults: each writes tickets, SLA clocks, events, outbox messages, due work and its request id. */
  enum Command {
    /** Opening a ticket: the ticket, its two SLA clocks and their timers, the customer's message. */
    OPEN_TICKET,
    /** The first response to an assigned ticket: the ticket, the first-response clock fulfilled and its timer cancelled. */
    RESPOND,
    /** The customer accepting a complaint's resolution: the complaint, and a revisit planned on a new ticket with its clock. */
    ACCEPT_COMPLAINT
  }

  static Stream<Arguments> faultsAndCommands() {
    return Stream.of(Fault.FAIL_STEP, Fault.DROP_CONNECTION).flatMap(f -> Stream.of(Command.values()).map(c -> Arguments.of(f, c)));
  }

  @ParameterizedTest(name = "{1}, {0}")
  @MethodSource("faultsAndCommands")
  void aCommandFailingAtAnyStepOfItsCommitSavesNothingAndItsRetryAppliesOnce(Fault fault, Command command) {
    DataSource real = database().fresh();
    FaultyDataSource faulty = new FaultyDataSource(real);
    TestClock clock = new TestClock(Shop.START);
    Kefu kefu = Shop.kefu(new JdbcStorage(faulty), clock, "a", CountingChannel.delivering(clock)).build();
    Shop.register(kefu, "c");
    Map<String, String> retried = null;
    int faultsMet = 0;
    for (int step = 1; ; step++) {
      clock.advance(Duration.ofMinutes(1));
      Runnable run = prepare(kefu, command, "request-" + step);
      Map<String, List<Map<String, String>>> before = Tables.read(real);
      faulty.failAt(step, fault);
      Throwable thrown = catchThrowable(run::run);
      faulty.disarm();
      if (!faulty.fired()) {
        // the command took fewer steps than this: it met no fault
        assertThat(thrown).as("a run without a fault").isNull();
        // on PostgreSQL a unit's statements and its commit go in one round trip: a single step
        assertThat(faultsMet).as("steps failed before the command ran through").isPositive();
        assertThat(Tables.changes(before, Tables.read(real))).as("a clean run changes what each retry changed")
            .isEqualTo(retried);
        return;
      }
      faultsMet++;
      assertThat(thrown).as("%s at step %d", fault, step).isInstanceOf(JdbcStoreException.class);
      assertThat(faulty.commits()).as("a command is one transaction: none committed before step %d failed", step).isZero();
      assertThat(Tables.read(real)).as("nothing saved after %s at step %d", fault, step).isEqualTo(before);

      run.run();
      Map<String, List<Map<String, String>>> after = Tables.read(real);
      Map<String, String> changes = Tables.changes(before, after);
      assertThat(changes).as("the retry after step %d saved something", step).isNotEmpty();
      if (retried == null) {
        retried = changes;
      } else {
        assertThat(changes).as("the retry after step %d changes what the first retry changed", step).isEqualTo(retried);
      }
      run.run();
      assertThat(Tables.read(real)).as("the request id applies the command once").isEqualTo(after);
    }
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void aCommitWhoseReplyIsLostMayHaveSavedTheCommandAndItsRetryWithTheRequestIdAppliesItOnce(Command command) {
    DataSource real = database().fresh();
    FaultyDataSource faulty = new FaultyDataSource(real);
    TestClock clock = new TestClock(Shop.START);
    Kefu kefu = Shop.kefu(new JdbcStorage(faulty), clock, "a", CountingChannel.delivering(clock)).build();
    Shop.register(kefu, "c");
    Runnable clean = prepare(kefu, command, "request-clean");
    Map<String, List<Map<String, String>>> beforeClean = Tables.read(real);
    faulty.count();
    clean.run();
    int commitStep = faulty.steps(); // the commit is a command's last step
    Map<String, String> changes = Tables.changes(beforeClean, Tables.read(real));

    clock.advance(Duration.ofMinutes(1));
    Runnable run = prepare(kefu, command, "request-lost");
    Map<String, List<Map<String, String>>> before = Tables.read(real);
    faulty.failAt(commitStep, Fault.LOSE_COMMIT_REPLY);
    Throwable thrown = catchThrowable(run::run);
    faulty.disarm();
    assertThat(faulty.fired()).as("the commit's reply was lost").isTrue();
    assertThat(thrown).as("the caller cannot tell").isInstanceOf(JdbcStoreException.class)
        .hasMessageNotContaining("nothing was written");
    Map<String, List<Map<String, String>>> after = Tables.read(real);
    assertThat(Tables.changes(before, after)).as("yet the command was saved, whole").isEqualTo(changes);

    run.run();
    assertThat(Tables.read(real)).as("its retry with the request id finds it applied and applies nothing again").isEqualTo(after);
  }

  /** Runs what the command needs first, with no fault armed, and returns the command itself, carrying a request id. */
  private static Runnable prepare(Kefu kefu, Command command, String requestId) {
    Origin origin = Origin.of(Shop.AGENT, requestId);
    return switch (command) {
      case OPEN_TICKET -> () -> kefu.tickets().open(OpenTicket.of(origin, CustomerId.of("c"), TicketKind.AFTER_SALE,
          Channel.EMAIL, "a question", "hello"));
      case RESPOND -> {
        Ticket t = Shop.open(kefu, "c", Channel.EMAIL);
        kefu.tickets().assign(new AssignTicket(Origin.of(Shop.AGENT), t.id(), Shop.AGENT));
        yield () -> kefu.tickets().respond(RespondToTicket.of(origin, t.id(), "we are on it"));
      }
      case ACCEPT_COMPLAINT -> {
        var complaint = Shop.carriedOutComplaint(kefu, "c");
        yield () -> kefu.complaints().recordCustomerAnswer(new RecordCustomerAnswer(origin, complaint.id(), true, "fine"));
      }
    };
  }
}
