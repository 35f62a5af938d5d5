package dev.kefu.testkit.contract;

import dev.kefu.spi.sla.ClockEntry;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaClockQuery;
import dev.kefu.spi.sla.SlaClockStore;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.testkit.generators.Gen;
import dev.kefu.testkit.generators.KefuGenerators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

/**
 * The contract of {@link SlaClockStore}: {@code find} returns the latest committed clock, log and
 * all; {@code list} filters exactly as {@link SlaClockQuery#matcher()} (ticket, statuses,
 * calendar, metric), orders exactly as {@link SlaClockQuery#ORDER} (clock id) and pages without
 * overlap or gap. See {@link AggregateStoreContract} for every test.
 *
 * <p>Extend it and return a fresh, empty {@link Storage} from {@link #newStorage()}; clocks are
 * written through its unit of work and read through {@link Storage#slaClocks()}. The suite stores
 * 50 generated clocks of every metric and status on eight tickets and two calendars, some tickets
 * with a second cycle.
 */
@Tag("kefu-contract")
@DisplayName("SlaClockStore contract")
public abstract class SlaClockStoreContract extends AggregateStoreContract<SlaClock, SlaClockQuery> {

  private static final List<TicketId> TICKETS =
      List.of("t-1", "t-2", "t-3", "t-4", "t-5", "t-6", "t-7", "t-10").stream().map(TicketId::of).toList();
  private static final List<String> CALENDARS = List.of("shop-hours", "24x7");

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected SlaClockStoreContract() {}

  @Override
  final List<SlaClock> generate(SplittableRandom random) {
    Gen<SlaClock> clocks = KefuGenerators.slaClocks(Gen.pick(TICKETS), Gen.pick(CALENDARS));
    Set<String> ids = new LinkedHashSet<>();
    List<SlaClock> generated = new ArrayList<>();
    while (generated.size() < 50) {
      SlaClock clock = clocks.next(random).withVersion(1);
      if (ids.add(clock.id())) {
        generated.add(clock);
      }
    }
    return generated;
  }

  @Override
  final SlaClock nextVersion(SlaClock clock) {
    return clock.toBuilder().version(clock.version() + 1)
        .addLog(new ClockEntry(ClockEntry.Kind.RETARGETED, clock.lastEntry().at(), "contract: new target")).build();
  }

  @Override
  final Optional<SlaClock> find(Storage storage, String id) {
    return storage.slaClocks().find(id);
  }

  @Override
  final Page<SlaClock> list(Storage storage, SlaClockQuery query, PageRequest page) {
    return storage.slaClocks().list(query, page);
  }

  @Override
  final SlaClockQuery all() {
    return SlaClockQuery.all();
  }

  @Override
  final Predicate<SlaClock> matcher(SlaClockQuery query) {
    return query.matcher();
  }

  @Override
  final Comparator<SlaClock> order() {
    return SlaClockQuery.ORDER;
  }

  @Override
  final Map<String, SlaClockQuery> filters(List<SlaClock> stored) {
    Map<String, SlaClockQuery> queries = new LinkedHashMap<>();
    queries.put("open clocks", SlaClockQuery.open());
    queries.put("ticket t-1 (not t-10)", SlaClockQuery.all().withTicket(TICKETS.get(0)));
    for (TicketId ticket : TICKETS.subList(1, TICKETS.size())) {
      queries.put("ticket " + ticket, SlaClockQuery.all().withTicket(ticket));
    }
    queries.put("ticket without clocks", SlaClockQuery.all().withTicket(TicketId.of("t-none")));
    for (SlaClock.Status status : SlaClock.Status.values()) {
      queries.put("status " + status, SlaClockQuery.all().withStatuses(EnumSet.of(status)));
    }
    for (String calendar : CALENDARS) {
      queries.put("calendar " + calendar, SlaClockQuery.all().withCalendar(calendar));
    }
    for (SlaMetric metric : SlaMetric.values()) {
      queries.put("metric " + metric, SlaClockQuery.all().withMetric(metric));
    }
    queries.put("ticket t-2, open, on shop-hours, resolution", SlaClockQuery.open().withTicket(TICKETS.get(1))
        .withCalendar(CALENDARS.get(0)).withMetric(SlaMetric.RESOLUTION));
    return queries;
  }

  @Override
  final long seed() {
    return 0x5eed_0501L;
  }
}
