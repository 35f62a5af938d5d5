package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The stored JSON's shape is a format: documents and events written by one version of kefu-jdbc
 * are read by the next. These cases pin it by hand; the property reads back whatever it writes.
 */
class JsonCodecTest {

  enum Colour {
    RED, GREEN {
      @Override
      public String toString() {
        return "green, with a body of its own";
      }
    }
  }

  interface Shipment {
  }

  record Box(String id, Optional<Box> inner) implements Shipment {
  }

  record Parcel(String id, int grams, double kilos, boolean fragile, Optional<String> note, List<Instant> scans,
      Map<String, Long> counts, Set<Colour> colours, Shipment shipment) {
  }

  private final JsonCodec json = new JsonCodec();

  @Test
  @DisplayName("a record is written in component order; Optional empty as null; maps as pairs; enums by name; a value of an interface with its class")
  void theFormat() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("a", 1L);
    counts.put("b", 20L);
    Parcel p = new Parcel("p-1", 250, 0.25, true, Optional.empty(), List.of(Instant.parse("2026-03-02T02:00:00Z")), counts,
        new java.util.LinkedHashSet<>(List.of(Colour.GREEN, Colour.RED)), new Box("b-1", Optional.of(new Box("b-2", Optional.empty()))));

    String written = json.write(p, Parcel.class);

    assertThat(written).isEqualTo("{\"id\":\"p-1\",\"grams\":250,\"kilos\":0.25,\"fragile\":true,\"note\":null,"
        + "\"scans\":[\"2026-03-02T02:00:00Z\"],\"counts\":[[\"a\",1],[\"b\",20]],\"colours\":[\"GREEN\",\"RED\"],"
        + "\"shipment\":{\"@class\":\"dev.kefu.jdbc.JsonCodecTest$Box\",\"value\":{\"id\":\"b-1\",\"inner\":{\"id\":\"b-2\",\"inner\":null}}}}");
    assertThat(json.read(written, Parcel.class)).isEqualTo(p);
  }

  @Test
  @DisplayName("a field stored before it existed reads as absent, one no longer known is passed over; a stored class that is not the declared type is refused")
  void oldAndForeignDocuments() {
    assertThat(json.read("{\"id\":\"b\"}", Box.class)).isEqualTo(new Box("b", Optional.empty()));
    assertThat(json.read("{\"gone\":{\"a\":[1,{\"b\":2}]},\"id\":\"b\",\"inner\":null,\"also gone\":3}", Box.class))
        .isEqualTo(new Box("b", Optional.empty()));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> json.read("{\"@class\":\"dev.kefu.jdbc.JsonCodecTest$Parcel\",\"value\":{}}", Shipment.class))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not a");
  }

  @Test
  @DisplayName("whatever it writes it reads back equal")
  void roundTrip() {
    qt().forAll(strings().betweenCodePoints(0, 0x9FFF).ofLengthBetween(0, 12), integers().all(), longs().all(),
            lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 5)).ofSizeBetween(0, 4))
        .checkAssert((id, grams, count, keys) -> {
          Map<String, Long> counts = new LinkedHashMap<>();
          keys.forEach(k -> counts.put(k, count));
          Parcel p = new Parcel(id, grams, grams / 8.0, grams % 2 == 0, id.isEmpty() ? Optional.empty() : Optional.of(id),
              List.of(Instant.ofEpochSecond(count % 10_000_000_000L, Math.floorMod(count, 1_000_000_000))), counts,
              grams % 3 == 0 ? Set.of() : Set.of(Colour.values()[Math.floorMod(grams, 2)]),
              new Box(id, Optional.empty()));
          String written = json.write(p, Parcel.class);
          assertThat(json.read(written, Parcel.class)).isEqualTo(p);
          assertThat(json.decode(json.parse(written), Parcel.class)).as("read from a tree").isEqualTo(p);
          // JSON written already as the value's own type is reused for a declared type that wraps it
          assertThat(json.write(p.shipment(), Shipment.class, json.write(p.shipment(), Box.class)))
              .isEqualTo(json.write(p.shipment(), Shipment.class));
          assertThat(json.write(p, Parcel.class, written)).isEqualTo(written);
        });
  }

  @Test
  @DisplayName("durations read as Duration.parse reads them, however many distinct ones and however often each")
  void durations() {
    JsonCodec codec = new JsonCodec();
    qt().withExamples(3_000).forAll(longs().between(-10_000_000_000L, 10_000_000_000L), integers().between(0, 999_999_999))
        .checkAssert((seconds, nanos) -> {
          java.time.Duration d = java.time.Duration.ofSeconds(seconds, nanos);
          String json = codec.write(d, java.time.Duration.class);
          assertThat(json).isEqualTo("\"" + d + "\"");
          assertThat(codec.read(json, java.time.Duration.class)).isEqualTo(d);
          assertThat(codec.read(json, java.time.Duration.class)).as("read again").isEqualTo(d);
        });
    assertThat(codec.read("\"PT5M\"", java.time.Duration.class)).isEqualTo(java.time.Duration.ofMinutes(5));
    assertThat(codec.read("\"P1DT-30S\"", java.time.Duration.class)).isEqualTo(java.time.Duration.parse("P1DT-30S"));
  }
}
