package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Instants as kefu-jdbc stores them: exact, ordered like the instants, refused outside their range. */
class InstantsTest {

  @Test
  void everyStorableInstantComesBackExactAndKeepsItsOrder() {
    long minSecond = Instants.MIN.getEpochSecond() + 1;
    long maxSecond = Instants.MAX.getEpochSecond() - 1;
    qt().forAll(longs().between(minSecond, maxSecond), integers().between(0, 999_999_999),
            longs().between(minSecond, maxSecond), integers().between(0, 999_999_999))
        .checkAssert((s1, n1, s2, n2) -> {
          Instant a = Instant.ofEpochSecond(s1, n1);
          Instant b = Instant.ofEpochSecond(s2, n2);
          assertThat(Instants.fromNanos(Instants.toNanos(a))).isEqualTo(a);
          assertThat(Long.compare(Instants.toNanos(a), Instants.toNanos(b))).isEqualTo(Integer.signum(a.compareTo(b)));
        });
  }

  @Test
  void theEndsOfTheRangeAreStorableAndOneNanosecondBeyondIsRefused() {
    assertThat(Instants.toNanos(Instants.MIN)).isEqualTo(Long.MIN_VALUE);
    assertThat(Instants.toNanos(Instants.MAX)).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> Instants.toNanos(Instants.MAX.plusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2262-04-11");
    assertThatThrownBy(() -> Instants.toNanos(Instants.MIN.minusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1677-09-21");
  }
}
