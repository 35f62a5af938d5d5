package dev.kefu.spi.store;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.kefu.spi.Aggregate;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnitOfWorkTest {

  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  private record Thing(String aggregateType, String aggregateId, long version) implements Aggregate {}

  private static AggregateWrite write(String type, String id) {
    return AggregateWrite.create(new Thing(type, id, 1));
  }

  private static ScheduledWork work(String key) {
    return new ScheduledWork(key, "k", T0, Map.of());
  }

  @Test
  @DisplayName("an aggregate, a due key or an inbound key twice in one unit is refused, naming it; the same id under two types is not twice")
  void twiceIsRefused() {
    assertThatIllegalStateException().isThrownBy(() -> UnitOfWork.builder().addWrites(write("t", "a"), write("t", "b"), write("t", "a")).build())
        .withMessageContaining("aggregate write t/a");
    assertThatIllegalStateException().isThrownBy(() -> UnitOfWork.builder().addWrites(write("t", "a"), write("u", "a"), write("u", "a")).build())
        .withMessageContaining("aggregate write u/a");
    assertThatCode(() -> UnitOfWork.builder().addWrites(write("t", "a"), write("u", "a")).build()).doesNotThrowAnyException();
    assertThatIllegalStateException().isThrownBy(() -> UnitOfWork.builder().addSchedule(work("x"), work("x")).build())
        .withMessageContaining("scheduled due work x");
    assertThatIllegalStateException().isThrownBy(() -> UnitOfWork.builder().addComplete(new DueCompletion("x", 1), new DueCompletion("y", 2),
        new DueCompletion("x", 3)).build()).withMessageContaining("due completion x");
    assertThatIllegalStateException().isThrownBy(() -> UnitOfWork.builder().addInboundKeys(new AppliedRequest("r", "C", new Thing("t", "a", 1), T0),
        new AppliedRequest("r", "C", new Thing("t", "b", 1), T0)).build()).withMessageContaining("inbound key r");
  }

  @Test
  @DisplayName("many distinct keys pass, and any one repeated among them is found")
  void manyKeys() {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      int n = 3 + random.nextInt(300);
      UnitOfWork.Builder distinct = UnitOfWork.builder();
      for (int i = 0; i < n; i++) {
        distinct.addWrites(write("sla-clock", "sla/" + Integer.toString(i, 36) + "/RESOLUTION/1"));
        distinct.addSchedule(work("sla/" + Integer.toString(i, 36) + "/RESOLUTION/1"));
      }
      assertThatCode(distinct::build).doesNotThrowAnyException();
      String again = "sla/" + Integer.toString(random.nextInt(n), 36) + "/RESOLUTION/1";
      assertThatIllegalStateException().isThrownBy(() -> UnitOfWork.builder().from(distinct.build()).addSchedule(work(new String(again))).build())
          .withMessageContaining("scheduled due work " + again);
      assertThatIllegalStateException().isThrownBy(() -> UnitOfWork.builder().from(distinct.build())
          .addWrites(write("sla-clock", new String(again))).build()).withMessageContaining("aggregate write sla-clock/" + again);
    }
  }
}
