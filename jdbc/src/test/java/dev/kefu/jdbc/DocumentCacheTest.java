package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.UnitOfWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Decoded aggregates are kept by type, id and version: a read of a version kept is not decoded
 * again, a read of another version is, and the cache never outgrows its capacity.
 */
class DocumentCacheTest {

  @Test
  @DisplayName("a kept version is returned as kept; a version stored behind the cache's back is decoded afresh")
  void keptByVersion() throws SQLException {
    DataSource ds = H2.freshDataSource();
    JdbcStorage storage = JdbcStorage.builder(ds).decodedAggregates(100).build().migrate();
    Customer c = customer("c-1");
    storage.unitOfWork().commit(UnitOfWork.builder().addWrites(AggregateWrite.create(c)).build());

    assertThat(storage.customers().find(CustomerId.of("c-1")).orElseThrow()).as("as written, kept").isSameAs(c);

    // another host writes version 2 straight into the table: the version read differs, so it is decoded
    Customer renamed = c.toBuilder().name("Renamed").version(2).build();
    try (Connection conn = ds.getConnection();
        PreparedStatement ps = conn.prepareStatement("UPDATE kefu_customer SET version = 2, body = ? WHERE id = 'c-1'")) {
      ps.setString(1, new JsonCodec().write(renamed, Customer.class));
      ps.executeUpdate();
    }
    Customer read = storage.customers().find(CustomerId.of("c-1")).orElseThrow();
    assertThat(read).isEqualTo(renamed).isNotSameAs(renamed);
    assertThat(storage.customers().find(CustomerId.of("c-1")).orElseThrow()).as("decoded once, then kept").isSameAs(read);
  }

  private static Customer customer(String id) {
    java.time.Instant at = java.time.Instant.parse("2026-03-02T02:00:00Z");
    return Customer.builder().id(CustomerId.of(id)).name("n").region("r").timeZone(java.time.ZoneId.of("Asia/Shanghai"))
        .preferredLocale(java.util.Locale.CHINA).status(dev.kefu.spi.customer.AccountStatus.ACTIVE)
        .orders(dev.kefu.spi.customer.OrderStatistics.builder().orderCount(0).lifetimeSpend(dev.kefu.spi.Money.of("0", "CNY")).build())
        .creditRating(dev.kefu.spi.customer.CreditRating.UNRATED).tier(dev.kefu.spi.customer.Tier.STANDARD)
        .stage(dev.kefu.spi.customer.RelationshipStage.PROSPECTIVE).segment(dev.kefu.spi.customer.ValueSegment.OCCASIONAL)
        .registeredAt(at).updatedAt(at).version(1).build();
  }

  @Test
  @DisplayName("what is read between two forgettings is spared; what nobody reads is forgotten first")
  void readEntriesAreSpared() {
    DocumentCache cache = new DocumentCache(100);
    java.util.List<Customer> hot = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      hot.add(customer("hot-" + i));
      cache.put(hot.get(i));
    }
    for (int i = 0; i < 5_000; i++) { // a stream of aggregates read once, 50 times the capacity
      cache.put(customer("once-" + i));
      if (i % 5 == 0) { // the hot ones read now and then, far more often than the cache forgets
        for (Customer c : hot) {
          assertThat(cache.get(Customer.TYPE, c.id().value(), c.version())).as("%s after %d others", c.id(), i).isSameAs(c);
        }
      }
    }
    assertThat(cache.size()).isBetween(80, 100);
  }

  @Test
  @DisplayName("the cache forgets past its capacity, keeps the newest version, and keeps nothing at capacity 0")
  void bounded() {
    DocumentCache cache = new DocumentCache(50);
    for (int i = 0; i < 500; i++) {
      cache.put(customer("c-" + i));
    }
    assertThat(cache.size()).isBetween(1, 50);

    Customer v1 = customer("x");
    Customer v2 = v1.toBuilder().version(v1.version() + 1).build();
    DocumentCache roomy = new DocumentCache(10);
    roomy.put(v2);
    roomy.put(v1);
    assertThat(roomy.get(Customer.TYPE, "x", v2.version())).as("an older version does not replace a newer").isSameAs(v2);
    assertThat(roomy.get(Customer.TYPE, "x", v1.version())).isNull();

    DocumentCache none = new DocumentCache(0);
    none.put(v1);
    assertThat(none.get(Customer.TYPE, "x", v1.version())).isNull();
    assertThatThrownBy(() -> new DocumentCache(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
