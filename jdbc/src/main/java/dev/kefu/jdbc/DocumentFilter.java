package dev.kefu.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The SQL narrowing of a list over {@code kefu_aggregate}: conditions on one type's
 * {@link DocumentColumns}, each added only when the query asks for it. It narrows, never decides:
 * the query's own matcher still runs over the rows it admits.
 */
final class DocumentFilter {

  private final StringBuilder where = new StringBuilder("aggregate_type = ?");
  private final List<Object> params = new ArrayList<>();

  private DocumentFilter(String type) {
    params.add(type);
  }

  /** Every document of a type. */
  static DocumentFilter ofType(String type) {
    return new DocumentFilter(type);
  }

  /** Rows whose reference column equals the value, if present. */
  DocumentFilter ref(Optional<String> value) {
    return equal("ref_id", value);
  }

  /** Rows whose second reference column equals the value, if present. */
  DocumentFilter ref2(Optional<String> value) {
    return equal("ref2_id", value);
  }

  /** Rows whose status is one of these; all rows if none are given. */
  DocumentFilter statusIn(Collection<? extends Enum<?>> statuses) {
    if (statuses.isEmpty()) {
      return this;
    }
    where.append(" AND status IN (");
    String separator = "";
    for (Enum<?> s : statuses) {
      where.append(separator).append('?');
      params.add(s.name());
      separator = ", ";
    }
    where.append(')');
    return this;
  }

  /** Rows at or after the instant, if present. */
  DocumentFilter atFrom(Optional<Instant> from) {
    from.ifPresent(f -> {
      where.append(" AND at_ns >= ?");
      params.add(Instants.toNanos(f));
    });
    return this;
  }

  /** Rows before the instant, if present. */
  DocumentFilter atBefore(Optional<Instant> before) {
    before.ifPresent(b -> {
      where.append(" AND at_ns < ?");
      params.add(Instants.toNanos(b));
    });
    return this;
  }

  private DocumentFilter equal(String column, Optional<String> value) {
    value.ifPresent(v -> {
      where.append(" AND ").append(column).append(" = ?");
      params.add(v);
    });
    return this;
  }

  /** The statement that selects the rows admitted: their type, id, version and body. */
  String sql() {
    return "SELECT aggregate_type, aggregate_id, version, body FROM kefu_aggregate WHERE " + where;
  }

  Object[] params() {
    return params.toArray();
  }
}
