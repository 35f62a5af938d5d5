package dev.kefu.spi.notification;

import java.util.Locale;
import java.util.Map;

/**
 * Turns a template key and parameters into the text of a message. kefu ships defaults in
 * Simplified Chinese and English; a host replaces or extends them.
 *
 * <p><b>Threading:</b> must be thread-safe. <b>Exceptions:</b> {@link IllegalArgumentException} for
 * a key it does not know.
 */
@FunctionalInterface
public interface NotificationTemplates {

  /**
   * Renders a template.
   *
   * @param templateKey the template
   * @param locale the language; an implementation falls back to its default language
   * @param parameters values for the template's placeholders
   * @return the text
   * @throws IllegalArgumentException if the key is unknown
   */
  String render(String templateKey, Locale locale, Map<String, String> parameters);
}
