package dev.kefu.complaint;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Channel;
import dev.kefu.spi.complaint.CauseCategory;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.Department;
import dev.kefu.spi.complaint.ResolutionOption;
import dev.kefu.spi.complaint.ResolutionType;
import dev.kefu.spi.complaint.Satisfaction;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.test.TestShop;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComplaintStatisticsTest {

  private final TestShop shop = new TestShop(new InMemoryStorage(), b -> b.orderVolume((from, to) -> 100));
  private final Complaints complaints = shop.kefu.complaints();

  private Complaint through(Channel channel, CauseCategory cause, Department department) {
    Complaint c = complaints.register(RegisterComplaint.of(by(AGENT), CustomerId.of("c"), channel, "problem"));
    complaints.assess(AssessComplaint.substantiated(by(AGENT), c.id(), department));
    complaints.recordCause(new RecordCause(by(AGENT), c.id(), cause, "found"));
    ResolutionType type = cause == CauseCategory.PRODUCT_QUALITY ? ResolutionType.EXCHANGE
        : cause == CauseCategory.MISUSE ? ResolutionType.EXPLANATION : ResolutionType.APOLOGY;
    complaints.proposeResolution(new ProposeResolution(by(AGENT), c.id(), List.of(ResolutionOption.of(type, "it"))));
    complaints.approveResolution(new ApproveResolution(by(SUPERVISOR), c.id(), 0));
    complaints.carryOut(new CarryOutResolution(by(AGENT), c.id(), List.of(AGENT)));
    complaints.recordCustomerAnswer(new RecordCustomerAnswer(by(AGENT), c.id(), true, "ok"));
    complaints.recordRevisit(new RecordComplaintRevisit(by(AGENT), c.id(), Satisfaction.SATISFIED, ""));
    return complaints.review(new ReviewComplaint(by(SUPERVISOR), c.id(), cause, department, ""));
  }

  @Test
  @DisplayName("CP-10: complaint rate against 3% and resolution rate against 100% for a period")
  void rates() {
    shop.register("c");
    Instant start = shop.clock.instant();
    through(Channel.PHONE, CauseCategory.PRODUCT_QUALITY, Department.QUALITY);
    through(Channel.APP, CauseCategory.LOGISTICS, Department.LOGISTICS);
    complaints.register(RegisterComplaint.of(by(AGENT), CustomerId.of("c"), Channel.PHONE, "open one"));
    Complaint rejected = complaints.register(RegisterComplaint.of(by(AGENT), CustomerId.of("c"), Channel.PHONE, "nonsense"));
    complaints.assess(AssessComplaint.rejected(by(AGENT), rejected.id(), "not a fault"));
    shop.clock.advance(Duration.ofHours(1));
    ComplaintStatistics s = complaints.statistics(start, shop.clock.instant());
    assertThat(s.received()).isEqualTo(4);
    assertThat(s.resolved()).isEqualTo(3);
    assertThat(s.orders()).isEqualTo(100);
    assertThat(s.complaintRate()).isEqualTo(0.04);
    assertThat(s.complaintRateOnTarget()).isFalse();
    assertThat(s.resolutionRate()).isEqualTo(0.75);
    assertThat(s.resolutionRateOnTarget()).isFalse();
    ComplaintStatistics quiet = complaints.statistics(start.minus(Duration.ofDays(1)), start);
    assertThat(quiet.received()).isZero();
    assertThat(quiet.resolutionRateOnTarget()).isTrue();
    assertThat(quiet.complaintRateOnTarget()).isTrue();
  }

  @Test
  @DisplayName("CP-8, QA-5: the classification table by cause, department and channel, with the change from the previous period")
  void classificationTable() {
    shop.register("c");
    through(Channel.PHONE, CauseCategory.PRODUCT_QUALITY, Department.QUALITY);
    through(Channel.PHONE, CauseCategory.PRODUCT_QUALITY, Department.QUALITY);
    shop.clock.advance(Duration.ofDays(7));
    Instant thisWeek = shop.clock.instant();
    through(Channel.PHONE, CauseCategory.PRODUCT_QUALITY, Department.QUALITY);
    through(Channel.APP, CauseCategory.SERVICE, Department.CUSTOMER_SERVICE);
    through(Channel.APP, CauseCategory.MISUSE, Department.CUSTOMER_SERVICE);
    ComplaintStatistics s = complaints.statistics(thisWeek, thisWeek.plus(Duration.ofDays(7)));
    assertThat(s.rows("cause")).extracting(ComplaintStatistics.Row::value, ComplaintStatistics.Row::count,
        ComplaintStatistics.Row::previous, ComplaintStatistics.Row::change).containsExactly(
        tuple("MISUSE", 1L, 0L, 1L), tuple("PRODUCT_QUALITY", 1L, 2L, -1L), tuple("SERVICE", 1L, 0L, 1L));
    assertThat(s.rows("department")).extracting(ComplaintStatistics.Row::value, ComplaintStatistics.Row::count)
        .containsExactly(tuple("CUSTOMER_SERVICE", 2L), tuple("QUALITY", 1L));
    assertThat(s.rows("channel")).extracting(ComplaintStatistics.Row::value, ComplaintStatistics.Row::count, ComplaintStatistics.Row::previous)
        .containsExactly(tuple("APP", 2L, 0L), tuple("PHONE", 1L, 2L));
  }

  @Test
  @DisplayName("CP-10: without a host's order volume, kefu counts the orders recorded on customer files")
  void defaultOrderVolume() {
    TestShop plain = new TestShop();
    plain.register("c");
    Instant start = plain.clock.instant();
    plain.order("c", "10", Duration.ZERO);
    plain.order("c", "10", Duration.ZERO);
    plain.clock.advance(Duration.ofMinutes(1));
    assertThat(plain.kefu.complaints().statistics(start, plain.clock.instant()).orders()).isEqualTo(2);
  }

  @Test
  @DisplayName("CP-10: the default order volume counts an order in the period it was placed, not when it was recorded")
  void ordersCountWhenPlaced() {
    TestShop plain = new TestShop();
    plain.register("c");
    Instant recorded = plain.clock.instant();
    plain.order("c", "10", Duration.ofDays(365)); // an import of a past order
    plain.order("c", "10", Duration.ofHours(2));
    Instant yearAgo = recorded.minus(Duration.ofDays(365));

    assertThat(plain.kefu.complaints().statistics(recorded.minus(Duration.ofMinutes(30)), recorded.plus(Duration.ofMinutes(30)))
        .orders()).as("the hour around the import").isZero();
    assertThat(plain.kefu.complaints().statistics(yearAgo, yearAgo.plus(Duration.ofMinutes(1))).orders())
        .as("the minute the old order was placed").isEqualTo(1);
    assertThat(plain.kefu.complaints().statistics(recorded.minus(Duration.ofHours(2)), recorded).orders())
        .as("[2h ago, now): the recent order's placing time counts, the end does not").isEqualTo(1);
  }
}
