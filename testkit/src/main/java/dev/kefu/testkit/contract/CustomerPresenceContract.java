package dev.kefu.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.order.CustomerPresence;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The contract of {@link CustomerPresence} (TK-7): online exactly the customers who are. */
@Tag("kefu-contract")
@DisplayName("CustomerPresence contract")
public abstract class CustomerPresenceContract {

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected CustomerPresenceContract() {}

  /**
   * A presence to test, set up so that exactly some customers are online at an instant.
   *
   * @param online the customers who are online at {@code at}
   * @param at the instant the suite asks about
   * @return a presence that sees exactly them online then
   */
  protected abstract CustomerPresence newPresence(Set<CustomerId> online, Instant at);

  /** TK-7. */
  @Test
  @DisplayName("isOnline is true for the customers online and false for everyone else")
  public void onlineExactly() {
    Instant now = Instant.parse("2026-03-02T08:00:00Z");
    CustomerPresence p = newPresence(Set.of(CustomerId.of("c-1")), now);
    assertThat(p.isOnline(CustomerId.of("c-1"), now)).isTrue();
    assertThat(p.isOnline(CustomerId.of("c-2"), now)).isFalse();
    assertThat(newPresence(Set.of(), now).isOnline(CustomerId.of("c-1"), now)).isFalse();
  }
}
