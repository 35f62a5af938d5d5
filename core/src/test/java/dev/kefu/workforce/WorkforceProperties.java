package dev.kefu.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of {@link ErlangC}, {@link ErlangA}, {@link RequiredServers} and {@link Shrinkage} over generated cases. */
class WorkforceProperties {

  /** A staffing question: load, handle time, target, caps and, for Erlang A, a patience. */
  record Case(double erlangs, int aht, double level, int threshold, double maxOccupancy, Integer asaCap,
      Integer patience, Double abandonCap) {

    ServiceTarget target() {
      return ServiceTarget.of(level, Duration.ofSeconds(threshold));
    }

    StaffingOptions options() {
      return StaffingOptions.builder()
          .maxOccupancy(maxOccupancy)
          .maxAverageSpeedOfAnswer(asaCap == null ? null : Duration.ofSeconds(asaCap))
          .patience(patience == null ? null : Duration.ofSeconds(patience))
          .maxAbandonment(abandonCap)
          .build();
    }

    QueueMetrics at(int n) {
      return patience == null
          ? ErlangC.evaluate(n, erlangs, Duration.ofSeconds(aht), Duration.ofSeconds(threshold))
          : ErlangA.evaluate(n, erlangs, Duration.ofSeconds(aht), Duration.ofSeconds(patience), Duration.ofSeconds(threshold));
    }
  }

  private static int draw(org.quicktheories.core.RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  static Gen<Case> cases() {
    return in -> {
      double erlangs = draw(in, 0, 3) == 0 ? doubles().between(0.01, 5).generate(in) : doubles().between(0.01, 400).generate(in);
      boolean erlangA = booleans().all().generate(in);
      return new Case(
          erlangs,
          draw(in, 20, 900),
          draw(in, 50, 99) / 100.0,
          draw(in, 0, 120),
          draw(in, 50, 100) / 100.0,
          draw(in, 0, 2) == 0 ? draw(in, 1, 60) : null,
          erlangA ? draw(in, 10, 1200) : null,
          erlangA && draw(in, 0, 2) == 0 ? draw(in, 1, 30) / 100.0 : null);
    };
  }

  @Test
  @DisplayName("the service level rises with N (Erlang C and Erlang A), and P(wait), ASA and abandonment fall (to 1e-12)")
  void serviceLevelRisesWithN() {
    double rounding = 1e-12; // figures within rounding of 1 (massively overloaded) may wobble in the last bits
    qt().withExamples(300).forAll(cases(), integers().between(1, 500)).checkAssert((c, n) -> {
      QueueMetrics here = c.at(n);
      QueueMetrics more = c.at(n + 1);
      assertThat(more.serviceLevel()).as(c + " at " + n).isGreaterThanOrEqualTo(here.serviceLevel() - rounding);
      assertThat(more.probabilityOfWaiting()).as(c + " at " + n).isLessThanOrEqualTo(here.probabilityOfWaiting() + rounding);
      assertThat(more.probabilityOfAbandoning()).as(c + " at " + n).isLessThanOrEqualTo(here.probabilityOfAbandoning() + rounding);
      assertThat(more.averageSpeedOfAnswer()).as(c + " at " + n).isLessThanOrEqualTo(here.averageSpeedOfAnswer() * (1 + rounding));
      assertThat(more.occupancy()).as(c + " at " + n).isLessThanOrEqualTo(here.occupancy() + rounding);
    });
  }

  @Test
  @DisplayName("ST-15: the required N meets every target and is minimal: N − 1 fails one")
  void requiredIsMinimal() {
    qt().withExamples(300).forAll(cases()).checkAssert(c -> {
      QueueMetrics required = RequiredServers.required(c.erlangs(), Duration.ofSeconds(c.aht()), c.target(), c.options());
      int n = required.servers();
      assertThat(required).as(c.toString()).isEqualTo(c.at(n));
      assertThat(RequiredServers.meets(required, c.target(), c.options())).as(c.toString()).isTrue();
      if (n > 1) {
        assertThat(RequiredServers.meets(c.at(n - 1), c.target(), c.options())).as(c + ": N − 1 = " + (n - 1)).isFalse();
      }
      if (c.patience() == null) {
        assertThat(n).as(c.toString()).isGreaterThan((int) Math.floor(c.erlangs()));
      }
    });
  }

  @Test
  @DisplayName("Erlang C agrees with an independent BigDecimal implementation on small cases: relative error below 1e-9")
  void erlangCAgreesWithBigDecimal() {
    qt().withExamples(300).forAll(integers().between(1, 150), doubles().between(0.001, 0.999), integers().between(5, 1200),
        integers().between(0, 300)).checkAssert((n, load, aht, t) -> {
          double erlangs = n * load;
          QueueMetrics kefu = ErlangC.evaluate(n, erlangs, Duration.ofSeconds(aht), Duration.ofSeconds(t));
          BigDecimalErlangC.Result exact = BigDecimalErlangC.evaluate(n, erlangs, aht, t);
          relative(kefu.probabilityOfWaiting(), exact.probabilityOfWaiting(), "P(wait)");
          relative(kefu.serviceLevel(), exact.serviceLevel(), "service level");
          relative(kefu.averageSpeedOfAnswer(), exact.averageSpeedOfAnswer(), "ASA");
          relative(kefu.occupancy(), exact.occupancy(), "occupancy");
        });
  }

  private static void relative(double actual, BigDecimal expected, String what) {
    if (expected.signum() == 0) {
      assertThat(actual).as(what).isZero();
      return;
    }
    BigDecimal difference = new BigDecimal(actual).subtract(expected).abs();
    if (expected.abs().compareTo(BigDecimal.valueOf(Double.MIN_NORMAL)) < 0) {
      // below the smallest normal double a double holds fewer significant bits, spaced
      // Double.MIN_VALUE apart: a relative 1e-9 is not representable there (seen: P(wait) of
      // 1.26e-316 off by 1.8e-324, under one such step); allow the rounding of a few hundred steps
      assertThat(difference.doubleValue()).as(what + ": " + actual + " against " + expected)
          .isLessThanOrEqualTo(256 * Double.MIN_VALUE);
      return;
    }
    double error = difference.divide(expected.abs(), BigDecimalErlangC.MC).doubleValue();
    assertThat(error).as(what + ": " + actual + " against " + expected).isLessThan(1e-9);
  }

  @Test
  @DisplayName("the Erlang B recursion and the log-space form agree on large cases (loads from 85% of N, where B is a normal double)")
  void erlangBRecursionMatchesLogSpace() {
    qt().withExamples(100).forAll(integers().between(1_000, 30_000), doubles().between(0.85, 1.5)).checkAssert((n, load) -> {
      double erlangs = n * load;
      double recursion = ErlangB.blocking(n, erlangs);
      double logSpace = LogSpaceErlangB.blocking(n, erlangs);
      assertThat(recursion).isFinite().isPositive();
      assertThat(recursion).as(n + " servers, " + erlangs + " Erlangs").isCloseTo(logSpace, within(logSpace * 1e-9));
    });
  }

  @Test
  @DisplayName("shrinkage rounding is exact for every raw count and shrinkage in basis points: ceil(N / (1 − s))")
  void shrinkageIsExact() {
    qt().withExamples(5_000).forAll(integers().between(0, 100_000), integers().between(0, 9_999)).checkAssert((n, bp) -> {
      BigDecimal productive = BigDecimal.ONE.subtract(BigDecimal.valueOf(bp, 4));
      int expected = new BigDecimal(n).divide(productive, 30, RoundingMode.UP).setScale(0, RoundingMode.CEILING).intValueExact();
      assertThat(Shrinkage.ofBasisPoints(bp).scheduled(n)).as(n + " at " + bp + " bp").isEqualTo(expected);
    });
  }
}
