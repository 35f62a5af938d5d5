package dev.kefu.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.store.EventLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The event log on {@code kefu_event}: events in position order, each brought from its stored
 * schema version to its class's by the registered {@link EventUpcaster}s. Rows are appended by the
 * unit of work ({@link JdbcStorage}).
 */
final class JdbcEventLog implements EventLog {

  private final DatabaseAccess db;
  private final JsonCodec json;
  private final Upcasters upcasters;

  JdbcEventLog(DatabaseAccess db, JsonCodec json, Upcasters upcasters) {
    this.db = db;
    this.json = json;
    this.upcasters = upcasters;
  }

  @Override
  public List<StoredEvent> readAfter(long afterPosition, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT position, type_name, schema_version, body FROM kefu_event WHERE position > ? ORDER BY position"
              + " FETCH FIRST ? ROWS ONLY")) {
        ps.setLong(1, afterPosition);
        ps.setInt(2, limit);
        try (ResultSet rs = ps.executeQuery()) {
          List<StoredEvent> found = new ArrayList<>();
          while (rs.next()) {
            found.add(new StoredEvent(rs.getLong("position"), event(rs)));
          }
          return found;
        }
      }
    });
  }

  @Override
  public List<DomainEvent> eventsOf(String aggregateType, String aggregateId) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT position, type_name, schema_version, body FROM kefu_event"
          + " WHERE aggregate_type = ? AND aggregate_id = ? ORDER BY position")) {
        ps.setString(1, aggregateType);
        ps.setString(2, aggregateId);
        try (ResultSet rs = ps.executeQuery()) {
          List<DomainEvent> found = new ArrayList<>();
          while (rs.next()) {
            found.add(event(rs));
          }
          return found;
        }
      }
    });
  }

  /**
   * One stored event, its payload first brought from its stored version to its class's version
   * by the registered upcasters.
   */
  private DomainEvent event(ResultSet rs) throws SQLException {
    String type = rs.getString("type_name");
    int stored = rs.getInt("schema_version");
    JsonNode tree = json.parse(rs.getString("body"));
    if (!(tree instanceof ObjectNode wrapper) || !wrapper.has("value")) {
      throw new IllegalStateException("stored event at position " + rs.getLong("position") + " is not a kefu event");
    }
    Upcasters.Upcast upcast = upcasters.upcast(type, stored, wrapper.get("value"));
    wrapper.set("value", upcast.payload());
    DomainEvent event;
    try {
      event = (DomainEvent) json.decode(wrapper, DomainEvent.class);
    } catch (RuntimeException e) {
      throw new IllegalStateException(unreadable(rs, type, stored, upcast.version(), "its payload does not decode"), e);
    }
    if (event.schemaVersion() != upcast.version()) {
      throw new IllegalStateException(unreadable(rs, type, stored, upcast.version(),
          "this kefu reads version " + event.schemaVersion() + "; register an EventUpcaster from version "
              + upcast.version()));
    }
    return event;
  }

  private String unreadable(ResultSet rs, String type, int stored, int reached, String why) throws SQLException {
    return "stored event " + type + " at position " + rs.getLong("position") + ", version " + stored
        + (reached == stored ? "" : " (upcast to " + reached + ")") + ", cannot be read: " + why;
  }
}
