package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.EventMeta;
import dev.kefu.spi.store.UnitOfWork;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Events stored by an older kefu are read by a newer one: the registered upcasters bring each
 * stored payload from its version to its class's, one version at a time; an event that cannot be
 * brought there is refused, never decoded half-right. Runs on H2 and on PostgreSQL.
 */
class EventUpcastingTest {

  /**
   * A test event with a history. Version 1 stored {@code weight} as text in kilograms
   * ({@code "1.250kg"}); version 2 stored {@code grams}; version 3 added the {@code scale}.
   */
  record ParcelWeighed(EventMeta meta, String parcel, int grams, String scale) implements DomainEvent {
    static final String TYPE = "test.parcel-weighed";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public int schemaVersion() {
      return 3;
    }
  }

  /** Version 1 to 2: kilograms as text to whole grams. */
  static final class KilogramsToGrams implements EventUpcaster {
    @Override
    public String eventType() {
      return ParcelWeighed.TYPE;
    }

    @Override
    public int fromVersion() {
      return 1;
    }

    @Override
    public ObjectNode upcast(ObjectNode payload) {
      String weight = payload.remove("weight").asText();
      BigDecimal kg = new BigDecimal(weight.substring(0, weight.length() - "kg".length()));
      payload.put("grams", kg.movePointRight(3).intValueExact());
      return payload;
    }
  }

  /** Version 2 to 3: weighings before scales were recorded came from an unknown scale. */
  static class UnknownScale implements EventUpcaster {
    @Override
    public String eventType() {
      return ParcelWeighed.TYPE;
    }

    @Override
    public int fromVersion() {
      return 2;
    }

    @Override
    public ObjectNode upcast(ObjectNode payload) {
      payload.put("scale", "unknown");
      return payload;
    }
  }

  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  private final AtomicLong positions = new AtomicLong(1_000);
  private final JsonCodec json = new JsonCodec();

  @Test
  void everyOlderVersionIsReadAsTheCurrentOneOnH2() {
    everyOlderVersionIsReadAsTheCurrentOne(EventUpcastingTest::h2);
  }

  @Test
  void everyOlderVersionIsReadAsTheCurrentOneOnPostgreSql() {
    everyOlderVersionIsReadAsTheCurrentOne(PostgreSql::freshDataSource);
  }

  private void everyOlderVersionIsReadAsTheCurrentOne(Supplier<DataSource> databases) {
    DataSource ds = databases.get();
    JdbcStorage storage = JdbcStorage.builder(ds).upcaster(new UnknownScale()).upcaster(new KilogramsToGrams()).build().migrate();
    qt().withExamples(40).forAll(integers().between(0, 2_000_000), strings().basicLatinAlphabet().ofLengthBetween(1, 12))
        .checkAssert((grams, parcel) -> {
          String id = "parcel-" + UUID.randomUUID();
          ParcelWeighed current = event(id, 1, parcel, grams, "bench-3");
          ParcelWeighed secondWeighing = event(id, 2, parcel, grams + 1, "unknown");
          ParcelWeighed thirdWeighing = event(id, 3, parcel, grams + 2, "unknown");
          storage.unitOfWork().commit(UnitOfWork.builder().addEvents(current).build());
          insertRow(ds, secondWeighing, 2, version2(secondWeighing));
          insertRow(ds, thirdWeighing, 1, version1(thirdWeighing));

          assertThat(storage.eventLog().eventsOf("parcel", id)).containsExactly(current, secondWeighing, thirdWeighing);
        });
    List<DomainEvent> log = storage.eventLog().readAfter(0, 1_000).stream().map(e -> e.event()).toList();
    assertThat(log).hasSize(120).allSatisfy(e -> assertThat(((ParcelWeighed) e).grams()).isNotNegative());
  }

  @Test
  void anEventNoUpcasterCanBringToItsClassVersionIsRefusedNamingItsTypeAndVersion() {
    DataSource ds = h2();
    JdbcStorage storage = JdbcStorage.builder(ds).upcaster(new UnknownScale()).build().migrate();
    ParcelWeighed old = event("p-1", 1, "box", 1250, "unknown");
    insertRow(ds, old, 1, version1(old));

    assertThatThrownBy(() -> storage.eventLog().eventsOf("parcel", "p-1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ParcelWeighed.TYPE).hasMessageContaining("version 1");
    assertThatThrownBy(() -> storage.eventLog().readAfter(0, 10))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(ParcelWeighed.TYPE);
  }

  @Test
  void anEventFromANewerKefuIsRefusedRatherThanReadAsAnOlderShape() {
    DataSource ds = h2();
    JdbcStorage storage = JdbcStorage.builder(ds).build().migrate();
    ParcelWeighed fromTheFuture = event("p-2", 1, "box", 900, "bench-1");
    insertRow(ds, fromTheFuture, 4, json.encode(fromTheFuture, ParcelWeighed.class).deepCopy());

    assertThatThrownBy(() -> storage.eventLog().eventsOf("parcel", "p-2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("version 4").hasMessageContaining("reads version 3");
  }

  @Test
  void upcastersThatCannotFormAChainAreRefusedAllAtOnce() {
    EventUpcaster blank = new UnknownScale() {
      @Override
      public String eventType() {
        return " ";
      }
    };
    EventUpcaster fromZero = new UnknownScale() {
      @Override
      public int fromVersion() {
        return 0;
      }
    };
    JdbcStorage.Builder builder = JdbcStorage.builder(h2())
        .upcaster(new KilogramsToGrams()).upcaster(new KilogramsToGrams()).upcaster(blank).upcaster(fromZero);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two upcasters read " + ParcelWeighed.TYPE + " version 1")
        .hasMessageContaining("names no event type")
        .hasMessageContaining("reads version 0");
  }

  private static ParcelWeighed event(String aggregate, long version, String parcel, int grams, String scale) {
    return new ParcelWeighed(new EventMeta(UUID.randomUUID(), T0.plusSeconds(version), "parcel", aggregate, version),
        parcel, grams, scale);
  }

  /** The payload as version 2 wrote it: no scale. */
  private ObjectNode version2(ParcelWeighed e) {
    ObjectNode payload = (ObjectNode) json.encode(e, ParcelWeighed.class).deepCopy();
    payload.remove("scale");
    return payload;
  }

  /** The payload as version 1 wrote it: the weight as kilograms in text. */
  private ObjectNode version1(ParcelWeighed e) {
    ObjectNode payload = version2(e);
    payload.remove("grams");
    payload.put("weight", BigDecimal.valueOf(e.grams()).movePointLeft(3).setScale(3).toPlainString() + "kg");
    return payload;
  }

  /** A row as an older kefu stored it: the payload wrapped with the event's class, at its version. */
  private void insertRow(DataSource ds, ParcelWeighed e, int version, ObjectNode payload) {
    ObjectNode wrapper = json.parse("{}").deepCopy();
    wrapper.put("@class", ParcelWeighed.class.getName());
    wrapper.set("value", payload);
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
        "INSERT INTO kefu_event (position, event_id, aggregate_type, aggregate_id, type_name, schema_version, body)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, positions.incrementAndGet());
      ps.setObject(2, e.eventId());
      ps.setString(3, "parcel");
      ps.setString(4, e.aggregateId());
      ps.setString(5, ParcelWeighed.TYPE);
      ps.setInt(6, version);
      ps.setString(7, wrapper.toString());
      ps.executeUpdate();
    } catch (java.sql.SQLException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:upcast-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    return ds;
  }
}
