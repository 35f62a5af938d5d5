package dev.kefu.jdbc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
import java.util.function.Function;

/**
 * Maps kefu's value types to JSON and back, by their shape: Java records through their components
 * and canonical constructor, Immutables value types through their accessors and their nested
 * {@code Builder}. kefu-spi carries no Jackson annotations (a host that only implements ports must
 * not need Jackson), so this codec drives Jackson's streaming writer and tree model itself.
 *
 * <p>Where the declared type does not fix the class (an interface such as {@code Aggregate} or
 * {@code DomainEvent}, a sealed hierarchy), the value is written as {@code {"@class": ..., "value":
 * ...}} with the public value type's name (never the generated {@code Immutable*} class). Records
 * keep their components' order, Immutables types their properties' names in order; maps are
 * written as arrays of {@code [key, value]} pairs; an empty {@code Optional} as {@code null}.
 *
 * <p>Each declared type is looked at once, by reflection, and compiled to a {@link Codec}; values
 * are then written and read by their type's codec without looking again.
 *
 * <p>Thread-safe.
 */
final class JsonCodec {

  private static final String CLASS = "@class";
  private static final String VALUE = "value";
  private static final SerializedString CLASS_NAME = new SerializedString(CLASS);
  private static final SerializedString VALUE_NAME = new SerializedString(VALUE);

  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonFactory factory = mapper.getFactory();
  private final Map<Type, Codec> codecs = new ConcurrentHashMap<>();
  private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();
  /** The public value type of each runtime class met so far. */
  private final Map<Class<?>, Class<?>> valueTypes = new ConcurrentHashMap<>();
  /**
   * Durations read, by their text: a store holds few distinct ones (SLA targets, escalation
   * steps, shift lengths), and {@link Duration#parse} runs a regular expression at every call (an
   * eighth of the time spent decoding an SLA clock). Bounded: past 1,024 texts it parses again.
   */
  private final Map<String, Duration> durations = new ConcurrentHashMap<>();
  /** Classes that stored {@code @class} names have named, by name. */
  private final Map<String, Class<?>> namedClasses = new ConcurrentHashMap<>();

  /** How values of one declared type are written and read. */
  private interface Codec {
    void write(JsonGenerator g, Object value) throws IOException;

    /**
     * Reads the value whose first token the parser is at (never JSON null: that is {@link
     * #readNull()}), leaving the parser at its last token.
     */
    Object read(JsonParser p) throws IOException;

    /** What a missing or JSON null node reads as. */
    default Object readNull() {
      return null;
    }
  }

  /** Writes a value of a declared type as JSON text. */
  String write(Object value, Type declared) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = factory.createGenerator(out)) {
      writeValue(g, value, codec(declared));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + declared.getTypeName() + " as JSON", e);
    }
    return out.toString();
  }

  /**
   * As {@link #write(Object, Type)}, given the JSON the value has as its own value type (written
   * already, for another column): that JSON is reused, wrapped with the value's class where the
   * declared type does not fix it, not written again.
   *
   * @param valueJson {@code write(value, <its value type>)}
   */
  String write(Object value, Type declared, String valueJson) {
    Class<?> valueType = valueType(value.getClass());
    if (codec(declared) instanceof ValueCodec v && v.declared != valueType) {
      return "{\"" + CLASS + "\":\"" + valueType.getName() + "\",\"" + VALUE + "\":" + valueJson + "}";
    }
    return valueJson;
  }

  /** Reads JSON text as a value of a declared type. */
  <T> T read(String json, Class<T> declared) {
    return declared.cast(read(json, (Type) declared));
  }

  Object read(String json, Type declared) {
    try (JsonParser p = factory.createParser(json)) {
      p.nextToken();
      return readValue(p, codec(declared));
    } catch (IOException e) {
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

  /** A value of a declared type as a tree, as {@link #write} would write it. */
  JsonNode encode(Object value, Type declared) {
    return parse(write(value, declared));
  }

  /** A tree, as stored, read as a value of a declared type. */
  Object decode(JsonNode node, Type declared) {
    try (JsonParser p = node.traverse()) {
      p.nextToken();
      return readValue(p, codec(declared));
    } catch (IOException e) {
      throw new IllegalStateException("stored JSON of " + declared.getTypeName() + " is malformed", e);
    }
  }

  private static void writeValue(JsonGenerator g, Object value, Codec codec) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      codec.write(g, value);
    }
  }

  /** The value at the parser's current token; a missing value (no token) or JSON null is {@link Codec#readNull()}. */
  private static Object readValue(JsonParser p, Codec codec) throws IOException {
    JsonToken t = p.currentToken();
    return t == null || t == JsonToken.VALUE_NULL ? codec.readNull() : codec.read(p);
  }

  private Codec codec(Type declared) {
    Codec known = codecs.get(declared);
    return known != null ? known : codecs.computeIfAbsent(declared, this::compile);
  }

  // ---- compiling a declared type's codec ------------------------------------------------------

  private Codec compile(Type declared) {
    Class<?> raw = raw(declared);
    if (raw == Optional.class) {
      return new OptionalCodec(lazy(typeArg(declared, 0)));
    }
    Codec scalar = scalar(raw);
    if (scalar != null) {
      return scalar;
    }
    if (Map.class.isAssignableFrom(raw)) {
      return new MapCodec(lazy(typeArg(declared, 0)), lazy(typeArg(declared, 1)));
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return new CollectionCodec(lazy(typeArg(declared, 0)), Set.class.isAssignableFrom(raw));
    }
    return new ValueCodec(raw);
  }

  /** A codec found on first use, so that a type may contain itself. */
  private Codec lazy(Type declared) {
    return new Codec() {
      private volatile Codec resolved;

      private Codec resolved() {
        Codec c = resolved;
        if (c == null) {
          c = codec(declared);
          resolved = c;
        }
        return c;
      }

      @Override
      public void write(JsonGenerator g, Object value) throws IOException {
        resolved().write(g, value);
      }

      @Override
      public Object read(JsonParser p) throws IOException {
        return resolved().read(p);
      }

      @Override
      public Object readNull() {
        return resolved().readNull();
      }
    };
  }

  /** The codec of a type written as one JSON scalar, or null if the type is not one. */
  private Codec scalar(Class<?> raw) {
    if (raw == String.class) {
      return new Scalar((g, v) -> g.writeString((String) v), JsonParser::getText);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return new Scalar((g, v) -> g.writeBoolean((Boolean) v), JsonParser::getValueAsBoolean);
    }
    if (raw == int.class || raw == Integer.class) {
      return new Scalar(JsonCodec::writeWhole, JsonParser::getValueAsInt);
    }
    if (raw == long.class || raw == Long.class) {
      return new Scalar(JsonCodec::writeWhole, JsonParser::getValueAsLong);
    }
    if (raw == short.class || raw == Short.class) {
      return new Scalar(JsonCodec::writeWhole, n -> (short) n.getValueAsInt());
    }
    if (raw == byte.class || raw == Byte.class) {
      return new Scalar(JsonCodec::writeWhole, n -> (byte) n.getValueAsInt());
    }
    if (raw == double.class || raw == Double.class) {
      return new Scalar((g, v) -> g.writeNumber((Double) v), JsonParser::getValueAsDouble);
    }
    if (raw == float.class || raw == Float.class) {
      return new Scalar((g, v) -> g.writeNumber((Float) v), n -> (float) n.getValueAsDouble());
    }
    if (raw == char.class || raw == Character.class) {
      return new Scalar((g, v) -> g.writeString(v.toString()), n -> n.getText().charAt(0));
    }
    if (raw.isEnum()) {
      return new Scalar((g, v) -> g.writeString(((Enum<?>) v).name()), n -> enumValue(raw, n.getText()));
    }
    if (raw == BigDecimal.class) {
      return text(BigDecimal::new);
    }
    if (raw == Instant.class) {
      return new Scalar((g, v) -> g.writeString(IsoInstants.format((Instant) v)),
          n -> IsoInstants.parse(n.currentToken() == JsonToken.VALUE_STRING ? n.getText() : null));
    }
    if (raw == LocalDate.class) {
      return text(LocalDate::parse);
    }
    if (raw == LocalDateTime.class) {
      return text(LocalDateTime::parse);
    }
    if (raw == LocalTime.class) {
      return text(LocalTime::parse);
    }
    if (raw == Duration.class) {
      return text(this::duration);
    }
    if (raw == YearMonth.class) {
      return text(YearMonth::parse);
    }
    if (ZoneId.class.isAssignableFrom(raw)) {
      return text(ZoneId::of);
    }
    if (raw == UUID.class) {
      return text(UUID::fromString);
    }
    if (raw == Currency.class) {
      return text(Currency::getInstance);
    }
    if (raw == Locale.class) {
      return new Scalar((g, v) -> g.writeString(((Locale) v).toLanguageTag()), n -> Locale.forLanguageTag(n.getText()));
    }
    return null;
  }

  private Duration duration(String text) {
    Duration known = text == null ? null : durations.get(text);
    if (known != null) {
      return known;
    }
    Duration parsed = Duration.parse(text);
    if (durations.size() < 1_024) {
      durations.put(text, parsed);
    }
    return parsed;
  }

  /** A type written as its {@code toString()} and read by parsing the text. */
  private static Codec text(Function<String, Object> parse) {
    return new Scalar((g, v) -> g.writeString(v.toString()),
        n -> parse.apply(n.currentToken() == JsonToken.VALUE_STRING ? n.getText() : null));
  }

  private static void writeWhole(JsonGenerator g, Object v) throws IOException {
    g.writeNumber(((Number) v).longValue());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }

  /** Writes one scalar. */
  @FunctionalInterface
  private interface ScalarWriter {
    void write(JsonGenerator g, Object value) throws IOException;
  }

  /** Reads one scalar. */
  @FunctionalInterface
  private interface ScalarReader {
    Object read(JsonParser p) throws IOException;
  }

  private record Scalar(ScalarWriter writer, ScalarReader reader) implements Codec {
    @Override
    public void write(JsonGenerator g, Object value) throws IOException {
      writer.write(g, value);
    }

    @Override
    public Object read(JsonParser p) throws IOException {
      return reader.read(p);
    }
  }

  private record OptionalCodec(Codec inner) implements Codec {
    @Override
    public void write(JsonGenerator g, Object value) throws IOException {
      Optional<?> o = (Optional<?>) value;
      if (o.isPresent()) {
        inner.write(g, o.get());
      } else {
        g.writeNull();
      }
    }

    @Override
    public Object read(JsonParser p) throws IOException {
      return Optional.ofNullable(inner.read(p));
    }

    @Override
    public Object readNull() {
      return Optional.empty();
    }
  }

  private record MapCodec(Codec keys, Codec values) implements Codec {
    @Override
    public void write(JsonGenerator g, Object value) throws IOException {
      g.writeStartArray();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        g.writeStartArray();
        writeValue(g, e.getKey(), keys);
        writeValue(g, e.getValue(), values);
        g.writeEndArray();
      }
      g.writeEndArray();
    }

    @Override
    public Object read(JsonParser p) throws IOException {
      Map<Object, Object> map = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.START_ARRAY) {
        Object key = keys.readNull();
        Object value = values.readNull();
        if (p.nextToken() != JsonToken.END_ARRAY) {
          key = readValue(p, keys);
          if (p.nextToken() != JsonToken.END_ARRAY) {
            value = readValue(p, values);
            p.nextToken();
            skipTo(p, JsonToken.END_ARRAY); // more than a pair: the rest is not ours to read
          }
        }
        map.put(key, value);
      }
      return map;
    }
  }

  private record CollectionCodec(Codec items, boolean set) implements Codec {
    @Override
    public void write(JsonGenerator g, Object value) throws IOException {
      g.writeStartArray();
      for (Object item : (Collection<?>) value) {
        writeValue(g, item, items);
      }
      g.writeEndArray();
    }

    @Override
    public Object read(JsonParser p) throws IOException {
      Collection<Object> read = set ? new LinkedHashSet<>() : new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        read.add(readValue(p, items));
      }
      return read;
    }
  }

  /**
   * A record or Immutables value type, or a type that does not fix the class (an interface, an
   * abstract or sealed type): a value whose public value type is not the declared one is wrapped
   * with its class's name.
   */
  private final class ValueCodec implements Codec {
    private final Class<?> declared;
    /** How the runtime class last written is written: mostly one class per declared type. */
    private volatile Writing last;

    ValueCodec(Class<?> declared) {
      this.declared = declared;
    }

    /**
     * How values of one runtime class are written under this declared type: by a codec of their
     * own (a scalar, map or collection where the declared type does not say so), else by the shape
     * of their value type, with the class named if the declared type does not fix it.
     */
    private record Writing(Class<?> runtime, Codec byClass, Shape shape, SerializedString className) {
    }

    private Writing writing(Object value) {
      Class<?> runtime = value.getClass();
      Writing w = last;
      if (w != null && w.runtime() == runtime) {
        return w;
      }
      Codec byClass = null;
      if (runtime != declared) {
        // a scalar, map or collection where the declared type does not say so (Object, an interface)
        byClass = scalar(value instanceof Enum<?> e ? e.getDeclaringClass() : runtime);
        if (byClass == null && value instanceof Map<?, ?>) {
          byClass = codec(Map.class);
        } else if (byClass == null && value instanceof Collection<?>) {
          byClass = codec(value instanceof Set<?> ? Set.class : List.class);
        }
      }
      Class<?> valueType = byClass == null ? valueType(runtime) : null;
      w = new Writing(runtime, byClass, byClass == null ? shape(valueType) : null,
          byClass == null && valueType != declared ? new SerializedString(valueType.getName()) : null);
      last = w;
      return w;
    }

    @Override
    public void write(JsonGenerator g, Object value) throws IOException {
      Writing w = writing(value);
      if (w.byClass() != null) {
        w.byClass().write(g, value);
        return;
      }
      if (w.className() == null) {
        w.shape().write(g, value);
        return;
      }
      g.writeStartObject();
      g.writeFieldName(CLASS_NAME);
      g.writeString(w.className());
      g.writeFieldName(VALUE_NAME);
      w.shape().write(g, value);
      g.writeEndObject();
    }

    /** An object: its fields, or — written with its class — {@code @class} first, then {@code value}. */
    @Override
    public Object read(JsonParser p) throws IOException {
      if (p.nextToken() != JsonToken.FIELD_NAME || !CLASS.equals(p.currentName())) {
        return shape(declared).create(p); // at its first field name, or at its end
      }
      p.nextToken();
      Class<?> valueType = namedClass(p.getText(), declared);
      if (!declared.isAssignableFrom(valueType)) {
        throw new IllegalStateException("stored " + valueType.getName() + " is not a " + declared.getName());
      }
      Object value = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        JsonToken t = p.nextToken();
        if (VALUE.equals(p.currentName()) && t == JsonToken.START_OBJECT) {
          p.nextToken();
          value = shape(valueType).create(p);
        } else {
          p.skipChildren();
        }
      }
      if (value == null) {
        throw new IllegalStateException("stored " + valueType.getName() + " has no value");
      }
      return value;
    }
  }

  /** Moves the parser on to the end of the array or object it is in. */
  private static void skipTo(JsonParser p, JsonToken end) throws IOException {
    while (p.currentToken() != end) {
      p.skipChildren();
      p.nextToken();
    }
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

  /** The public value type of an object's class: a record, or the abstract type an Immutables class implements. */
  private Class<?> valueType(Class<?> c) {
    Class<?> known = valueTypes.get(c);
    return known != null ? known : valueTypes.computeIfAbsent(c, JsonCodec::findValueType);
  }

  private static Class<?> findValueType(Class<?> c) {
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
    Shape known = shapes.get(type);
    return known != null ? known : shapes.computeIfAbsent(type, this::shapeOf);
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

  // ---- value types ----------------------------------------------------------------------------

  /** One property of a value type, with the codec of its declared type. */
  private record Property(String name, SerializedString fieldName, Codec codec, Method accessor, List<Setter> setters) {
    Property(String name, Codec codec, Method accessor, List<Setter> setters) {
      this(name, new SerializedString(name), codec, accessor, setters); // quoted once, not at every write
    }

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
    final Method build;
    private final Map<String, Integer> indexes = new java.util.HashMap<>();

    Shape(Class<?> type, List<Property> properties, Constructor<?> canonical, Constructor<?> builderConstructor, Method build) {
      this.type = type;
      this.properties = properties;
      for (int i = 0; i < properties.size(); i++) {
        indexes.put(properties.get(i).name(), i);
      }
      this.canonical = canonical;
      this.builderConstructor = builderConstructor;
      this.build = build;
    }

    void write(JsonGenerator g, Object value) throws IOException {
      g.writeStartObject();
      for (Property p : properties) {
        g.writeFieldName(p.fieldName());
        writeValue(g, p.get(value), p.codec());
      }
      g.writeEndObject();
    }

    /**
     * Builds a value from its object's fields, the parser at the first field name (or at the
     * object's end); leaves the parser at the object's end. A field it does not know is skipped; a
     * property without a field is absent (null, empty) or, for a builder, its default.
     */
    Object create(JsonParser p) throws IOException {
      Object[] values = new Object[properties.size()];
      boolean[] seen = new boolean[values.length];
      for (; p.currentToken() == JsonToken.FIELD_NAME; p.nextToken()) {
        int i = index(p.currentName());
        p.nextToken();
        if (i < 0) {
          p.skipChildren();
          continue;
        }
        values[i] = readValue(p, properties.get(i).codec());
        seen[i] = true;
      }
      try {
        if (canonical != null) {
          for (int i = 0; i < values.length; i++) {
            if (!seen[i]) {
              values[i] = properties.get(i).codec().readNull();
            }
          }
          return canonical.newInstance(values);
        }
        Object builder = builderConstructor.newInstance();
        for (int i = 0; i < values.length; i++) {
          if (values[i] != null) { // absent or null: the builder's default
            setter(properties.get(i), values[i]).invoke(builder, values[i]);
          }
        }
        return build.invoke(builder);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("stored " + type.getName() + " is invalid: " + e.getCause(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build " + type.getName(), e);
      }
    }

    /** The index of the property a field names, or -1. */
    private int index(String field) {
      Integer i = indexes.get(field);
      return i == null ? -1 : i;
    }

    private Method setter(Property p, Object value) {
      for (Setter s : p.setters()) {
        if (s.accepts().isInstance(value)) {
          return s.method();
        }
      }
      throw new IllegalStateException("no builder method " + p.name() + " of " + type.getName() + " takes "
          + value.getClass().getName());
    }
  }

  private Shape shapeOf(Class<?> type) {
    try {
      if (type.isRecord()) {
        RecordComponent[] components = type.getRecordComponents();
        List<Property> props = new ArrayList<>();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
          RecordComponent c = components[i];
          Method accessor = c.getAccessor();
          accessor.setAccessible(true);
          props.add(new Property(c.getName(), lazy(c.getGenericType()), accessor, List.of()));
          types[i] = c.getType();
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return new Shape(type, List.copyOf(props), canonical, null, null);
      }
      Class<?> builder = builderOf(type);
      if (builder == null) {
        throw new IllegalArgumentException("cannot map " + type.getName() + " to JSON: neither a record nor an Immutables value type");
      }
      Map<String, List<Setter>> setters = new LinkedHashMap<>();
      for (Method m : builder.getMethods()) {
        if (m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())) {
          m.setAccessible(true);
          setters.computeIfAbsent(m.getName(), n -> new ArrayList<>()).add(new Setter(m, box(m.getParameterTypes()[0])));
        }
      }
      List<Property> props = new ArrayList<>();
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
            && setters.containsKey(m.getName()) && props.stream().noneMatch(p -> p.name().equals(m.getName()))) {
          m.setAccessible(true);
          props.add(new Property(m.getName(), lazy(m.getGenericReturnType()), m, List.copyOf(setters.get(m.getName()))));
        }
      }
      props.sort((a, b) -> a.name().compareTo(b.name()));
      Constructor<?> bc = builder.getDeclaredConstructor();
      bc.setAccessible(true);
      Method build = builder.getMethod("build");
      build.setAccessible(true);
      return new Shape(type, List.copyOf(props), null, bc, build);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot map " + type.getName() + " to JSON", e);
    }
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
