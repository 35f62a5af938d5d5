package dev.kefu.spi.routing;

import dev.kefu.spi.Channel;
import dev.kefu.spi.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * One ticket an agent holds: a reservation of one unit of their capacity on a channel.
 *
 * @param ticket the ticket
 * @param channel the channel whose capacity it takes
 * @param since when it was routed to the agent
 */
public record Conversation(TicketId ticket, Channel channel, Instant since) {

  /**
   * Creates a conversation.
   *
   * @throws NullPointerException if an argument is null
   */
  public Conversation {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(since, "since");
  }
}
