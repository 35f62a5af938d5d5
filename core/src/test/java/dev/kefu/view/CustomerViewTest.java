package dev.kefu.view;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.complaint.ApproveResolution;
import dev.kefu.complaint.AssessComplaint;
import dev.kefu.complaint.CarryOutResolution;
import dev.kefu.complaint.ProposeResolution;
import dev.kefu.complaint.RecordCause;
import dev.kefu.complaint.RegisterComplaint;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.sla.SlaPolicies;
import dev.kefu.sla.SlaPolicy;
import dev.kefu.sla.SlaSettings;
import dev.kefu.spi.Channel;
import dev.kefu.spi.complaint.CauseCategory;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.Department;
import dev.kefu.spi.complaint.ResolutionOption;
import dev.kefu.spi.complaint.ResolutionType;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.ResolveTicket;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CustomerViewTest {

  private final TestShop shop = new TestShop(new InMemoryStorage(), b -> b.sla(SlaSettings.defaults(ZoneId.of("UTC"))
      .withPolicies(SlaPolicies.defaults().withFallback(SlaPolicy.named("all")
          .withTarget(SlaMetric.RESOLUTION, SlaTarget.calendar(Duration.ofHours(8)))))));

  /** Everything internal a view must never show. */
  private static List<String> internal() {
    return List.of("agent-1", "sup", "Name of", "13812345678", "zhang@example.com", "supplier batch 7", "confirmed by phone");
  }

  private static String text(CustomerView v) {
    return v.toString();
  }

  @Test
  @DisplayName("TK-19: a customer follows their ticket: status, next step, promised time and outcome, in their language")
  void ticket() {
    shop.register("c");
    Ticket t = shop.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of("c"), TicketKind.AFTER_SALE, Channel.APP, "Broken", "It broke"));
    CustomerView zh = shop.kefu.customerViews().ticket(CustomerId.of("c"), t.id()).orElseThrow();
    assertThat(zh.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh.status()).isEqualTo("已受理");
    assertThat(zh.expectedBy()).contains(TestShop.START.plus(Duration.ofHours(8)));
    assertThat(zh.outcome()).isEmpty();
    shop.kefu.tickets().assign(new AssignTicket(by(AGENT), t.id(), AGENT));
    shop.kefu.tickets().resolve(new ResolveTicket(by(AGENT), t.id(), "A new one is on its way"));
    CustomerView done = shop.kefu.customerViews().ticket(CustomerId.of("c"), t.id()).orElseThrow();
    assertThat(done.status()).isEqualTo("已解决");
    assertThat(done.outcome()).contains("A new one is on its way");
    assertThat(done.expectedBy()).isEmpty();
    assertThat(internal()).noneMatch(text(done)::contains);
  }

  @Test
  @DisplayName("TK-19: English for a customer who prefers it; nothing of another customer's")
  void languageAndPrivacy() {
    shop.kefu.customers().register(TestShop.registration("e").withPreferredLocale(Locale.ENGLISH));
    shop.register("other");
    Ticket t = shop.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of("e"), TicketKind.PRE_SALE_INQUIRY, Channel.EMAIL, "Size", "?"));
    assertThat(shop.kefu.customerViews().ticket(CustomerId.of("e"), t.id()).orElseThrow().nextStep())
        .isEqualTo("An agent will take it up shortly.");
    assertThat(shop.kefu.customerViews().ticket(CustomerId.of("other"), t.id())).isEmpty();
  }

  @Test
  @DisplayName("TK-19: a customer follows their complaint through the loop without internal notes, staff or contact data")
  void complaint() {
    shop.kefu.customers().register(TestShop.registration("c").withPreferredLocale(Locale.ENGLISH));
    Complaint c = shop.kefu.complaints().register(RegisterComplaint.of(by(AGENT), CustomerId.of("c"), Channel.PHONE, "The zip broke"));
    assertThat(shop.kefu.customerViews().complaint(CustomerId.of("c"), c.id()).orElseThrow().status()).isEqualTo("Registered");
    shop.kefu.complaints().assess(AssessComplaint.substantiated(by(AGENT), c.id(), Department.QUALITY));
    shop.kefu.complaints().recordCause(new RecordCause(by(AGENT), c.id(), CauseCategory.PRODUCT_QUALITY, "supplier batch 7"));
    shop.kefu.complaints().proposeResolution(new ProposeResolution(by(AGENT), c.id(), List.of(ResolutionOption.of(ResolutionType.EXCHANGE, "A new bag, sent today"))));
    CustomerView deciding = shop.kefu.customerViews().complaint(CustomerId.of("c"), c.id()).orElseThrow();
    assertThat(deciding.status()).isEqualTo("Solution being decided");
    assertThat(deciding.outcome()).as("nothing is promised before approval (CP-5)").isEmpty();
    shop.kefu.complaints().approveResolution(new ApproveResolution(by(SUPERVISOR), c.id(), 0));
    shop.kefu.complaints().carryOut(new CarryOutResolution(by(AGENT), c.id(), List.of(AGENT)));
    CustomerView told = shop.kefu.customerViews().complaint(CustomerId.of("c"), c.id()).orElseThrow();
    assertThat(told.outcome()).contains("A new bag, sent today");
    assertThat(told.nextStep()).isEqualTo("Please tell us whether the solution suits you.");
    assertThat(internal()).noneMatch(text(told)::contains);
  }
}
