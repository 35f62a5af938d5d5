package dev.kefu.notification;

import dev.kefu.spi.notification.NotificationTemplates;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Templates from a {@link ResourceBundle}; kefu's defaults ship in Simplified Chinese and English.
 * Placeholders are written {@code {name}} and replaced by the parameter of that name; an unknown
 * placeholder stays as it is. A locale without its own bundle gets the base bundle (English), whatever
 * the JVM's default locale.
 *
 * <p>Thread-safe.
 */
public final class ResourceBundleTemplates implements NotificationTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");
  private static final String DEFAULT_BUNDLE = "dev.kefu.notification.templates";

  private final String baseName;
  private final ClassLoader loader;

  private ResourceBundleTemplates(String baseName, ClassLoader loader) {
    this.baseName = baseName;
    this.loader = loader;
  }

  /**
   * kefu's own templates, in {@code zh-CN} and {@code en}.
   *
   * @return the templates
   */
  public static ResourceBundleTemplates defaults() {
    return new ResourceBundleTemplates(DEFAULT_BUNDLE, null);
  }

  /**
   * Templates from the host's own bundle.
   *
   * @param baseName the bundle's base name
   * @param loader the class loader that sees the bundle
   * @return the templates
   */
  public static ResourceBundleTemplates of(String baseName, ClassLoader loader) {
    return new ResourceBundleTemplates(Objects.requireNonNull(baseName, "baseName"), Objects.requireNonNull(loader, "loader"));
  }

  @Override
  public String render(String templateKey, Locale locale, Map<String, String> parameters) {
    Objects.requireNonNull(templateKey, "templateKey");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(parameters, "parameters");
    String pattern;
    try {
      pattern = bundle(locale).getString(templateKey);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no template " + templateKey + " for " + locale, e);
    }
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = parameters.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private ResourceBundle bundle(Locale locale) {
    ResourceBundle bundle = load(locale);
    String found = bundle.getLocale().getLanguage();
    if (!found.isEmpty() && !found.equals(locale.getLanguage())) {
      // getBundle fell back to the JVM's default locale; use the base bundle instead, so the
      // result does not depend on the machine kefu runs on.
      return load(Locale.ROOT);
    }
    return bundle;
  }

  private ResourceBundle load(Locale locale) {
    return loader == null
        ? ResourceBundle.getBundle(baseName, locale, getClass().getModule())
        : ResourceBundle.getBundle(baseName, locale, loader);
  }
}
