package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.complaint.ComplaintQuery;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.testkit.generators.KefuGenerators;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The lists of the stores kept as documents narrow in SQL on their filter columns: a row the
 * query's columns exclude is never read. Proven with a row whose body cannot be decoded at all —
 * a list that read it would fail.
 */
class DocumentNarrowingTest {

  private static final Instant T0 = Instant.parse("2026-05-04T02:00:00Z");

  @Test
  void aComplaintListByCustomerOrWindowNeverReadsTheRowsItsColumnsExclude() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:narrowing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    JdbcStorage storage = new JdbcStorage(ds).migrate();
    Complaint kept = KefuGenerators.complaints().next(new SplittableRandom(7)).toBuilder()
        .id(ComplaintId.of("cp-1")).customer(CustomerId.of("c-1")).registeredAt(T0).version(1).build();
    storage.unitOfWork().commit(UnitOfWork.builder().addWrites(dev.kefu.spi.store.AggregateWrite.create(kept)).build());
    insertUndecodable(ds, "cp-2", "c-2", T0.plusSeconds(3_600));

    assertThat(storage.complaints().list(ComplaintQuery.all().withCustomer(CustomerId.of("c-1")), PageRequest.first(10))
        .items()).containsExactly(kept);
    assertThat(storage.complaints().list(ComplaintQuery.all().registeredBetween(T0, T0.plusSeconds(60)),
        PageRequest.first(10)).items()).containsExactly(kept);
    assertThatThrownBy(() -> storage.complaints().list(ComplaintQuery.all(), PageRequest.first(10)))
        .as("the unfiltered list reads the undecodable row, so the narrowed lists above did not")
        .isInstanceOf(RuntimeException.class);
  }

  private static void insertUndecodable(DataSource ds, String id, String customer, Instant registeredAt) throws Exception {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
        "INSERT INTO kefu_aggregate (aggregate_type, aggregate_id, version, ref_id, status, at_ns, body)"
            + " VALUES (?, ?, 1, ?, 'REGISTERED', ?, 'not json')")) {
      ps.setString(1, Complaint.TYPE);
      ps.setString(2, id);
      ps.setString(3, customer);
      ps.setLong(4, Instants.toNanos(registeredAt));
      ps.executeUpdate();
    }
  }
}
