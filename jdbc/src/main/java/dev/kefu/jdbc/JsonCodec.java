package dev.kefu.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps kefu's value types to JSON and back, by reflection over their shape: Java records through
 * their components and canonical constructor, Immutables value types through their accessors and
 * their nested {@code Builder}. kefu-spi carries no Jackson annotations (a host that only
 * implements ports must not need Jackson), so this codec uses Jackson's tree model only.
 *
 * <p>Where the declared type does not fix the class (an interface such as {@code Aggregate} or
 * {@code DomainEvent}, a sealed hierarchy), the value is written as {@code {"@class": ..., "value":
 * ...}} with the public value type's name (never the generated {@code Immutable*} class).
 *
 * <p>Thread-safe.
 */
final class JsonCodec {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String CLASS = "@class";
  private static final String VALUE = "value";

  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();
  /** The public value type of each runtime class met so far (finding it walks nested classes: not per value). */
  private final Map<Class<?>, Class<?>> valueTypes = new ConcurrentHashMap<>();
  /** Classes that stored {@code @class} names have named, by name. */
  private final Map<String, Class<?>> namedClasses = new ConcurrentHashMap<>();

  /** Writes a value of a declared type as JSON text. */
  String write(Object value, Type declared) {
    try {
      return mapper.writeValueAsString(encode(value, declared));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + declared.getTypeName() + " as JSON", e);
    }
  }

  /** Reads JSON text as a value of a declared type. */
  <T> T read(String json, Class<T> declared) {
    return declared.cast(read(json, (Type) declared));
  }

  Object read(String json, Type declared) {
    try {
      return decode(mapper.readTree(json), declared);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored JSON of " + declared.getTypeName() + " is malformed", e);
    }
  }

  /** Parses stored JSON text to a tree, for readers that reshape it before decoding. */
  JsonNode parse(String json) {
    try {
      return mapper.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is malformed", e);
    }
  }

  JsonNode encode(Object value, Type declared) {
    if (value == null) {
      return NODES.nullNode();
    }
    Class<?> raw = raw(declared);
    if (raw == Optional.class) {
      Optional<?> o = (Optional<?>) value;
      return o.isPresent() ? encode(o.get(), typeArg(declared, 0)) : NODES.nullNode();
    }
    if (value instanceof String s) {
      return NODES.textNode(s);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof Double d) {
      return NODES.numberNode(d);
    }
    if (value instanceof Float f) {
      return NODES.numberNode(f);
    }
    if (value instanceof Enum<?> e) {
      return NODES.textNode(e.name());
    }
    if (value instanceof BigDecimal || value instanceof Instant || value instanceof LocalDate
        || value instanceof LocalDateTime || value instanceof LocalTime || value instanceof Duration
        || value instanceof ZoneId || value instanceof UUID || value instanceof Currency || value instanceof YearMonth
        || value instanceof Character) {
      return NODES.textNode(value.toString());
    }
    if (value instanceof Locale l) {
      return NODES.textNode(l.toLanguageTag());
    }
    if (value instanceof Map<?, ?> m) {
      Type kt = typeArg(declared, 0);
      Type vt = typeArg(declared, 1);
      ArrayNode pairs = NODES.arrayNode();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        pairs.add(NODES.arrayNode().add(encode(e.getKey(), kt)).add(encode(e.getValue(), vt)));
      }
      return pairs;
    }
    if (value instanceof Collection<?> c) {
      Type et = typeArg(declared, 0);
      ArrayNode items = NODES.arrayNode();
      for (Object item : c) {
        items.add(encode(item, et));
      }
      return items;
    }
    Class<?> valueType = valueTypes.computeIfAbsent(value.getClass(), JsonCodec::valueType);
    ObjectNode fields = NODES.objectNode();
    Shape shape = shape(valueType);
    for (Property p : shape.properties) {
      fields.set(p.name, encode(p.get(value), p.type));
    }
    if (raw == valueType) {
      return fields;
    }
    ObjectNode wrapped = NODES.objectNode();
    wrapped.put(CLASS, valueType.getName());
    wrapped.set(VALUE, fields);
    return wrapped;
  }

  Object decode(JsonNode node, Type declared) {
    Class<?> raw = raw(declared);
    if (raw == Optional.class) {
      return node == null || node.isNull() ? Optional.empty() : Optional.of(decode(node, typeArg(declared, 0)));
    }
    if (node == null || node.isNull()) {
      return null;
    }
    if (raw == String.class) {
      return node.asText();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return node.asBoolean();
    }
    if (raw == int.class || raw == Integer.class) {
      return node.asInt();
    }
    if (raw == long.class || raw == Long.class) {
      return node.asLong();
    }
    if (raw == short.class || raw == Short.class) {
      return (short) node.asInt();
    }
    if (raw == byte.class || raw == Byte.class) {
      return (byte) node.asInt();
    }
    if (raw == double.class || raw == Double.class) {
      return node.asDouble();
    }
    if (raw == float.class || raw == Float.class) {
      return node.floatValue();
    }
    if (raw == char.class || raw == Character.class) {
      return node.asText().charAt(0);
    }
    if (raw.isEnum()) {
      return enumValue(raw, node.asText());
    }
    String text = node.isTextual() ? node.asText() : null;
    if (raw == BigDecimal.class) {
      return new BigDecimal(text);
    }
    if (raw == Instant.class) {
      return Instant.parse(text);
    }
    if (raw == LocalDate.class) {
      return LocalDate.parse(text);
    }
    if (raw == LocalDateTime.class) {
      return LocalDateTime.parse(text);
    }
    if (raw == LocalTime.class) {
      return LocalTime.parse(text);
    }
    if (raw == Duration.class) {
      return Duration.parse(text);
    }
    if (raw == YearMonth.class) {
      return YearMonth.parse(text);
    }
    if (ZoneId.class.isAssignableFrom(raw)) {
      return ZoneId.of(text);
    }
    if (raw == UUID.class) {
      return UUID.fromString(text);
    }
    if (raw == Currency.class) {
      return Currency.getInstance(text);
    }
    if (raw == Locale.class) {
      return Locale.forLanguageTag(text);
    }
    if (Map.class.isAssignableFrom(raw)) {
      Type kt = typeArg(declared, 0);
      Type vt = typeArg(declared, 1);
      Map<Object, Object> map = new LinkedHashMap<>();
      for (JsonNode pair : node) {
        map.put(decode(pair.get(0), kt), decode(pair.get(1), vt));
      }
      return map;
    }
    if (Collection.class.isAssignableFrom(raw)) {
      Type et = typeArg(declared, 0);
      Collection<Object> items = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
      for (JsonNode item : node) {
        items.add(decode(item, et));
      }
      return items;
    }
    Class<?> valueType = raw;
    JsonNode fields = node;
    if (node.has(CLASS)) {
      valueType = namedClass(node.get(CLASS).asText(), raw);
      if (!raw.isAssignableFrom(valueType)) {
        throw new IllegalStateException("stored " + valueType.getName() + " is not a " + raw.getName());
      }
      fields = node.get(VALUE);
    }
    return shape(valueType).create(this, fields);
  }

  /** The class a stored {@code @class} names, loaded once per name. */
  private Class<?> namedClass(String name, Class<?> declared) {
    Class<?> known = namedClasses.get(name);
    if (known != null) {
      return known;
    }
    try {
      Class<?> loaded = Class.forName(name, true,
          declared.getClassLoader() != null ? declared.getClassLoader() : JsonCodec.class.getClassLoader());
      namedClasses.put(name, loaded);
      return loaded;
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("stored JSON names an unknown class " + name, e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }

  /** The public value type of an object: a record, or the abstract type an Immutables class implements. */
  private static Class<?> valueType(Class<?> c) {
    if (c.isRecord() || builderOf(c) != null) {
      return c;
    }
    for (Class<?> i : c.getInterfaces()) {
      if (builderOf(i) != null) {
        return i;
      }
    }
    Class<?> s = c.getSuperclass();
    if (s != null && builderOf(s) != null) {
      return s;
    }
    throw new IllegalArgumentException("cannot map " + c.getName() + " to JSON: neither a record nor an Immutables value type");
  }

  /** The public nested Builder of a public value type (not of the generated package-private Immutable* class). */
  private static Class<?> builderOf(Class<?> c) {
    if (!Modifier.isPublic(c.getModifiers())) {
      return null;
    }
    for (Class<?> nested : c.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder") && Modifier.isPublic(nested.getModifiers())
          && Modifier.isStatic(nested.getModifiers())) {
        return nested;
      }
    }
    return null;
  }

  private Shape shape(Class<?> type) {
    return shapes.computeIfAbsent(type, Shape::of);
  }

  static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (t instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type typeArg(Type t, int i) {
    if (t instanceof ParameterizedType p) {
      Type a = p.getActualTypeArguments()[i];
      return a instanceof WildcardType w ? w.getUpperBounds()[0] : a;
    }
    return Object.class;
  }

  /** One property of a value type. */
  private record Property(String name, Type type, Method accessor) {
    Object get(Object target) {
      try {
        return accessor.invoke(target);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + name + " of " + target.getClass().getName(), e);
      }
    }
  }

  /** A builder method taking one value, and the (boxed) type it accepts. */
  private record Setter(Method method, Class<?> accepts) {
  }

  /** How to take a value type apart and build it again. */
  private static final class Shape {
    final Class<?> type;
    final List<Property> properties;
    final Constructor<?> canonical;
    final Constructor<?> builderConstructor;
    final Map<String, List<Setter>> setters;
    final Method build;

    private Shape(Class<?> type, List<Property> properties, Constructor<?> canonical, Constructor<?> builderConstructor,
        Map<String, List<Setter>> setters, Method build) {
      this.type = type;
      this.properties = properties;
      this.canonical = canonical;
      this.builderConstructor = builderConstructor;
      this.setters = setters;
      this.build = build;
    }

    static Shape of(Class<?> type) {
      try {
        if (type.isRecord()) {
          RecordComponent[] components = type.getRecordComponents();
          List<Property> props = new ArrayList<>();
          Class<?>[] types = new Class<?>[components.length];
          for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            props.add(new Property(c.getName(), c.getGenericType(), accessor));
            types[i] = c.getType();
          }
          Constructor<?> canonical = type.getDeclaredConstructor(types);
          canonical.setAccessible(true);
          return new Shape(type, List.copyOf(props), canonical, null, Map.of(), null);
        }
        Class<?> builder = builderOf(type);
        if (builder == null) {
          throw new IllegalArgumentException("cannot map " + type.getName() + " to JSON: neither a record nor an Immutables value type");
        }
        Map<String, List<Setter>> setters = new LinkedHashMap<>();
        for (Method m : builder.getMethods()) {
          if (m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())) {
            setters.computeIfAbsent(m.getName(), n -> new ArrayList<>()).add(new Setter(m, box(m.getParameterTypes()[0])));
          }
        }
        List<Property> props = new ArrayList<>();
        for (Method m : type.getMethods()) {
          if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
              && setters.containsKey(m.getName()) && props.stream().noneMatch(p -> p.name.equals(m.getName()))) {
            props.add(new Property(m.getName(), m.getGenericReturnType(), m));
          }
        }
        props.sort((a, b) -> a.name.compareTo(b.name));
        Constructor<?> bc = builder.getDeclaredConstructor();
        bc.setAccessible(true);
        Method build = builder.getMethod("build");
        build.setAccessible(true);
        for (List<Setter> ms : setters.values()) {
          for (Setter m : ms) {
            m.method.setAccessible(true);
          }
        }
        return new Shape(type, List.copyOf(props), null, bc, setters, build);
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("cannot map " + type.getName() + " to JSON", e);
      }
    }

    Object create(JsonCodec codec, JsonNode fields) {
      try {
        if (canonical != null) {
          Object[] args = new Object[properties.size()];
          for (int i = 0; i < args.length; i++) {
            Property p = properties.get(i);
            args[i] = codec.decode(fields.get(p.name), p.type);
          }
          return canonical.newInstance(args);
        }
        Object builder = builderConstructor.newInstance();
        for (Property p : properties) {
          JsonNode node = fields.get(p.name);
          if (node == null) {
            continue; // written before the property existed: the builder's default applies
          }
          Object value = codec.decode(node, p.type);
          if (value == null) {
            continue;
          }
          setter(p.name, value).invoke(builder, value);
        }
        return build.invoke(builder);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("stored " + type.getName() + " is invalid: " + e.getCause(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build " + type.getName(), e);
      }
    }

    private Method setter(String name, Object value) {
      for (Setter m : setters.get(name)) {
        if (m.accepts.isInstance(value)) {
          return m.method;
        }
      }
      throw new IllegalStateException("no builder method " + name + " of " + type.getName() + " takes " + value.getClass().getName());
    }

    private static Class<?> box(Class<?> c) {
      if (!c.isPrimitive()) {
        return c;
      }
      return switch (c.getName()) {
        case "int" -> Integer.class;
        case "long" -> Long.class;
        case "boolean" -> Boolean.class;
        case "double" -> Double.class;
        case "float" -> Float.class;
        case "short" -> Short.class;
        case "byte" -> Byte.class;
        default -> Character.class;
      };
    }
  }
}
