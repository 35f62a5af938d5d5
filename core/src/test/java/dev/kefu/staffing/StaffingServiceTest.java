package dev.kefu.staffing;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.AGENT_2;
import static dev.kefu.test.TestShop.LEAD;
import static dev.kefu.test.TestShop.OTHER_AGENT;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.AccessDeniedException;
import dev.kefu.InvalidCommandException;
import dev.kefu.Origin;
import dev.kefu.Violation;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffAlert;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.ResolveTicket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaffingServiceTest {

  private static final StaffId SHIFT_LEAD = StaffId.of("shift-lead");
  private final TestShop shop = new TestShop();

  StaffingServiceTest() {
    shop.staff.put(TestShop.member(SHIFT_LEAD, Role.SHIFT_LEAD, SUPERVISOR));
  }

  @Test
  @DisplayName("ST-14: a peak is raised to the shift lead at once: event and notification in one commit, delivered once")
  void peakToShiftLead() {
    Map<String, Long> before = shop.counts();
    StaffAlert alert = shop.kefu.staffing().raise(new RaiseAlert(Origin.of(AGENT, "r-1"), "peak-1", StaffAlert.Kind.PEAK,
        "traffic peak: 40 chats in 10 minutes", List.of(SHIFT_LEAD)));
    assertThat(alert.recipients()).containsExactly(SHIFT_LEAD);
    assertThat(alert.raisedAt()).isEqualTo(shop.clock.instant());
    shop.kefu.deliverNotifications();
    assertThat(shop.channel.sent).singleElement().satisfies(n -> {
      assertThat(n.templateKey()).isEqualTo("staff.alert");
      assertThat(n.recipient().id()).isEqualTo(SHIFT_LEAD.value());
      assertThat(n.parameters()).containsEntry("kind", "peak").containsEntry("alertId", "peak-1");
    });
    // the same alert id again: the first alert back, nothing sent twice
    StaffAlert again = shop.kefu.staffing().raise(new RaiseAlert(Origin.of(AGENT, "r-2"), "peak-1", StaffAlert.Kind.PEAK,
        "traffic peak: 40 chats in 10 minutes", List.of(SHIFT_LEAD)));
    assertThat(again).isEqualTo(alert);
    shop.kefu.deliverNotifications();
    assertThat(shop.channel.sent).hasSize(1);
    assertThat(shop.counts()).isNotEqualTo(before);
  }

  @Test
  @DisplayName("ST-14: an alert to someone who is not a shift lead is refused with every problem, and changes nothing")
  void onlyShiftLeads() {
    Map<String, Long> before = shop.counts();
    assertThatThrownBy(() -> shop.kefu.staffing().raise(new RaiseAlert(by(AGENT), "inc-1", StaffAlert.Kind.INCIDENT, " ",
        List.of(LEAD, StaffId.of("nobody")))))
        .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
          assertThat(e.paths()).containsExactly("shiftLeads[0]", "shiftLeads[1]", "summary");
          assertThat(e.violations()).extracting(Violation::ruleId).contains("ST-14");
        });
    assertThat(shop.counts()).isEqualTo(before);
    shop.kefu.deliverNotifications();
    assertThat(shop.channel.sent).isEmpty();
  }

  @Test
  @DisplayName("ST-2: at the shift change the leaving agent's open tickets all get an incoming owner; resolved ones stay")
  void handover() {
    List<Ticket> open = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String c = "c" + i;
      shop.register(c);
      Ticket t = shop.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of(c), TicketKind.AFTER_SALE, Channel.PHONE, "s", "m"));
      open.add(shop.kefu.tickets().assign(new AssignTicket(by(AGENT), t.id(), AGENT)));
    }
    shop.clock.advance(Duration.ofMinutes(5));
    Ticket done = shop.kefu.tickets().resolve(new ResolveTicket(by(AGENT), open.get(4).id(), "fixed"));
    List<Handoff> handoffs = shop.kefu.staffing().handOver(new HandOver(by(LEAD), List.of(AGENT), List.of(AGENT_2, OTHER_AGENT)));
    assertThat(handoffs).hasSize(4).allSatisfy(h -> assertThat(h.from()).isEqualTo(AGENT));
    assertThat(handoffs).extracting(Handoff::to).containsExactly(AGENT_2, OTHER_AGENT, AGENT_2, OTHER_AGENT);
    for (Handoff h : handoffs) {
      assertThat(shop.kefu.tickets().find(h.ticket()).orElseThrow().owner()).contains(h.to());
    }
    assertThat(shop.kefu.tickets().find(done.id()).orElseThrow().status()).isEqualTo(TicketStatus.RESOLVED);
    assertThat(shop.kefu.tickets().find(done.id()).orElseThrow().owner()).contains(AGENT);
  }

  @Test
  @DisplayName("ST-2: only a lead runs the handover, and bad input changes nothing")
  void handoverRules() {
    shop.register("c");
    Ticket t = shop.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of("c"), TicketKind.AFTER_SALE, Channel.PHONE, "s", "m"));
    shop.kefu.tickets().assign(new AssignTicket(by(AGENT), t.id(), AGENT));
    assertThatThrownBy(() -> shop.kefu.staffing().handOver(new HandOver(by(AGENT_2), List.of(AGENT), List.of(AGENT_2))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> shop.kefu.staffing().handOver(new HandOver(by(LEAD), List.of(AGENT), List.of(AGENT, StaffId.of("ghost")))))
        .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.paths()).containsExactly("incoming", "incoming[1]"));
    assertThatThrownBy(() -> shop.kefu.staffing().handOver(new HandOver(by(LEAD), List.of(AGENT), List.of())))
        .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.paths()).containsExactly("incoming"));
    assertThat(shop.kefu.tickets().find(t.id()).orElseThrow().owner()).contains(AGENT);
  }
}
