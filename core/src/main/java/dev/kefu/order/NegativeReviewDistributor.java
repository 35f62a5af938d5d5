package dev.kefu.order;

import dev.kefu.spi.order.Order;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The shop manager's rule for who follows up a negative review (TK-10). A pure function of what
 * it is given; implementations must be thread-safe.
 */
@FunctionalInterface
public interface NegativeReviewDistributor {

  /**
   * Chooses the agent who follows up a negative review.
   *
   * @param order the order reviewed
   * @param staff everyone in the staff directory
   * @param openReviews how many negative-review follow-ups an agent has open now
   * @return the agent, or empty to leave the ticket in the queue
   */
  Optional<StaffId> choose(Order order, List<StaffMember> staff, ToIntFunction<StaffId> openReviews);

  /**
   * kefu's default: the least-loaded agent on the late shift (ties by id), or, with nobody on it,
   * the shop manager (the first {@link Role#SHOP_MANAGER} by id, else the first
   * {@link Role#GENERAL_MANAGER}).
   *
   * @param lateShift who works the late shift
   * @return the distributor
   */
  static NegativeReviewDistributor leastLoadedOnLateShift(Set<StaffId> lateShift) {
    Set<StaffId> shift = Set.copyOf(Objects.requireNonNull(lateShift, "lateShift"));
    return (order, staff, openReviews) -> {
      Optional<StaffId> agent = staff.stream()
          .filter(m -> shift.contains(m.id()))
          .map(StaffMember::id)
          .min(Comparator.<StaffId>comparingInt(openReviews).thenComparing(StaffId::value));
      if (agent.isPresent()) {
        return agent;
      }
      for (Role role : List.of(Role.SHOP_MANAGER, Role.GENERAL_MANAGER)) {
        Optional<StaffId> manager = staff.stream().filter(m -> m.role() == role).map(StaffMember::id)
            .min(Comparator.comparing(StaffId::value));
        if (manager.isPresent()) {
          return manager;
        }
      }
      return Optional.empty();
    };
  }
}
