package dev.kefu.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.staffing.LeaveDecision;
import dev.kefu.staffing.LeavePolicy;
import dev.kefu.staffing.LeaveRules;
import dev.kefu.staffing.Organisation;
import dev.kefu.staffing.Roster;
import dev.kefu.staffing.RosterCheck;
import dev.kefu.staffing.RosterRules;
import dev.kefu.staffing.RuleOutcome;
import dev.kefu.staffing.ShiftLookup;
import dev.kefu.staffing.StatePeriod;
import dev.kefu.staffing.StateTimeline;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaffingGeneratorsTest {

  @Test
  @DisplayName("ST-1: generated organisations keep the reporting-line rule; the same seed gives the same organisation")
  void organisations() {
    for (StaffingGenerators.Organisation org : StaffingGenerators.organisations().sample(11L, 200)) {
      assertThat(Organisation.check(InMemoryStaffDirectory.of(org.members()))).isEmpty();
      assertThat(org.agents()).isNotEmpty();
      assertThat(org.members()).extracting(m -> m.id()).containsAll(org.agents()).containsAll(org.teamLeads());
    }
    assertThat(StaffingGenerators.organisations().sample(5L, 3)).isEqualTo(StaffingGenerators.organisations().sample(5L, 3));
  }

  @Test
  @DisplayName("ST-3: generated rosters stay in their week and zone, and the rules find exactly the agents without a rest day")
  void rosters() {
    SplittableRandom random = new SplittableRandom(3);
    int withoutRest = 0;
    for (int i = 0; i < 300; i++) {
      StaffingGenerators.Organisation org = StaffingGenerators.organisations().next(random);
      Roster roster = StaffingGenerators.rosters(org.agents()).next(random);
      assertThat(roster.agents()).containsExactlyElementsOf(org.agents());
      assertThat(roster.shifts()).allSatisfy(s -> {
        assertThat(s.date()).isBetween(roster.weekStart(), roster.weekStart().plusDays(6));
        assertThat(s.end()).isAfter(s.start());
      });
      RosterCheck check = RosterRules.defaults().check(roster);
      long none = roster.agents().stream().filter(a -> roster.restDays(a).isEmpty()).count();
      withoutRest += (int) none;
      assertThat(check.of("ST-3")).hasSize((int) none);
    }
    assertThat(withoutRest).as("rosters without rest days come up too").isPositive();
  }

  @Test
  @DisplayName("ST-5 to ST-8: every generated leave request gets a decision that names each rule")
  void leaveRequests() {
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 300; i++) {
      StaffingGenerators.Organisation org = StaffingGenerators.organisations().next(random);
      Roster roster = StaffingGenerators.rosters(org.agents()).next(random);
      LeavePolicy policy = LeavePolicy.of(LeaveRules.defaults(), InMemoryStaffDirectory.of(org.members()));
      var request = StaffingGenerators.leaveRequests(org, roster).next(random);
      LeaveDecision d = policy.decide(request, ShiftLookup.of(List.of(roster)), request.requestedAt());
      assertThat(d.outcomes()).extracting(RuleOutcome::ruleId).containsExactly("ST-5", "ST-6", "ST-7", "ST-8");
      assertThat(policy.approvalChain(request)).isNotEmpty();
    }
  }

  @Test
  void timelinesCoverTheirDay() {
    LocalDate day = LocalDate.of(2026, 3, 29);
    java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
    for (StateTimeline t : StaffingGenerators.stateTimelines(StaffId.of("a"), day, berlin).sample(9L, 100)) {
      Instant from = day.atStartOfDay(berlin).toInstant();
      Instant to = day.plusDays(1).atStartOfDay(berlin).toInstant(); // the clocks go forward: 23 hours
      List<StatePeriod> periods = t.periods(from, to);
      assertThat(periods.get(0).start()).isEqualTo(from);
      assertThat(periods.get(periods.size() - 1).end()).isEqualTo(to);
      assertThat(periods.stream().map(StatePeriod::length).reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofHours(23));
    }
  }
}
