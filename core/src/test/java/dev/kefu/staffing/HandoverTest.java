package dev.kefu.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HandoverTest {

  @Test
  @DisplayName("ST-2: at the shift change every open ticket of the leaving agents goes to an incoming agent, least loaded first")
  void everythingHandedOver() {
    Map<StaffId, List<TicketId>> open = new LinkedHashMap<>();
    open.put(Shop.A1, List.of(TicketId.of("t1"), TicketId.of("t2"), TicketId.of("t3")));
    open.put(Shop.A2, List.of(TicketId.of("t4")));
    Map<StaffId, Integer> incoming = new LinkedHashMap<>();
    incoming.put(Shop.B1, 2);
    incoming.put(Shop.B2, 0);
    List<Handoff> plan = Handover.plan(open, incoming);
    assertThat(plan).extracting(Handoff::ticket).containsExactly(TicketId.of("t1"), TicketId.of("t2"), TicketId.of("t3"), TicketId.of("t4"));
    assertThat(plan).extracting(Handoff::to).containsExactly(Shop.B2, Shop.B2, Shop.B1, Shop.B2);
    assertThat(plan).extracting(Handoff::from).containsExactly(Shop.A1, Shop.A1, Shop.A1, Shop.A2);
  }

  @Test
  void openWorkNeedsSomeoneToTakeIt() {
    assertThatThrownBy(() -> Handover.plan(Map.of(Shop.A1, List.of(TicketId.of("t1"))), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no incoming agent");
    assertThat(Handover.plan(Map.of(Shop.A1, List.of()), Map.of())).isEmpty();
  }
}
