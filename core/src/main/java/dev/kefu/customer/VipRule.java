package dev.kefu.customer;

import dev.kefu.spi.customer.ValueSegment;
import java.util.Optional;

/**
 * When a customer earns VIP status by rule rather than by a supervisor's grant (CU-4).
 *
 * <p>Implementations must be pure functions: same facts, same answer.
 */
@FunctionalInterface
public interface VipRule {

  /**
   * Decides whether the facts make a VIP.
   *
   * @param segment the customer's value segment (CU-3), as just classified
   * @param holdsValidMembership whether the customer holds a valid membership card today
   * @return the reason if the customer is VIP by this rule, empty if not
   */
  Optional<String> evaluate(ValueSegment segment, boolean holdsValidMembership);

  /**
   * The default: a key customer (CU-3) who holds a valid membership card.
   *
   * @return the rule
   */
  static VipRule keySegmentWithMembership() {
    return (segment, member) ->
        segment == ValueSegment.KEY && member
            ? Optional.of("key customer with a valid membership card")
            : Optional.empty();
  }

  /**
   * Every key customer (CU-3), card or not.
   *
   * @return the rule
   */
  static VipRule keySegment() {
    return (segment, member) ->
        segment == ValueSegment.KEY ? Optional.of("key customer") : Optional.empty();
  }

  /**
   * Nobody by rule: VIP status only by a supervisor's grant.
   *
   * @return the rule
   */
  static VipRule grantedOnly() {
    return (segment, member) -> Optional.empty();
  }
}
