package dev.kefu.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShiftSwapsTest {

  private final ShiftSwaps swaps = ShiftSwaps.of(Shop.directory(), Discipline.defaults());
  private final Roster roster = Shop.week()
      .assign(Shop.A1, Shop.day(2), ShiftTemplates.shopAEarly())
      .assign(Shop.A2, Shop.day(2), ShiftTemplates.shopALate())
      .assign(Shop.B1, Shop.day(3), ShiftTemplates.shopALate())
      .build();

  @Test
  @DisplayName("ST-4: a swap approved by a lead of both agents changes the roster without a record")
  void approved() {
    ShiftSwap swap = new ShiftSwap(Shop.A1, Shop.day(2), Shop.A2, Shop.day(2), Optional.of(Shop.LEAD_1));
    ShiftSwaps.Outcome o = swaps.record(roster, swap, List.of());
    assertThat(o.decision().allowed()).isTrue();
    assertThat(o.decision().ruleId()).isEqualTo("ST-4");
    assertThat(o.records()).isEmpty();
    assertThat(o.roster().shift(Shop.A1, Shop.day(2)).orElseThrow().template()).isEqualTo(ShiftTemplates.shopALate());
    assertThat(o.roster().shift(Shop.A2, Shop.day(2)).orElseThrow().template()).isEqualTo(ShiftTemplates.shopAEarly());
  }

  @Test
  @DisplayName("ST-4: an unapproved swap is a disciplinary record for both agents, sanctioned by ST-10")
  void unapproved() {
    ShiftSwap swap = new ShiftSwap(Shop.A1, Shop.day(2), Shop.B1, Shop.day(3), Optional.empty());
    DisciplinaryRecord earlier = new DisciplinaryRecord(Shop.B1, Shop.day(0), "ST-9", Sanction.WARNING, "late");
    ShiftSwaps.Outcome o = swaps.record(roster, swap, List.of(earlier));
    assertThat(o.decision().allowed()).isFalse();
    assertThat(o.records()).extracting(DisciplinaryRecord::agent, DisciplinaryRecord::ruleId, DisciplinaryRecord::sanction)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Shop.A1, "ST-4", Sanction.WARNING),
            org.assertj.core.groups.Tuple.tuple(Shop.B1, "ST-4", Sanction.PENALTY));
    // the swap happened all the same: the roster shows it
    assertThat(o.roster().shift(Shop.A1, Shop.day(3))).isPresent();
    assertThat(o.roster().shift(Shop.A1, Shop.day(2))).isEmpty();
    assertThat(o.roster().shift(Shop.B1, Shop.day(2))).isPresent();
  }

  @Test
  @DisplayName("ST-4: the approver must lead both agents; a team lead of one team cannot approve a cross-team swap")
  void approverLeadsBoth() {
    ShiftSwap cross = new ShiftSwap(Shop.A1, Shop.day(2), Shop.B1, Shop.day(3), Optional.of(Shop.LEAD_1));
    assertThat(swaps.decide(cross).allowed()).isFalse();
    assertThat(swaps.decide(cross).reason()).contains("second agent");
    assertThat(swaps.decide(new ShiftSwap(Shop.A1, Shop.day(2), Shop.B1, Shop.day(3), Optional.of(Shop.SUPERVISOR))).allowed()).isTrue();
    assertThat(swaps.decide(new ShiftSwap(Shop.A1, Shop.day(2), Shop.A2, Shop.day(2), Optional.of(Shop.A3))).allowed()).isFalse();
  }
}
