package dev.kefu.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The QA sample over generated policies and contacts (QA-1). */
class SamplingProperties {

  private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
  private static final StaffId AGENT = StaffId.of("agent-1");

  /** A policy with generated rates and seed. */
  static Gen<SamplingPolicy> policies() {
    Gen<Double> rate = doubles().between(0, 1);
    return longs().all().zip(rate, rate, rate, (seed, base, fresh, complaint) -> SamplingPolicy.defaults().withSeed(seed)
        .withBaseRate(base).withNewAgents(fresh, Duration.ofDays(30)).withAfterComplaint(complaint, Duration.ofDays(14)));
  }

  @Test
  @DisplayName("QA-1: the rate applied is the agent's, raised to the new-agent or after-complaint rate, never outside them")
  void rateWithinBounds() {
    qt().forAll(policies(), integers().between(0, 3), strings().basicLatinAlphabet().ofLengthBetween(1, 20),
        integers().between(1, 500)).checkAssert((policy, flags, ticket, contact) -> {
          boolean isNew = (flags & 1) != 0;
          boolean complained = (flags & 2) != 0;
          Optional<Instant> first = Optional.of(isNew ? AT.minus(Duration.ofDays(1)) : AT.minus(Duration.ofDays(90)));
          Optional<Instant> complaint = complained ? Optional.of(AT.minus(Duration.ofDays(2))) : Optional.empty();
          SamplingDecision d = policy.decide(TicketId.of(ticket), contact, AGENT, AT, first, complaint);
          double expected = Math.max(policy.baseRate(), Math.max(isNew ? policy.newAgentRate() : 0,
              complained ? policy.afterComplaintRate() : 0));
          assertThat(d.rate()).isEqualTo(expected).isBetween(0.0, 1.0);
          assertThat(d.draw()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
          assertThat(d.sampled()).isEqualTo(d.draw() < d.rate());
          assertThat(policy.decide(TicketId.of(ticket), contact, AGENT, AT, first, complaint)).as("deterministic").isEqualTo(d);
        });
  }

  @Test
  @DisplayName("QA-1: over many contacts the sampled share stays close to the rate; rate 0 samples none, rate 1 all")
  void sampledShareFollowsTheRate() {
    qt().withExamples(40).forAll(longs().all(), doubles().between(0, 1)).checkAssert((seed, rate) -> {
      SamplingPolicy policy = SamplingPolicy.defaults().withSeed(seed).withBaseRate(rate).withNewAgents(0, Duration.ZERO)
          .withAfterComplaint(0, Duration.ZERO);
      int n = 4000;
      int sampled = 0;
      for (int i = 0; i < n; i++) {
        if (policy.decide(TicketId.of("t-" + i), 1 + i % 3, AGENT, AT, Optional.of(AT.minus(Duration.ofDays(400))), Optional.empty())
            .sampled()) {
          sampled++;
        }
      }
      // the standard deviation of the share is at most √(0.25 / 4000) ≈ 0.008; 0.06 is over 7 of them
      assertThat((double) sampled / n).isCloseTo(rate, org.assertj.core.api.Assertions.within(0.06));
      if (rate == 0.0) {
        assertThat(sampled).isZero();
      }
    });
    SamplingPolicy all = SamplingPolicy.defaults().withBaseRate(1.0);
    assertThat(all.decide(TicketId.of("t"), 1, AGENT, AT, Optional.empty(), Optional.empty()).sampled()).isTrue();
  }
}
