package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans the handover at a shift change (ST-2): every open ticket of the leaving agents goes to
 * an incoming agent, the least loaded first (ties in the given order), so nothing is left
 * without an owner.
 *
 * <p>Stateless and thread-safe. {@code Kefu.staffing().handOver(...)} carries a plan out.
 */
public final class Handover {

  private Handover() {}

  /**
   * The handoffs.
   *
   * @param openWork the leaving agents' open tickets, agent by agent, oldest first
   * @param incoming the incoming agents with the open tickets each holds already
   * @return one handoff per open ticket
   * @throws IllegalArgumentException if there is open work and no incoming agent, or an agent is
   *     both leaving and incoming
   */
  public static List<Handoff> plan(Map<StaffId, List<TicketId>> openWork, Map<StaffId, Integer> incoming) {
    Objects.requireNonNull(openWork, "openWork");
    Objects.requireNonNull(incoming, "incoming");
    boolean anyWork = openWork.values().stream().anyMatch(l -> !l.isEmpty());
    List<String> problems = new ArrayList<>();
    if (anyWork && incoming.isEmpty()) {
      problems.add("open work to hand over and no incoming agent");
    }
    for (StaffId a : openWork.keySet()) {
      if (incoming.containsKey(a)) {
        problems.add(a + " is both leaving and incoming");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("handover: " + String.join("; ", problems));
    }
    Map<StaffId, Integer> load = new HashMap<>(incoming);
    List<StaffId> order = new ArrayList<>(incoming.keySet());
    List<Handoff> out = new ArrayList<>();
    openWork.forEach((from, tickets) -> {
      for (TicketId t : tickets) {
        StaffId to = order.get(0);
        for (StaffId c : order) {
          if (load.get(c) < load.get(to)) {
            to = c;
          }
        }
        load.merge(to, 1, Integer::sum);
        out.add(new Handoff(t, from, to));
      }
    });
    return out;
  }
}
