package dev.kefu.testkit.contract;

import static dev.kefu.testkit.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.AppliedRequest;
import dev.kefu.spi.store.InboundKeys;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.StaleWrite;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.Ticket;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link InboundKeys}: a key is unknown until the unit of work that carries it
 * commits; then {@code lookup} returns it as recorded (key, command type, result, time); and a
 * unit that carries a key already applied is stale as a whole, so a retried command or a
 * redelivered event has no second effect.
 *
 * <p>Extend it and return a fresh, empty {@link Storage} from {@link #newStorage()}.
 */
@Tag("kefu-contract")
@DisplayName("InboundKeys contract")
public abstract class InboundKeysContract {

  private Storage storage;
  private Fixtures fixtures;

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected InboundKeysContract() {}

  /**
   * A new, empty storage; called before every test.
   *
   * @return the storage under test, never null
   */
  protected abstract Storage newStorage();

  /** Creates the storage under test. Called by JUnit. */
  @BeforeEach
  public final void createStorage() {
    storage = Objects.requireNonNull(newStorage(), "newStorage() returned null");
    fixtures = new Fixtures(0x5eed_0004L);
  }

  /** Unknown keys look up empty. */
  @Test
  @DisplayName("lookup of a key that was never applied is empty")
  public void lookupIsEmptyBeforeCommit() {
    assertThat(storage.inboundKeys().lookup("req-1")).isEmpty();
  }

  /** A committed key comes back as recorded. */
  @Test
  @DisplayName("after a commit carrying an applied request, lookup returns its key, command type, result and time")
  public void lookupReturnsTheAppliedRequest() {
    Ticket ticket = fixtures.ticket("t-1", 1);
    AppliedRequest applied = new AppliedRequest("req-1", "OpenTicket", ticket, T0);

    storage.unitOfWork().commit(UnitOfWork.builder()
        .addWrites(AggregateWrite.create(ticket))
        .addEvents(fixtures.eventOf(ticket))
        .addInboundKeys(applied)
        .build());

    assertThat(storage.inboundKeys().lookup("req-1")).hasValueSatisfying(found -> {
      assertThat(found.key()).isEqualTo("req-1");
      assertThat(found.commandType()).isEqualTo("OpenTicket");
      assertThat(found.result()).as("result").isEqualTo(ticket);
      assertThat(found.appliedAt()).isEqualTo(T0);
    });
  }

  /** A repeated key makes the whole unit stale. */
  @Test
  @DisplayName("committing an applied key again is stale and writes nothing of that unit")
  public void repeatedKeyIsStaleAndWritesNothing() {
    Ticket first = fixtures.ticket("t-1", 1);
    storage.unitOfWork().commit(UnitOfWork.builder()
        .addWrites(AggregateWrite.create(first))
        .addEvents(fixtures.eventOf(first))
        .addInboundKeys(new AppliedRequest("req-1", "OpenTicket", first, T0))
        .build());
    int eventsBefore = storage.eventLog().readAfter(0, PageRequest.MAX_LIMIT).size();

    Ticket retry = fixtures.ticket("t-2", 1);
    StaleVersionException e = catchThrowableOfType(StaleVersionException.class, () -> storage.unitOfWork().commit(
        UnitOfWork.builder()
            .addWrites(AggregateWrite.create(retry))
            .addEvents(fixtures.eventOf(retry))
            .addInboundKeys(new AppliedRequest("req-1", "OpenTicket", retry, T0.plusSeconds(5)))
            .build()));

    assertThat(e).as("StaleVersionException").isNotNull();
    assertThat(e.isInboundKeyTaken("req-1")).as("isInboundKeyTaken(req-1)").isTrue();
    assertThat(e.staleWrites()).extracting(StaleWrite::type).containsExactly(StaleWrite.INBOUND_KEY);
    assertThat(storage.tickets().find(retry.id())).as("the retry's ticket").isEmpty();
    assertThat(storage.eventLog().readAfter(0, PageRequest.MAX_LIMIT)).as("events").hasSize(eventsBefore);
    assertThat(storage.inboundKeys().lookup("req-1")).as("the first application")
        .hasValueSatisfying(found -> assertThat(found.result()).isEqualTo(first));
  }

  /** Keys are independent of each other. */
  @Test
  @DisplayName("different keys are independent: each is applied once and looked up on its own")
  public void keysAreIndependent() {
    Ticket ticket = fixtures.ticket("t-1", 1);
    fixtures.create(storage, ticket);

    storage.unitOfWork().commit(UnitOfWork.builder().addInboundKeys(Fixtures.applied("req-1", ticket)).build());
    storage.unitOfWork().commit(UnitOfWork.builder().addInboundKeys(Fixtures.applied("event-7", ticket)).build());

    InboundKeys keys = storage.inboundKeys();
    assertThat(keys.lookup("req-1")).isPresent();
    assertThat(keys.lookup("event-7")).isPresent();
    assertThat(keys.lookup("req-2")).isEmpty();
  }
}
