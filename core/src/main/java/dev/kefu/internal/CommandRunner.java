package dev.kefu.internal;

import dev.kefu.InvalidCommandException;
import dev.kefu.Origin;
import dev.kefu.Violation;
import dev.kefu.spi.Aggregate;
import dev.kefu.spi.event.EventMeta;
import dev.kefu.spi.store.AppliedRequest;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.UnitOfWork;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every command the same way: validate, decide on fresh state, commit the decision with its
 * inbound key as one unit of work, and decide again (up to the configured retries) if another
 * writer got there first. A repeated request is answered from its first result: its commit meets
 * the key already applied, or — if its decision now fails or changes nothing — the key is looked
 * up then. Nothing of a repeat is written.
 */
public final class CommandRunner {

  private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

  private final Settings settings;
  private final BeanValidation validation;

  /**
   * Creates a runner.
   *
   * @param settings the wiring
   * @param validation the validator
   */
  public CommandRunner(Settings settings, BeanValidation validation) {
    this.settings = settings;
    this.validation = validation;
  }

  /**
   * The inbound key of a command's request id.
   *
   * @param origin the command's origin, possibly null if invalid
   * @return {@code request:<id>}, or null without a request id
   */
  public static String requestKey(Origin origin) {
    return origin == null || origin.requestId() == null ? null : "request:" + origin.requestId();
  }

  /**
   * The metadata of an event about an aggregate's new version.
   *
   * @param after the aggregate as the change leaves it
   * @param now when
   * @return the metadata, with a new event id
   */
  public EventMeta meta(Aggregate after, Instant now) {
    return new EventMeta(settings.ids().next(), now, after.aggregateType(), after.aggregateId(), after.version());
  }

  /**
   * The metadata of an event whose id was drawn already.
   *
   * @param eventId the event's id
   * @param after the aggregate as the event leaves it
   * @param now when it happens
   * @return the metadata
   */
  public EventMeta meta(UUID eventId, Aggregate after, Instant now) {
    return new EventMeta(eventId, now, after.aggregateType(), after.aggregateId(), after.version());
  }

  /**
   * Runs a command.
   *
   * @param commandType the command's name, for example {@code "OpenTicket"}
   * @param command the command, for bean validation
   * @param inboundKey the request id or event id that guards against repeats, or null
   * @param keyPath the property path of that key, for the violation a reused key gets
   * @param resultType the aggregate type the command returns
   * @param decide decides on fresh state; throws for invalid, refused or illegal commands
   * @param <A> the aggregate type
   * @return the aggregate as the command left it (or as the first run of the same key did)
   */
  public <A extends Aggregate> A run(
      String commandType, Object command, String inboundKey, String keyPath, Class<A> resultType,
      Function<Attempt, Change<A>> decide) {
    List<Violation> beanViolations = validation.validate(command);
    // a valid request's key is looked up only when needed: a repeat is told by its commit meeting
    // the key (or by its decision failing or changing nothing), so a first request, by far the
    // commonest, costs no read of the key
    boolean keyed = inboundKey != null && beanViolations.isEmpty();
    for (int attempt = 0; ; attempt++) {
      Attempt a = new Attempt(settings.clock().instant(), new Violations(commandType, beanViolations),
          new CustomerReads(settings.customers()));
      Change<A> change;
      try {
        change = decide.apply(a);
        a.violations().throwIfAny();
      } catch (RuntimeException e) {
        if (keyed) {
          // the request may have been applied, and its aggregate moved on since: its first result answers
          Optional<A> repeated = repeatedAfterFailure(commandType, inboundKey, keyPath, resultType, e);
          if (repeated.isPresent()) {
            LOG.debug("{} with key already applied; returning the first result", commandType);
            return repeated.get();
          }
        }
        throw e;
      }
      if (change.work() == null) {
        if (keyed) {
          Optional<A> repeated = repeated(commandType, inboundKey, keyPath, resultType);
          if (repeated.isPresent()) {
            return repeated.get();
          }
        }
        return change.result();
      }
      UnitOfWork.Builder work = change.work();
      if (inboundKey != null) {
        work.addInboundKeys(new AppliedRequest(inboundKey, commandType, change.result(), a.now()));
      }
      try {
        settings.committer().commit(work.build());
        LOG.debug("{} committed {} {} v{}", commandType, change.result().aggregateType(),
            change.result().aggregateId(), change.result().version());
        return change.result();
      } catch (StaleVersionException e) {
        if (inboundKey != null && e.isInboundKeyTaken(inboundKey)) {
          LOG.debug("{} with key already applied; returning the first result", commandType);
          return repeated(commandType, inboundKey, keyPath, resultType).orElseThrow(() -> e);
        }
        if (attempt >= settings.commandRetries()) {
          throw e;
        }
        LOG.debug("{} lost a race ({}); deciding again", commandType, e.getMessage());
      }
    }
  }

  /** As {@link #repeated}, after a decision failed: a lookup that fails too is added to that failure, not thrown instead. */
  private <A extends Aggregate> Optional<A> repeatedAfterFailure(String commandType, String key, String keyPath,
      Class<A> type, RuntimeException failure) {
    try {
      return repeated(commandType, key, keyPath, type);
    } catch (InvalidCommandException reused) {
      throw reused;
    } catch (RuntimeException lookupFailed) {
      failure.addSuppressed(lookupFailed);
      return Optional.empty();
    }
  }

  private <A extends Aggregate> Optional<A> repeated(String commandType, String key, String keyPath, Class<A> type) {
    Optional<AppliedRequest> applied = settings.inboundKeys().lookup(key);
    if (applied.isEmpty()) {
      return Optional.empty();
    }
    if (!applied.get().commandType().equals(commandType) || !type.isInstance(applied.get().result())) {
      throw new InvalidCommandException(commandType, List.of(Violation.of(keyPath,
          "was already used for " + applied.get().commandType() + "; use a new id for a new request")));
    }
    return Optional.of(type.cast(applied.get().result()));
  }
}
