package dev.kefu.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fast ISO text of an instant is exactly {@link Instant#toString()}'s. */
class IsoInstantProperties {

  @Test
  @DisplayName("any instant, with any fraction of a second, formats as Instant.toString() does")
  void sameAsToString() {
    long min = Instant.parse("-0100-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("+10100-01-01T00:00:00Z").getEpochSecond();
    qt().withExamples(20_000).forAll(longs().between(min, max), integers().between(0, 999_999_999), integers().between(0, 3))
        .checkAssert((second, nano, round) -> {
          int n = round == 0 ? 0 : round == 1 ? nano / 1_000_000 * 1_000_000 : round == 2 ? nano / 1_000 * 1_000 : nano;
          Instant t = Instant.ofEpochSecond(second, n);
          assertThat(IsoInstant.format(t)).isEqualTo(t.toString());
          assertThat(IsoInstant.format("due ", t)).isEqualTo("due " + t);
        });
    IsoInstant iso = new IsoInstant(); // remembers days: a run of instants, some on one day
    qt().withExamples(20_000).forAll(longs().between(min, max), integers().between(0, 999_999_999), integers().between(-3, 3))
        .checkAssert((second, nano, nearby) -> {
          Instant t = Instant.ofEpochSecond(second, nano);
          assertThat(iso.text(t)).isEqualTo(t.toString());
          Instant near = Instant.ofEpochSecond(second + nearby * 3_000L, nearby < 0 ? 0 : nano);
          assertThat(iso.text(near)).isEqualTo(near.toString());
        });
    for (Instant t : new Instant[] {Instant.EPOCH, Instant.MIN, Instant.MAX, Instant.parse("9999-12-31T23:59:59.999999999Z"),
        Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("2026-03-02T01:00:00.100Z")}) {
      assertThat(IsoInstant.format(t)).isEqualTo(t.toString());
      assertThat(iso.text(t)).isEqualTo(t.toString());
    }
  }
}
