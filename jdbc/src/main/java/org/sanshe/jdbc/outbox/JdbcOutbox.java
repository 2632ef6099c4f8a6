package org.sanshe.jdbc.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.EventEncoder;
import org.sanshe.core.event.Outbox;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;

/**
 * The event outbox in a database.
 *
 * <p><b>Writing.</b> A JDBC store calls {@link #append(Connection, List)} with its own connection,
 * inside the transaction that writes the aggregate: the events exist exactly when the change was
 * committed. Appended events wait without a position.
 *
 * <p><b>Reading.</b> {@link #read(String, int)} first hands positions out, in a short transaction
 * of its own that locks the outbox's head row (so relays on several servers take turns): every
 * committed waiting event gets the next position, the events of one aggregate in the order of its
 * versions. Since a store commits version <i>n</i> of an aggregate before any writer can build
 * version <i>n</i>+1 on it, a relay that sees version <i>n</i>+1 sees version <i>n</i> too, so an
 * aggregate's events are never handed out out of order, and no event committed late is skipped by a
 * consumer that has acknowledged a later position. Delivery is at least once; the event id is
 * stable for de-duplication.
 *
 * <p>The payload is the event encoded by the {@link EventEncoder} given to {@link #open(SansheJdbc,
 * EventEncoder)}; with {@link #open(SansheJdbc)} no payload is kept and a consumer reads the
 * aggregate at the entry's version or later.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source, except {@link
 * #append}, which uses the caller's.
 */
public final class JdbcOutbox implements Outbox {

  /** The schema of the outbox tables, for {@link Migrator}. */
  public static final Schema SCHEMA =
      Schema.of(
          "outbox",
          JdbcOutbox.class.getClassLoader(),
          "META-INF/sanshe/schema/outbox",
          List.of("V1__outbox.sql"));

  /** Most waiting events one read hands positions to. */
  private static final int SEQUENCE_BATCH = 10_000;

  private final SansheJdbc jdbc;
  private final EventEncoder encoder;
  private final String insert;
  private final String lockHead;
  private final String selectHead;
  private final String selectWaiting;
  private final String assign;
  private final String moveHead;
  private final String selectAfter;
  private final String selectAck;
  private final String updateAck;
  private final String insertAck;

  private JdbcOutbox(SansheJdbc jdbc, EventEncoder encoder) {
    this.jdbc = jdbc;
    this.encoder = encoder;
    String outbox = jdbc.table("outbox");
    String head = jdbc.table("outbox_head");
    String ack = jdbc.table("outbox_ack");
    insert =
        "INSERT INTO "
            + outbox
            + " (event_id, pos, waiting, aggregate_type, aggregate_id, aggregate_version,"
            + " event_index, event_type, occurred_ms, occurred_ns, payload)"
            + " VALUES (?, NULL, 1, ?, ?, ?, ?, ?, ?, ?, ?)";
    lockHead = "UPDATE " + head + " SET pos = pos WHERE name = 'head'";
    selectHead = "SELECT pos FROM " + head + " WHERE name = 'head'";
    selectWaiting =
        "SELECT event_id, aggregate_type, aggregate_id, aggregate_version, event_index,"
            + " occurred_ms FROM "
            + outbox
            + " WHERE waiting = 1";
    assign = "UPDATE " + outbox + " SET pos = ?, waiting = 0 WHERE event_id = ? AND waiting = 1";
    moveHead = "UPDATE " + head + " SET pos = ? WHERE name = 'head'";
    selectAfter =
        "SELECT pos, event_id, aggregate_type, aggregate_id, aggregate_version, event_type,"
            + " occurred_ms, occurred_ns, payload FROM "
            + outbox
            + " WHERE pos > ? ORDER BY pos";
    selectAck = "SELECT pos FROM " + ack + " WHERE consumer = ?";
    updateAck = "UPDATE " + ack + " SET pos = ? WHERE consumer = ? AND pos < ?";
    insertAck = "INSERT INTO " + ack + " (consumer, pos) VALUES (?, ?)";
  }

  /**
   * Creates or upgrades the outbox tables.
   *
   * @param jdbc the database, not null
   * @throws org.sanshe.jdbc.JdbcException if the schema is newer than this code, was changed, or
   *     cannot be applied
   */
  public static void migrate(SansheJdbc jdbc) {
    Migrator.of(Objects.requireNonNull(jdbc, "jdbc")).migrate(SCHEMA);
  }

  /**
   * Opens the outbox without payloads. The tables must exist ({@link #migrate(SansheJdbc)}).
   *
   * @param jdbc the database, not null
   * @return the outbox
   * @throws org.sanshe.jdbc.JdbcException {@code JDBC_SCHEMA_TABLE_MISSING}, {@code
   *     JDBC_SCHEMA_OUTDATED} or {@code JDBC_SCHEMA_NEWER} if the tables are missing or at another
   *     version than this code, or another code if the database refuses
   */
  public static JdbcOutbox open(SansheJdbc jdbc) {
    return open(jdbc, null);
  }

  /**
   * Opens the outbox keeping every event encoded as its payload.
   *
   * @param jdbc the database, not null
   * @param encoder the encoder, or null for no payloads
   * @return the outbox
   * @throws org.sanshe.jdbc.JdbcException as {@link #open(SansheJdbc)}
   */
  public static JdbcOutbox open(SansheJdbc jdbc, EventEncoder encoder) {
    Objects.requireNonNull(jdbc, "jdbc");
    Migrator.of(jdbc.withTransactionMode(TransactionMode.LOCAL)).validate(SCHEMA);
    return new JdbcOutbox(jdbc, encoder);
  }

  /**
   * Writes the events of one save, with the caller's connection, inside the caller's transaction;
   * nothing is committed or rolled back here.
   *
   * @param connection the store's connection, in its transaction, not null
   * @param events the events, not null (may be empty)
   * @throws SQLException if the database refuses, for instance an event id already written
   *     (SQLState class 23): the caller's transaction must then roll back
   * @throws SansheException with {@code JDBC_TEXT_INVALID} for a payload the database cannot store
   */
  public void append(Connection connection, List<OutboxEvent> events) throws SQLException {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(events, "events");
    if (events.isEmpty()) {
      return;
    }
    List<String> payloads = new ArrayList<>(events.size());
    for (OutboxEvent e : events) {
      Objects.requireNonNull(e, "event");
      Columns.millis("occurredAt", e.occurredAt());
      payloads.add(
          encoder == null
              ? null
              : Columns.text(
                  "payload",
                  Objects.requireNonNull(encoder.encode(e.event()), "payload"),
                  Integer.MAX_VALUE));
    }
    try (PreparedStatement s = connection.prepareStatement(insert)) {
      for (int i = 0; i < events.size(); i++) {
        OutboxEvent e = events.get(i);
        s.setString(1, e.eventId());
        s.setString(2, e.aggregateType());
        s.setString(3, e.aggregateId());
        s.setLong(4, e.aggregateVersion());
        s.setInt(5, e.index());
        s.setString(6, e.eventType());
        s.setLong(7, Columns.millis("occurredAt", e.occurredAt()));
        s.setInt(8, Columns.nanosOfMilli(e.occurredAt()));
        Columns.setText(s, 9, payloads.get(i));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  @Override
  public List<OutboxEntry> read(String consumer, int max) {
    Outbox.checkConsumer(consumer);
    Outbox.checkBatch(max);
    handOut();
    return jdbc.read(
        "read outbox",
        c -> {
          long after = acknowledged(c, consumer);
          List<OutboxEntry> out = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement(selectAfter)) {
            s.setMaxRows(max);
            s.setLong(1, after);
            try (ResultSet r = s.executeQuery()) {
              while (r.next() && out.size() < max) {
                out.add(
                    new OutboxEntry(
                        r.getLong(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getLong(5),
                        r.getString(6),
                        Columns.instant(r.getLong(7), r.getInt(8)),
                        r.getString(9)));
              }
            }
          }
          return List.copyOf(out);
        });
  }

  @Override
  public void acknowledge(String consumer, long position) {
    Outbox.checkConsumer(consumer);
    jdbc.inTransaction(
        "acknowledge outbox",
        c -> {
          long head = head(c);
          if (position < 0 || position > head) {
            throw new SansheException(CoreError.OUTBOX_POSITION_UNKNOWN, consumer, head);
          }
          try (PreparedStatement s = c.prepareStatement(updateAck)) {
            s.setLong(1, position);
            s.setString(2, consumer);
            s.setLong(3, position);
            if (s.executeUpdate() == 1) {
              return null;
            }
          }
          try (PreparedStatement s = c.prepareStatement(selectAck)) {
            s.setString(1, consumer);
            try (ResultSet r = s.executeQuery()) {
              if (r.next()) {
                return null; // already at or past this position
              }
            }
          }
          try (PreparedStatement s = c.prepareStatement(insertAck)) {
            s.setString(1, consumer);
            s.setLong(2, position);
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public long acknowledged(String consumer) {
    Outbox.checkConsumer(consumer);
    return jdbc.read("read outbox position", c -> acknowledged(c, consumer));
  }

  /**
   * Hands positions out to the committed waiting events, oldest aggregate versions first, and
   * returns how many it numbered.
   *
   * @return the number of events that got a position
   * @throws org.sanshe.jdbc.JdbcException if the database refuses
   */
  public int handOut() {
    return jdbc.withTransactionMode(TransactionMode.LOCAL)
        .inTransaction(
            "hand out outbox positions",
            c -> {
              try (PreparedStatement s = c.prepareStatement(lockHead)) {
                s.executeUpdate();
              }
              long head = head(c);
              List<Waiting> waiting = new ArrayList<>();
              try (PreparedStatement s = c.prepareStatement(selectWaiting)) {
                s.setMaxRows(SEQUENCE_BATCH);
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    waiting.add(
                        new Waiting(
                            r.getString(1),
                            r.getString(2),
                            r.getString(3),
                            r.getLong(4),
                            r.getInt(5),
                            r.getLong(6)));
                  }
                }
              }
              if (waiting.isEmpty()) {
                return 0;
              }
              waiting = inOrder(waiting);
              try (PreparedStatement s = c.prepareStatement(assign)) {
                long pos = head;
                for (Waiting w : waiting) {
                  s.setLong(1, ++pos);
                  s.setString(2, w.eventId);
                  s.addBatch();
                }
                s.executeBatch();
              }
              try (PreparedStatement s = c.prepareStatement(moveHead)) {
                s.setLong(1, head + waiting.size());
                s.executeUpdate();
              }
              return waiting.size();
            });
  }

  private long head(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(selectHead);
        ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        throw Columns.rowInvalid("pos", "outbox_head");
      }
      return r.getLong(1);
    }
  }

  private long acknowledged(Connection c, String consumer) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(selectAck)) {
      s.setString(1, consumer);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0L;
      }
    }
  }

  @Override
  public String toString() {
    return "JdbcOutbox[" + jdbc.table("outbox") + (encoder == null ? "" : ", with payloads") + ']';
  }

  /**
   * Orders waiting events by time (then id), and within each aggregate strictly by version and
   * index: an aggregate's events take the slots its events hold in the time order, sorted by
   * version, so clocks that disagree between servers never reorder one aggregate's history.
   */
  static List<Waiting> inOrder(List<Waiting> waiting) {
    List<Waiting> byTime = new ArrayList<>(waiting);
    byTime.sort(Comparator.comparingLong(Waiting::occurredMs).thenComparing(Waiting::eventId));
    Map<String, List<Integer>> slots = new HashMap<>();
    Map<String, List<Waiting>> events = new HashMap<>();
    for (int i = 0; i < byTime.size(); i++) {
      Waiting w = byTime.get(i);
      String key = w.aggregateType + ':' + w.aggregateId;
      slots.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      events.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
    }
    Waiting[] out = new Waiting[byTime.size()];
    for (Map.Entry<String, List<Waiting>> e : events.entrySet()) {
      List<Waiting> list = e.getValue();
      list.sort(Comparator.comparingLong(Waiting::version).thenComparingInt(Waiting::index));
      List<Integer> at = slots.get(e.getKey());
      for (int i = 0; i < list.size(); i++) {
        out[at.get(i)] = list.get(i);
      }
    }
    return List.of(out);
  }

  record Waiting(
      String eventId,
      String aggregateType,
      String aggregateId,
      long version,
      int index,
      long occurredMs) {}
}
