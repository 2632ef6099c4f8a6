package org.sanshe.deliberation.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.escalation.AuditEntry;
import org.sanshe.deliberation.escalation.CaseId;
import org.sanshe.deliberation.escalation.EscalationCase;
import org.sanshe.deliberation.escalation.EscalationCaseSnapshot;
import org.sanshe.deliberation.escalation.EscalationCases;
import org.sanshe.deliberation.escalation.EscalationDeadlines;
import org.sanshe.deliberation.escalation.EscalationEvent;
import org.sanshe.deliberation.escalation.Level;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * Escalation cases on a relational database (tables {@code af_case} and {@code af_case_trail},
 * created by {@link JdbcMatters#migrate(SansheJdbc)}), with the optimistic versions of the {@link
 * EscalationCases} port.
 *
 * <p><b>What is stored.</b> One row per case (its level, deadline, last time, the deadlines per
 * level as ISO-8601 durations, the resolution note) and one row per audit-trail entry; every
 * component of an {@link EscalationCaseSnapshot} reads back equal. Notes and reasons are at most
 * {@value AffairsRows#MAX_TEXT} characters in the table ({@code JDBC_TEXT_TOO_LONG} otherwise,
 * nothing written).
 *
 * <p><b>One open case per matter</b> is a unique key on {@code open_matter}, which holds the matter
 * while the case is open and is NULL once it is closed: two servers opening a case for one matter
 * at once get one case and one {@code ESCALATION_CASE_DUPLICATE}. {@link #open()} reads the open
 * cases by the indexed {@code closed_flag} column, ordered by id.
 *
 * <p><b>Versions.</b> An update moves the case row on with {@code UPDATE ... WHERE case_id = ? AND
 * version = ?} (which locks it until the commit) and then rewrites the case's trail in the same
 * transaction; when no row changes, the update fails with {@code AFFAIRS_VERSION_CONFLICT}, nothing
 * written. A read takes the case row, its trail, and the version again, and reads once more if the
 * version moved meanwhile (up to 16 times, then {@code AFFAIRS_VERSION_CONFLICT}), so it never
 * mixes two versions.
 *
 * <p><b>Transactions.</b> Writes follow the {@link SansheJdbc}'s transaction mode (EXTERNAL: the
 * caller's transaction, which the caller must roll back after a refused write).
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcEscalationCases implements EscalationCases {

  private static final int READ_ATTEMPTS = 16;

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String cases;
  private final String trail;
  private final String insertCase;
  private final String updateCase;
  private final String selectVersion;
  private final String selectCase;
  private final String selectOpen;
  private final String selectOpenAfter;
  private final String selectTrail;
  private final String deleteTrail;
  private final String insertTrail;

  private JdbcEscalationCases(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.cases = jdbc.table("af_case");
    this.trail = jdbc.table("af_case_trail");
    String content =
        "matter_id, open_matter, closed_flag, level_code, deadline_ms, deadline_ns, last_ms,"
            + " last_ns, deadlines_text, resolution_note";
    this.insertCase =
        "INSERT INTO "
            + cases
            + " (case_id, version, "
            + content
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    this.updateCase =
        "UPDATE "
            + cases
            + " SET version = ?, matter_id = ?, open_matter = ?, closed_flag = ?, level_code = ?,"
            + " deadline_ms = ?, deadline_ns = ?, last_ms = ?, last_ns = ?, deadlines_text = ?,"
            + " resolution_note = ? WHERE case_id = ? AND version = ?";
    this.selectVersion = "SELECT version FROM " + cases + " WHERE case_id = ?";
    this.selectCase =
        "SELECT case_id, version, " + content + " FROM " + cases + " WHERE case_id = ?";
    this.selectOpen = "SELECT case_id FROM " + cases + " WHERE closed_flag = 0 ORDER BY case_id";
    this.selectOpenAfter =
        "SELECT case_id FROM " + cases + " WHERE closed_flag = 0 AND case_id > ? ORDER BY case_id";
    this.selectTrail =
        "SELECT action_code, from_code, to_code, at_ms, at_ns, effective_ms, effective_ns,"
            + " note_text FROM "
            + trail
            + " WHERE case_id = ? ORDER BY seq_no";
    this.deleteTrail = "DELETE FROM " + trail + " WHERE case_id = ?";
    this.insertTrail =
        "INSERT INTO "
            + trail
            + " (case_id, seq_no, action_code, from_code, to_code, at_ms, at_ns, effective_ms,"
            + " effective_ns, note_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  }

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "escalation-case";

  private void publish(java.sql.Connection c, EscalationCase escalationCase, long version)
      throws java.sql.SQLException {
    Kinds.publish(
        outbox,
        c,
        AGGREGATE_TYPE,
        escalationCase.id().value(),
        version,
        escalationCase.pendingEvents(),
        e -> ((EscalationEvent) e).at());
  }

  /**
   * Opens the store. The tables must exist ({@link JdbcMatters#migrate(SansheJdbc)}).
   *
   * @param jdbc the database, not null
   * @return the store
   * @throws JdbcException as {@link JdbcMatters#open(SansheJdbc)}
   */
  public static JdbcEscalationCases open(SansheJdbc jdbc) {
    JdbcMatters.validate(jdbc);
    return new JdbcEscalationCases(jdbc, null);
  }

  /**
   * Opens the store writing the events of every save to an outbox in the same transaction
   * (aggregate type {@value #AGGREGATE_TYPE}). The outbox must be on the same database.
   *
   * @param jdbc the database, not null
   * @param outbox the outbox, not null
   * @return the store
   * @throws JdbcException as {@link JdbcMatters#open(SansheJdbc)}
   */
  public static JdbcEscalationCases open(SansheJdbc jdbc, JdbcOutbox outbox) {
    JdbcMatters.validate(jdbc);
    return new JdbcEscalationCases(jdbc, Objects.requireNonNull(outbox, "outbox"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.sanshe.core.error.SansheException with {@code JDBC_TEXT_TOO_LONG} or {@code
   *     JDBC_TEXT_INVALID} if a note cannot be stored exactly (nothing is written)
   * @throws JdbcException if the database fails
   */
  @Override
  public void add(EscalationCase escalationCase) {
    Objects.requireNonNull(escalationCase, "escalationCase");
    EscalationCaseSnapshot s = escalationCase.snapshot();
    check(s);
    if (s.version() != 0) {
      throw new AffairsException(
          AffairsError.AFFAIRS_VERSION_CONFLICT, Kinds.ESCALATION_CASE, s.id(), s.version(), 0);
    }
    try {
      jdbc.inTransaction(
          "add escalation case",
          c -> {
            try (PreparedStatement st = c.prepareStatement(insertCase)) {
              st.setString(1, s.id().value());
              st.setLong(2, 1);
              bind(st, 3, s);
              st.executeUpdate();
            }
            writeTrail(c, s);
            publish(c, escalationCase, 1);
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict()) {
        throw new AffairsException(AffairsError.ESCALATION_CASE_DUPLICATE, s.matter());
      }
      throw e;
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.sanshe.core.error.SansheException with {@code JDBC_TEXT_TOO_LONG} or {@code
   *     JDBC_TEXT_INVALID} if a note cannot be stored exactly (nothing is written)
   * @throws JdbcException if the database fails
   */
  @Override
  public void update(EscalationCase escalationCase) {
    Objects.requireNonNull(escalationCase, "escalationCase");
    EscalationCaseSnapshot s = escalationCase.snapshot();
    check(s);
    jdbc.inTransaction(
        "update escalation case",
        c -> {
          int rows;
          try (PreparedStatement st = c.prepareStatement(updateCase)) {
            st.setLong(1, s.version() + 1);
            int next = bind(st, 2, s);
            st.setString(next, s.id().value());
            st.setLong(next + 1, s.version());
            rows = st.executeUpdate();
          }
          if (rows == 0) {
            throw Kinds.refusedUpdate(
                c,
                selectVersion,
                s.id().value(),
                s.id(),
                s.version(),
                Kinds.ESCALATION_CASE,
                AffairsError.ESCALATION_CASE_UNKNOWN);
          }
          try (PreparedStatement st = c.prepareStatement(deleteTrail)) {
            st.setString(1, s.id().value());
            st.executeUpdate();
          }
          writeTrail(c, s);
          publish(c, escalationCase, s.version() + 1);
          return null;
        });
  }

  @Override
  public Optional<EscalationCase> find(CaseId id) {
    Objects.requireNonNull(id, "id");
    return jdbc.read(
        "read escalation case",
        c -> Optional.ofNullable(read(c, id.value())).map(EscalationCase::restore));
  }

  @Override
  public List<EscalationCase> open() {
    return openCases(null, 0);
  }

  @Override
  public List<EscalationCase> open(CaseId after, int max) {
    org.sanshe.deliberation.affairs.Matters.checkPageSize(max);
    return openCases(after, max);
  }

  private List<EscalationCase> openCases(CaseId after, int max) {
    return jdbc.read(
        "read open escalation cases",
        c -> {
          List<String> ids = new ArrayList<>();
          try (PreparedStatement st =
              c.prepareStatement(after == null ? selectOpen : selectOpenAfter)) {
            if (after != null) {
              st.setString(1, after.value());
            }
            st.setMaxRows(max);
            try (ResultSet r = st.executeQuery()) {
              while (r.next()) {
                ids.add(r.getString(1));
              }
            }
          }
          List<EscalationCase> list = new ArrayList<>();
          for (String id : ids) {
            EscalationCaseSnapshot s = read(c, id);
            if (s != null && s.resolutionNote() == null) {
              list.add(EscalationCase.restore(s)); // closed meanwhile: left out
            }
          }
          return list;
        });
  }

  /** Reads one consistent snapshot: the case row, its trail, and the version unchanged. */
  private EscalationCaseSnapshot read(Connection c, String id) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      EscalationCaseSnapshot head;
      try (PreparedStatement st = c.prepareStatement(selectCase)) {
        st.setString(1, id);
        try (ResultSet r = st.executeQuery()) {
          if (!r.next()) {
            return null;
          }
          head = row(r);
        }
      }
      List<AuditEntry> entries = new ArrayList<>();
      try (PreparedStatement st = c.prepareStatement(selectTrail)) {
        st.setString(1, id);
        try (ResultSet r = st.executeQuery()) {
          while (r.next()) {
            entries.add(entry(r));
          }
        }
      }
      Long now = Kinds.version(c, selectVersion, id);
      if (now != null && now != head.version() && attempt >= READ_ATTEMPTS) {
        throw new AffairsException( // written faster than it can be read: never a torn read
            AffairsError.AFFAIRS_VERSION_CONFLICT,
            Kinds.ESCALATION_CASE,
            head.id(),
            head.version(),
            now);
      }
      if (now != null && now == head.version()) {
        return new EscalationCaseSnapshot(
            head.id(),
            head.version(),
            head.matter(),
            head.deadlines(),
            head.level(),
            head.deadline(),
            head.lastTime(),
            head.resolutionNote(),
            entries);
      }
    }
  }

  private void writeTrail(Connection c, EscalationCaseSnapshot s) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(insertTrail)) {
      int seq = 0;
      for (AuditEntry e : s.trail()) {
        int i = 1;
        st.setString(i++, s.id().value());
        st.setInt(i++, seq++);
        st.setInt(i++, AffairsRows.code(AffairsRows.ACTIONS, e.action()));
        st.setInt(i++, AffairsRows.code(AffairsRows.LEVELS, e.from()));
        st.setInt(i++, AffairsRows.code(AffairsRows.LEVELS, e.to()));
        i = AffairsRows.setInstant(st, i, "at", e.at());
        i = AffairsRows.setInstant(st, i, "effectiveAt", e.effectiveAt());
        Columns.setText(st, i, AffairsRows.emptyAsNull(e.note()));
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private static void check(EscalationCaseSnapshot s) {
    if (s.resolutionNote() != null) {
      AffairsRows.text("note", s.resolutionNote());
    }
    Columns.millis("deadline", s.deadline());
    Columns.millis("lastTime", s.lastTime());
    for (AuditEntry e : s.trail()) {
      AffairsRows.text("note", e.note());
      Columns.millis("at", e.at());
      Columns.millis("effectiveAt", e.effectiveAt());
    }
  }

  private static int bind(PreparedStatement st, int from, EscalationCaseSnapshot s)
      throws SQLException {
    int i = from;
    boolean closed = s.resolutionNote() != null;
    st.setString(i++, s.matter().value());
    Columns.setText(st, i++, closed ? null : s.matter().value());
    st.setInt(i++, closed ? 1 : 0);
    st.setInt(i++, AffairsRows.code(AffairsRows.LEVELS, s.level()));
    i = AffairsRows.setInstant(st, i, "deadline", s.deadline());
    i = AffairsRows.setInstant(st, i, "lastTime", s.lastTime());
    st.setString(i++, deadlinesText(s.deadlines()));
    Columns.setText(st, i++, s.resolutionNote());
    return i;
  }

  private static String deadlinesText(EscalationDeadlines deadlines) {
    StringJoiner text = new StringJoiner(";");
    for (Level level : AffairsRows.LEVELS) {
      text.add(deadlines.of(level).toString());
    }
    return text.toString();
  }

  private EscalationDeadlines deadlines(String text) {
    String[] parts = text.split(";", -1);
    if (parts.length != AffairsRows.LEVELS.size()) {
      throw Columns.rowInvalid("deadlines_text", cases);
    }
    Map<Level, Duration> map = new EnumMap<>(Level.class);
    try {
      for (int i = 0; i < parts.length; i++) {
        map.put(AffairsRows.LEVELS.get(i), Duration.parse(parts[i]));
      }
    } catch (DateTimeParseException e) {
      throw Columns.rowInvalid("deadlines_text", cases);
    }
    try {
      return EscalationDeadlines.of(map);
    } catch (AffairsException e) {
      throw Columns.rowInvalid("deadlines_text", cases);
    }
  }

  private EscalationCaseSnapshot row(ResultSet r) throws SQLException {
    int i = 1;
    CaseId id = CaseId.of(r.getString(i++));
    long version = r.getLong(i++);
    MatterId matter = MatterId.of(r.getString(i++));
    i++; // open_matter
    i++; // closed_flag
    Level level = AffairsRows.decode(AffairsRows.LEVELS, r.getInt(i++), "level_code", cases);
    java.time.Instant deadline = AffairsRows.instant(r, i);
    i += 2;
    java.time.Instant last = AffairsRows.instant(r, i);
    i += 2;
    EscalationDeadlines deadlines = deadlines(r.getString(i++));
    String note = r.getString(i);
    return new EscalationCaseSnapshot(
        id, version, matter, deadlines, level, deadline, last, note, List.of());
  }

  private AuditEntry entry(ResultSet r) throws SQLException {
    return new AuditEntry(
        AffairsRows.instant(r, 4),
        AffairsRows.decode(AffairsRows.ACTIONS, r.getInt(1), "action_code", trail),
        AffairsRows.decode(AffairsRows.LEVELS, r.getInt(2), "from_code", trail),
        AffairsRows.decode(AffairsRows.LEVELS, r.getInt(3), "to_code", trail),
        AffairsRows.instant(r, 6),
        AffairsRows.nullAsEmpty(r.getString(8)));
  }

  @Override
  public String toString() {
    return "JdbcEscalationCases[" + cases + "]";
  }
}
