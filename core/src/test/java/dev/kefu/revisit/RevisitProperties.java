package dev.kefu.revisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kefu.complaint.ApproveResolution;
import dev.kefu.complaint.AssessComplaint;
import dev.kefu.complaint.CarryOutResolution;
import dev.kefu.complaint.ProposeResolution;
import dev.kefu.complaint.RecordCause;
import dev.kefu.complaint.RecordCustomerAnswer;
import dev.kefu.complaint.RegisterComplaint;
import dev.kefu.customer.RegisterCustomer;
import dev.kefu.spi.Channel;
import dev.kefu.spi.complaint.CauseCategory;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintStatus;
import dev.kefu.spi.complaint.Department;
import dev.kefu.spi.complaint.ResolutionOption;
import dev.kefu.spi.complaint.ResolutionType;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.Membership;
import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.revisit.RevisitQuery;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.test.TestShop;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Revisits over generated customers in generated time zones (RV-2, RV-3, RV-5, RV-6). */
class RevisitProperties {

  private static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();

  @Test
  @DisplayName("RV-2: whatever the zone and the wished-for instant, a revisit lands outside the rest hours, at or after the wish")
  void neverInRestHours() {
    RestHours rest = RestHours.defaults();
    qt().withExamples(2000).forAll(Generate.pick(ZONES), longs().between(1_700_000_000L, 1_900_000_000L)).checkAssert((zone, seconds) -> {
      Instant wanted = Instant.ofEpochSecond(seconds);
      Instant at = rest.nextAwake(wanted, zone);
      assertThat(rest.contains(ZonedDateTime.ofInstant(at, zone).toLocalTime())).as("%s in %s", at, zone).isFalse();
      assertThat(at).isAfterOrEqualTo(wanted);
      assertThat(Duration.between(wanted, at)).isLessThanOrEqualTo(Duration.ofHours(13)); // a night plus a DST hour at most
    });
  }

  /** A generated member: a zone and how many days from the start their card is valid. */
  record Member(ZoneId zone, int validDays) {}

  static Gen<Member> members() {
    return Generate.pick(ZONES).zip(integers().between(-5, 60), Member::new);
  }

  private int revisitsSeen;

  @Test
  @DisplayName("RV-3, RV-6, RV-2: every member holding a valid card gets exactly one revisit on each 1st and 15th, never in their rest hours")
  void everyMemberOnThe1stAnd15th() {
    qt().withExamples(12).forAll(lists().of(members()).ofSizeBetween(1, 6)).checkAssert(generated -> {
      TestShop shop = new TestShop();
      LocalDate start = LocalDate.of(2026, 3, 2);
      for (int i = 0; i < generated.size(); i++) {
        Member m = generated.get(i);
        shop.kefu.customers().register(RegisterCustomer.of(TestShop.by(TestShop.AGENT), CustomerId.of("m" + i), "M",
            List.of(ContactPoint.of(Channel.PHONE, "1380000000" + i)), "r", m.zone())
            .withMembership(new Membership("C" + i, start.plusDays(m.validDays()))));
      }
      for (int hour = 0; hour < 24 * 40; hour += 6) {
        shop.clock.advance(Duration.ofHours(6));
        shop.kefu.runDueWork();
      }
      for (LocalDate day : List.of(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 1))) {
        List<Revisit> campaign = shop.kefu.revisits().list(RevisitQuery.all().withCampaign("members-" + day), PageRequest.first(100)).items();
        Instant occurrence = ZonedDateTime.of(day, RevisitRules.defaults().memberTime(), ZoneId.of("Asia/Shanghai")).toInstant();
        Set<String> expected = new java.util.TreeSet<>();
        for (int i = 0; i < generated.size(); i++) {
          LocalDate customerToday = LocalDate.ofInstant(occurrence, generated.get(i).zone());
          if (!customerToday.isAfter(start.plusDays(generated.get(i).validDays()))) {
            expected.add("m" + i);
          }
        }
        revisitsSeen += campaign.size();
        assertThat(campaign.stream().map(r -> r.customer().value()).collect(Collectors.toList()))
            .as("campaign %s", day).containsExactlyInAnyOrderElementsOf(expected);
        for (Revisit r : campaign) {
          ZoneId zone = generated.get(Integer.parseInt(r.customer().value().substring(1))).zone();
          assertThat(RestHours.defaults().contains(ZonedDateTime.ofInstant(r.scheduledFor(), zone).toLocalTime())).isFalse();
        }
      }
    });
    assertThat(revisitsSeen).as("the generated members were revisited at all").isPositive();
  }

  @Test
  @DisplayName("RV-2, RV-5: a customer not reached is called again retryAfter later, never in their rest hours, until the attempts run out")
  void retriesStayOutOfRestHours() {
    RevisitRules rules = RevisitRules.defaults();
    qt().withExamples(60).forAll(Generate.pick(ZONES), lists().of(integers().between(0, 23 * 60)).ofSize(rules.attempts()))
        .checkAssert((zone, failedAtMinutes) -> {
          TestShop shop = new TestShop();
          shop.kefu.customers().register(RegisterCustomer.of(TestShop.by(TestShop.AGENT), CustomerId.of("c"), "C",
              List.of(ContactPoint.of(Channel.PHONE, "13800000000")), "r", zone));
          Complaint c = shop.kefu.complaints().register(RegisterComplaint.of(TestShop.by(TestShop.AGENT), CustomerId.of("c"),
              Channel.PHONE, "late"));
          shop.kefu.complaints().assess(AssessComplaint.substantiated(TestShop.by(TestShop.AGENT), c.id(), Department.LOGISTICS));
          shop.kefu.complaints().recordCause(new RecordCause(TestShop.by(TestShop.AGENT), c.id(), CauseCategory.LOGISTICS, "courier"));
          shop.kefu.complaints().proposeResolution(new ProposeResolution(TestShop.by(TestShop.AGENT), c.id(),
              List.of(ResolutionOption.of(ResolutionType.APOLOGY, "sorry"))));
          shop.kefu.complaints().approveResolution(new ApproveResolution(TestShop.by(TestShop.SUPERVISOR), c.id(), 0));
          shop.kefu.complaints().carryOut(new CarryOutResolution(TestShop.by(TestShop.AGENT), c.id(), List.of(TestShop.AGENT)));
          shop.kefu.complaints().recordCustomerAnswer(new RecordCustomerAnswer(TestShop.by(TestShop.AGENT), c.id(), true, "fine"));
          Revisit r = shop.kefu.revisits().list(RevisitQuery.all(), PageRequest.first(10)).items().get(0);
          for (int attempt = 1; attempt <= rules.attempts(); attempt++) {
            Instant failedAt = r.scheduledFor().plus(Duration.ofMinutes(failedAtMinutes.get(attempt - 1)));
            shop.clock.set(failedAt);
            r = shop.kefu.revisits().record(RecordRevisitOutcome.unreachable(TestShop.by(TestShop.AGENT), r.id()));
            if (attempt < rules.attempts()) {
              assertThat(r.status()).isEqualTo(Revisit.Status.SCHEDULED);
              assertThat(r.attempt()).isEqualTo(attempt + 1);
              assertThat(r.scheduledFor()).isAfterOrEqualTo(failedAt.plus(rules.retryAfter()));
              assertThat(rules.rest().contains(ZonedDateTime.ofInstant(r.scheduledFor(), zone).toLocalTime()))
                  .as("attempt %d at %s in %s", r.attempt(), r.scheduledFor(), zone).isFalse();
            }
          }
          assertThat(r.status()).isEqualTo(Revisit.Status.UNREACHABLE);
          assertThat(r.attempt()).isEqualTo(rules.attempts());
          assertThat(shop.kefu.complaints().find(c.id()).orElseThrow().status()).isEqualTo(ComplaintStatus.ACCEPTED);
        });
  }
}
