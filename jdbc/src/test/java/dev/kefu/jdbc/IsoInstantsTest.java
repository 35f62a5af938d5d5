package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Instants in stored JSON: the JDK's text and the JDK's reading, whatever the instant or the text. */
class IsoInstantsTest {

  /** Instants across the JDK's whole range, most within years 0 to 9999, with each kind of fraction. */
  private static Gen<Instant> instants() {
    Gen<Long> seconds = longs().between(-62_167_219_200L - 86_400L * 400, 253_402_300_800L + 86_400L * 400)
        .mix(longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()), 10);
    Gen<Integer> nanos = integers().between(0, 3).zip(integers().between(0, 999_999_999), (kind, n) -> switch (kind) {
      case 0 -> 0;
      case 1 -> n / 1_000_000 * 1_000_000;
      case 2 -> n / 1_000 * 1_000;
      default -> n;
    });
    return seconds.zip(nanos, Instant::ofEpochSecond);
  }

  @Test
  @DisplayName("an instant is written as Instant.toString writes it and read back exactly")
  void writesTheJdksTextAndReadsItBack() {
    qt().withExamples(5_000).forAll(instants()).checkAssert(t -> {
      String text = IsoInstants.format(t);
      assertThat(text).isEqualTo(t.toString());
      assertThat(IsoInstants.parse(text)).isEqualTo(t);
    });
  }

  @Test
  @DisplayName("any variation of the text is read as Instant.parse reads it, or refused as it refuses it")
  void readsWhatTheJdkReads() {
    Gen<String> variations = instants().zip(integers().between(0, 9), integers().between(0, 40), (t, how, at) -> {
      String s = t.toString();
      int i = Math.min(at, s.length() - 1);
      return switch (how) {
        case 0 -> s.toLowerCase();
        case 1 -> s.substring(0, s.length() - 1) + "+01:00";
        case 2 -> s.substring(0, i) + s.substring(i + 1); // a character missing
        case 3 -> s.substring(0, i) + "9" + s.substring(i + 1); // a digit or separator changed
        case 4 -> s.substring(0, i) + "x" + s.substring(i + 1);
        case 5 -> s.replace("Z", ".5Z"); // a fraction of another length
        case 6 -> s.replace("Z", "0Z");
        case 7 -> s.substring(0, 10) + "T23:59:60Z"; // a leap second
        case 8 -> s.substring(0, 8) + "31" + s.substring(10); // a 31st that may not exist
        default -> s;
      };
    });
    qt().withExamples(5_000).forAll(variations).checkAssert(text -> {
      Instant expected;
      try {
        expected = Instant.parse(text);
      } catch (DateTimeParseException e) {
        assertThatThrownBy(() -> IsoInstants.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
        return;
      }
      assertThat(IsoInstants.parse(text)).as(text).isEqualTo(expected);
    });
  }

  @Test
  @DisplayName("the edges: the first and last instants of years 0 and 9999, the epoch, February 29th")
  void edges() {
    for (String text : new String[] {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z",
        "2024-02-29T12:00:00.5Z", "1969-12-31T23:59:59.000001Z", "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z"}) {
      assertThat(IsoInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
      assertThat(IsoInstants.format(Instant.parse(text))).as(text).isEqualTo(Instant.parse(text).toString());
    }
    assertThatThrownBy(() -> IsoInstants.parse("2023-02-29T12:00:00Z")).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> IsoInstants.parse(null)).isInstanceOf(NullPointerException.class);
  }
}
