package dev.kefu.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The registered upcasters, by event type and the version each reads. Immutable. */
final class Upcasters {

  /** A stored payload brought as far as the registered upcasters go. */
  record Upcast(JsonNode payload, int version) {}

  private final Map<String, Map<Integer, EventUpcaster>> byType;

  private Upcasters(Map<String, Map<Integer, EventUpcaster>> byType) {
    this.byType = byType;
  }

  /**
   * @param upcasters the host's and kefu's upcasters
   * @throws IllegalArgumentException listing every problem: a blank type, a version below 1, two
   *     upcasters for one type and version
   */
  static Upcasters of(List<EventUpcaster> upcasters) {
    List<String> problems = new ArrayList<>();
    Map<String, Map<Integer, EventUpcaster>> byType = new HashMap<>();
    for (EventUpcaster u : upcasters) {
      Objects.requireNonNull(u, "upcaster");
      String type = u.eventType();
      if (type == null || type.isBlank()) {
        problems.add("an upcaster (" + u.getClass().getName() + ") names no event type");
        continue;
      }
      if (u.fromVersion() < 1) {
        problems.add("the upcaster of " + type + " reads version " + u.fromVersion() + "; versions start at 1");
        continue;
      }
      EventUpcaster before = byType.computeIfAbsent(type, t -> new HashMap<>()).putIfAbsent(u.fromVersion(), u);
      if (before != null) {
        problems.add("two upcasters read " + type + " version " + u.fromVersion());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid event upcasters: " + String.join("; ", problems));
    }
    byType.replaceAll((t, m) -> Map.copyOf(m));
    return new Upcasters(Map.copyOf(byType));
  }

  /** Applies the type's upcasters from the stored version up, while one reads the version reached. */
  Upcast upcast(String type, int storedVersion, JsonNode payload) {
    Map<Integer, EventUpcaster> chain = byType.getOrDefault(type, Map.of());
    JsonNode current = payload;
    int version = storedVersion;
    for (EventUpcaster next = chain.get(version); next != null; next = chain.get(version)) {
      if (!(current instanceof ObjectNode object)) {
        throw new IllegalStateException("stored " + type + " version " + version + " is not a JSON object");
      }
      current = Objects.requireNonNull(next.upcast(object.deepCopy()),
          () -> "the upcaster of " + type + " from version " + storedVersion + " returned null");
      version++;
    }
    return new Upcast(current, version);
  }
}
