package dev.kefu.spi.notification;

import dev.kefu.spi.Channel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A message kefu wants delivered: to whom, on which channel, which template with which
 * parameters, in which language. Notifications leave from the outbox, never inline, so a failing
 * channel delays a message but never loses it.
 *
 * <p>The {@link #idempotencyKey()} is derived from the event that caused the notification and the
 * channel; a channel that sees a key twice must deliver once.
 *
 * @param recipient who and where
 * @param channel the channel to send it on; equal to the recipient address's channel
 * @param templateKey the template, for example {@code "ticket.opened"}
 * @param parameters the template's parameters
 * @param locale the language to render it in
 * @param idempotencyKey {@code <event id>:<channel>}
 */
public record Notification(
    Recipient recipient,
    Channel channel,
    String templateKey,
    Map<String, String> parameters,
    Locale locale,
    String idempotencyKey) {

  /**
   * Creates a notification; the parameters are copied, unless they are {@link TemplateParameters},
   * which are immutable already and taken as they are.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the channel is not the recipient address's channel
   */
  public Notification {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(templateKey, "templateKey");
    parameters = parameters instanceof TemplateParameters ? parameters : Map.copyOf(parameters);
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    if (recipient.address().channel() != channel) {
      throw new IllegalArgumentException(
          "notification channel " + channel + " differs from the address's " + recipient.address().channel());
    }
  }

  /**
   * A notification caused by an event, with its idempotency key derived from the event id and
   * the channel.
   *
   * @param eventId the causing event
   * @param recipient who and where
   * @param templateKey the template
   * @param parameters the template's parameters
   * @param locale the language
   * @return the notification
   */
  public static Notification forEvent(
      UUID eventId, Recipient recipient, String templateKey, Map<String, String> parameters, Locale locale) {
    Channel channel = recipient.address().channel();
    return new Notification(recipient, channel, templateKey, parameters, locale, idempotencyKey(eventId, channel));
  }

  /**
   * The idempotency key of a notification about an event on a channel.
   *
   * @param eventId the event
   * @param channel the channel
   * @return {@code <event id>:<channel>}
   */
  public static String idempotencyKey(UUID eventId, Channel channel) {
    // eventId + ":" + channel, written into one array: a notification is made with every SLA
    // warning, breach and escalation, and the concatenation made the UUID's text, then the key
    String name = channel.name();
    byte[] b = new byte[37 + name.length()];
    long high = eventId.getMostSignificantBits();
    long low = eventId.getLeastSignificantBits();
    hex(b, 0, high >>> 32, 8);
    b[8] = '-';
    hex(b, 9, high >>> 16, 4);
    b[13] = '-';
    hex(b, 14, high, 4);
    b[18] = '-';
    hex(b, 19, low >>> 48, 4);
    b[23] = '-';
    hex(b, 24, low, 12);
    b[36] = ':';
    for (int i = 0; i < name.length(); i++) {
      b[37 + i] = (byte) name.charAt(i);
    }
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  private static final String HEX = "0123456789abcdef";

  /** Writes the low {@code digits} hex digits of {@code value} at {@code at}, as {@link UUID#toString()} does. */
  private static void hex(byte[] b, int at, long value, int digits) {
    for (int i = at + digits - 1; i >= at; i--) {
      b[i] = (byte) HEX.charAt((int) value & 0xF);
      value >>>= 4;
    }
  }
}
