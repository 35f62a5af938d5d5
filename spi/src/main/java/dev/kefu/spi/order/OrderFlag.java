package dev.kefu.spi.order;

import dev.kefu.spi.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A coloured flag on an order with a note of fixed shape (TK-6). The factories write the note;
 * its parts are separated by {@code " | "}.
 *
 * @param colour the colour, one per kind of matter
 * @param note the note, in the colour's fixed shape
 * @param at when the flag was set: the occurrence of the fact that set it
 */
public record OrderFlag(Colour colour, String note, Instant at) {

  /** The colours and what each means (TK-6). */
  public enum Colour {
    /** The order was taken by an agent: {@code agent name: customer's requests}. */
    RED,
    /** A payment reminder went out: {@code payment reminder | date}. */
    YELLOW,
    /** An abnormal order: {@code date | reason | agent}. */
    GREEN,
    /** An exchange: {@code date | what | price difference | shipping | agent}. */
    PURPLE,
    /** A refund: {@code date | reason | shipping | agent}. */
    BLUE
  }

  /**
   * Creates a flag.
   *
   * @throws NullPointerException if an argument is null
   */
  public OrderFlag {
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(at, "at");
  }

  /**
   * Red: the order was taken by an agent.
   *
   * @param agentName the agent's name
   * @param requests the customer's requests
   * @param at when
   * @return the flag, note {@code "agent name: requests"}
   */
  public static OrderFlag red(String agentName, String requests, Instant at) {
    return new OrderFlag(Colour.RED, agentName + ": " + requests, at);
  }

  /**
   * Yellow: a payment reminder went out.
   *
   * @param at when
   * @param zone the shop's zone, for the date
   * @return the flag, note {@code "payment reminder | 2026-03-02"}
   */
  public static OrderFlag yellow(Instant at, ZoneId zone) {
    return new OrderFlag(Colour.YELLOW, "payment reminder | " + LocalDate.ofInstant(at, zone), at);
  }

  /**
   * Green: an abnormal order.
   *
   * @param at when
   * @param zone the shop's zone, for the date
   * @param reason what is abnormal
   * @param agent who handles it ("kefu" when nobody yet)
   * @return the flag, note {@code "date | reason | agent"}
   */
  public static OrderFlag green(Instant at, ZoneId zone, String reason, String agent) {
    return new OrderFlag(Colour.GREEN, String.join(" | ", LocalDate.ofInstant(at, zone).toString(), reason, agent), at);
  }

  /**
   * Purple: an exchange.
   *
   * @param at when
   * @param zone the shop's zone, for the date
   * @param what what is exchanged
   * @param priceDifference what the customer pays on top
   * @param shipping how it ships
   * @param agent who handles it
   * @return the flag, note {@code "date | what | price difference | shipping | agent"}
   */
  public static OrderFlag purple(Instant at, ZoneId zone, String what, Money priceDifference, String shipping, String agent) {
    return new OrderFlag(Colour.PURPLE, String.join(" | ", LocalDate.ofInstant(at, zone).toString(), what,
        priceDifference.toString(), shipping, agent), at);
  }

  /**
   * Blue: a refund.
   *
   * @param at when
   * @param zone the shop's zone, for the date
   * @param reason why
   * @param shipping how the goods come back
   * @param agent who handles it
   * @return the flag, note {@code "date | reason | shipping | agent"}
   */
  public static OrderFlag blue(Instant at, ZoneId zone, String reason, String shipping, String agent) {
    return new OrderFlag(Colour.BLUE, String.join(" | ", LocalDate.ofInstant(at, zone).toString(), reason, shipping, agent), at);
  }
}
