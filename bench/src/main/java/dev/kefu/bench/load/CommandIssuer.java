package dev.kefu.bench.load;

import dev.kefu.Kefu;
import dev.kefu.Origin;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.AwaitCustomer;
import dev.kefu.ticket.CloseTicket;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.ReopenTicket;
import dev.kefu.ticket.ResolveTicket;
import dev.kefu.ticket.RespondToTicket;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Makes the tickets' commands through the instances: the {@code k}-th command of ticket {@code i}
 * goes through instance {@code (i + k) mod n}, so every ticket moves through several instances.
 * Each command carries a request id of its own ({@code t<i>-<k>}); a command that still meets a
 * competing write after kefu's own retries is made again with the same id, which kefu applies
 * once, and counted.
 */
final class CommandIssuer {

  /** How often a command is made again after kefu gave up on a conflict. */
  private static final int ATTEMPTS = 20;

  private final Kefu[] instances;
  private final AtomicReferenceArray<TicketId> ids;
  final AtomicLong made = new AtomicLong();
  final AtomicLong repeated = new AtomicLong();

  CommandIssuer(Kefu[] instances, int tickets) {
    this.instances = instances;
    this.ids = new AtomicReferenceArray<>(tickets);
  }

  /** @return the id kefu gave ticket {@code i}, or null if it was not opened */
  TicketId id(int i) {
    return ids.get(i);
  }

  /** Makes command {@code k} of ticket {@code i}. */
  void make(int i, int k) {
    Kefu kefu = instances[(i + k) % instances.length];
    Step step = Script.of(i).steps.get(k);
    String request = "t" + i + "-" + k;
    for (int attempt = 1; ; attempt++) {
      try {
        apply(kefu, i, step.action(), request);
        made.incrementAndGet();
        return;
      } catch (StaleVersionException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        repeated.incrementAndGet();
      }
    }
  }

  private void apply(Kefu kefu, int i, Action action, String request) {
    TicketId id = ids.get(i);
    Origin agent = Origin.of(LoadShop.agentOf(i), request);
    switch (action) {
      case OPEN -> {
        Ticket t = kefu.tickets().open(OpenTicket.of(agent, LoadShop.customerOf(i), LoadShop.kindOf(i), LoadShop.channelOf(i),
            "Order " + i, "Where is my parcel?"));
        ids.set(i, t.id());
      }
      case ASSIGN -> kefu.tickets().assign(new AssignTicket(Origin.of(LoadShop.leadOf(i), request), id, LoadShop.agentOf(i)));
      case RESPOND -> kefu.tickets().respond(RespondToTicket.of(agent, id, "On its way"));
      case AWAIT_CUSTOMER -> kefu.tickets().awaitCustomer(new AwaitCustomer(agent, id));
      case RESOLVE -> kefu.tickets().resolve(new ResolveTicket(agent, id, "Delivered"));
      case REOPEN -> kefu.tickets().reopen(new ReopenTicket(agent, id, "Not delivered after all"));
      case CLOSE -> kefu.tickets().close(new CloseTicket(agent, id));
      default -> throw new IllegalStateException("unknown action " + action);
    }
  }
}
