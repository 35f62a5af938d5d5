package dev.kefu.spi.notification;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A notification's template parameters, the few of them a template takes, as an immutable map
 * that keeps them in two small arrays. {@link Notification} takes one as it is; any other map it is
 * given it copies. kefu writes a notification with every SLA warning, breach and escalation, so
 * the map it names them in is one small object, not a hash table.
 *
 * <p>It is a {@link Map} like any other: equal to every map with the same entries, with the same
 * hash code, in the order the parameters were given. Immutable and thread-safe; mutators throw
 * {@link UnsupportedOperationException}.
 */
public final class TemplateParameters extends AbstractMap<String, String> {

  private static final TemplateParameters NONE = new TemplateParameters(new String[0], new String[0]);

  private final String[] keys;
  private final String[] values;

  private TemplateParameters(String[] keys, String[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** @return no parameters */
  public static TemplateParameters of() {
    return NONE;
  }

  /**
   * One parameter.
   *
   * @param k1 its name
   * @param v1 its value
   * @return the parameters
   * @throws NullPointerException if a name or value is null
   */
  public static TemplateParameters of(String k1, String v1) {
    return make(new String[] {k1}, new String[] {v1});
  }

  /**
   * Two parameters.
   *
   * @param k1 the first name
   * @param v1 its value
   * @param k2 the second name
   * @param v2 its value
   * @return the parameters
   * @throws NullPointerException if a name or value is null
   * @throws IllegalArgumentException if a name is given twice
   */
  public static TemplateParameters of(String k1, String v1, String k2, String v2) {
    return make(new String[] {k1, k2}, new String[] {v1, v2});
  }

  /**
   * Three parameters.
   *
   * @param k1 the first name
   * @param v1 its value
   * @param k2 the second name
   * @param v2 its value
   * @param k3 the third name
   * @param v3 its value
   * @return the parameters
   * @throws NullPointerException if a name or value is null
   * @throws IllegalArgumentException if a name is given twice
   */
  public static TemplateParameters of(String k1, String v1, String k2, String v2, String k3, String v3) {
    return make(new String[] {k1, k2, k3}, new String[] {v1, v2, v3});
  }

  /**
   * The parameters of a map.
   *
   * @param parameters the map; a {@code TemplateParameters} is returned as it is
   * @return the parameters, in the map's iteration order
   * @throws NullPointerException if the map, a name or a value is null
   */
  public static TemplateParameters copyOf(Map<String, String> parameters) {
    if (parameters instanceof TemplateParameters p) {
      return p;
    }
    String[] k = new String[parameters.size()];
    String[] v = new String[k.length];
    int i = 0;
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      k[i] = e.getKey();
      v[i++] = e.getValue();
    }
    return make(k, v);
  }

  private static TemplateParameters make(String[] keys, String[] values) {
    for (int i = 0; i < keys.length; i++) {
      Objects.requireNonNull(keys[i], "parameter name");
      Objects.requireNonNull(values[i], "parameter value");
      for (int j = 0; j < i; j++) {
        if (keys[j].equals(keys[i])) {
          throw new IllegalArgumentException("parameter " + keys[i] + " given twice");
        }
      }
    }
    return new TemplateParameters(keys, values);
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public String get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  private int indexOf(Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == key) {
        return i;
      }
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
