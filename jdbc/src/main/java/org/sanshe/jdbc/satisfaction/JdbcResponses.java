package org.sanshe.jdbc.satisfaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;
import org.sanshe.core.satisfaction.response.DuplicateDecision;
import org.sanshe.core.satisfaction.response.DuplicatePolicy;
import org.sanshe.core.satisfaction.response.DuplicateResponseException;
import org.sanshe.core.satisfaction.response.Period;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.ResponseKey;
import org.sanshe.core.satisfaction.response.ResponseRecorded;
import org.sanshe.core.satisfaction.response.Responses;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.core.satisfaction.response.SubjectKind;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * Survey {@link Responses} on a relational database: {@code sat_response} (one row per respondent,
 * subject and period: the primary key is the uniqueness rule) and {@code sat_level} (the level of
 * each item), created by {@link #migrate(SansheJdbc)} or from the versioned files under {@code
 * META-INF/sanshe/schema/satisfaction/<dialect>/}. The respondent is stored only as its keyed hash.
 *
 * <p>Recording is one transaction: the response stored under the key (if any) is read and the
 * {@link DuplicatePolicy} decides; a first response is inserted, a replacement is {@code UPDATE ...
 * WHERE <key> AND version = ?}. When two servers record under the same key at once, the database
 * lets one through (the primary key, or the version) and the other decides again against what won:
 * under {@link DuplicatePolicy#REJECT} it is refused with {@code SATISFACTION_DUPLICATE_RESPONSE},
 * under {@link DuplicatePolicy#REPLACE} it replaces the winner and reports it as {@link
 * ResponseRecorded#replaced()}, so a tally fed from the results stays exact. In {@link
 * TransactionMode#EXTERNAL} mode a lost race is the {@link JdbcException} with code {@code
 * JDBC_CONFLICT}, for the caller to roll back and retry.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcResponses implements Responses {

  /** The schema of the satisfaction tables. */
  public static final Schema SCHEMA =
      Schema.of(
          "satisfaction",
          JdbcResponses.class.getClassLoader(),
          "META-INF/sanshe/schema/satisfaction",
          List.of("V1__responses.sql"));

  private static final int ATTEMPTS = 5;
  private static final int READ_ATTEMPTS = 5;
  private static final String KEY = "period = ? AND subject_kind = ? AND subject_id = ?";

  /** The aggregate type of the events this store writes to an outbox. */
  public static final String AGGREGATE_TYPE = "response";

  private final SansheJdbc jdbc;
  private final DuplicatePolicy policy;
  private final JdbcOutbox outbox;
  private final Clock clock;
  private final String response;
  private final String level;

  private JdbcResponses(SansheJdbc jdbc, DuplicatePolicy policy, JdbcOutbox outbox, Clock clock) {
    this.jdbc = jdbc;
    this.policy = policy;
    this.outbox = outbox;
    this.clock = clock;
    this.response = jdbc.table("sat_response");
    this.level = jdbc.table("sat_level");
  }

  /**
   * Creates or upgrades the satisfaction tables with the built-in migrator.
   *
   * @param jdbc the database, not null
   * @throws JdbcException if the schema is newer than this code, was changed, or cannot be applied
   */
  public static void migrate(SansheJdbc jdbc) {
    Migrator.of(Objects.requireNonNull(jdbc, "jdbc")).migrate(SCHEMA);
  }

  /**
   * Opens the responses over existing tables ({@link #migrate(SansheJdbc)}), checking the dialect
   * and the schema version.
   *
   * @param jdbc the database, not null
   * @param policy what to do with a second response of the same respondent, not null
   * @return the store
   * @throws JdbcException if the tables are missing or at another version, or the database refuses
   */
  public static JdbcResponses open(SansheJdbc jdbc, DuplicatePolicy policy) {
    Objects.requireNonNull(jdbc, "jdbc");
    Objects.requireNonNull(policy, "policy");
    jdbc.verifyDialect();
    Migrator.of(jdbc).validate(SCHEMA);
    return new JdbcResponses(jdbc, policy, null, null);
  }

  /**
   * Opens the responses as {@link #open(SansheJdbc, DuplicatePolicy)} does, writing a {@link
   * ResponseRecorded} event to an outbox in the same transaction as every response recorded: a
   * refused or failed recording writes neither. The event's aggregate is the key ({@link
   * ResponseKey#id()}), its version the row's version (1, then 2 for a replacement, ...).
   *
   * @param jdbc the database, not null
   * @param policy what to do with a second response of the same respondent, not null
   * @param outbox the outbox, in the same database, not null; events go as aggregate type {@value
   *     #AGGREGATE_TYPE}
   * @param clock the clock stamping the events, not null
   * @return the store
   * @throws JdbcException if the tables are missing or at another version, or the database refuses
   */
  public static JdbcResponses open(
      SansheJdbc jdbc, DuplicatePolicy policy, JdbcOutbox outbox, Clock clock) {
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(clock, "clock");
    JdbcResponses plain = open(jdbc, policy);
    return new JdbcResponses(plain.jdbc, policy, outbox, clock);
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is changed)
   */
  @Override
  public ResponseRecorded record(Response r) {
    Objects.requireNonNull(r, "r");
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbc.inTransaction("record response", c -> attempt(c, r));
      } catch (JdbcException e) {
        if (!e.isConflict()
            || jdbc.transactionMode() == TransactionMode.EXTERNAL
            || attempt >= ATTEMPTS) {
          throw e;
        }
        // another server recorded under the same key first: decide again against it
      } catch (Lost e) {
        if (attempt >= ATTEMPTS) {
          throw new JdbcException(JdbcError.JDBC_CONFLICT, "record response", null, null);
        }
      }
    }
  }

  /** The replaced row moved on between the read and the update; thrown to roll back and retry. */
  private static final class Lost extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Lost() {
      super(null, null, false, false);
    }
  }

  private ResponseRecorded attempt(Connection c, Response r) throws SQLException {
    Map<String, Stored> found = select(c, KEY + " AND respondent = ?", r.key(), true);
    Stored existing = found.isEmpty() ? null : found.values().iterator().next();
    DuplicateDecision decision =
        policy.decide(Optional.ofNullable(existing == null ? null : existing.response()));
    if (decision instanceof DuplicateDecision.Reject) {
      throw new DuplicateResponseException(r.key());
    }
    if (existing == null) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO "
                  + response
                  + " (version, category, questionnaire, n_levels, period, subject_kind,"
                  + " subject_id, respondent) VALUES (1, ?, ?, ?, ?, ?, ?, ?)")) {
        s.setInt(1, r.category().code());
        s.setString(2, r.questionnaire().code());
        s.setInt(3, r.levels().length);
        bindKey(s, 4, r.key());
        s.executeUpdate();
      }
    } else {
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE "
                  + response
                  + " SET version = ?, category = ?, questionnaire = ?, n_levels = ? WHERE "
                  + KEY
                  + " AND respondent = ? AND version = ?")) {
        s.setLong(1, existing.version + 1);
        s.setInt(2, r.category().code());
        s.setString(3, r.questionnaire().code());
        s.setInt(4, r.levels().length);
        bindKey(s, 5, r.key());
        s.setLong(9, existing.version);
        if (s.executeUpdate() != 1) {
          throw new Lost();
        }
      }
      try (PreparedStatement s =
          c.prepareStatement("DELETE FROM " + level + " WHERE " + KEY + " AND respondent = ?")) {
        bindKey(s, 1, r.key());
        s.executeUpdate();
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO "
                + level
                + " (item_pos, level_value, period, subject_kind, subject_id, respondent)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      int[] levels = r.levels();
      for (int i = 0; i < levels.length; i++) {
        s.setInt(1, i);
        s.setInt(2, levels[i]);
        bindKey(s, 3, r.key());
        s.addBatch();
      }
      s.executeBatch();
    }
    ResponseRecorded recorded =
        decision instanceof DuplicateDecision.Replace replace
            ? new ResponseRecorded(r, Optional.of(replace.previous()))
            : new ResponseRecorded(r, Optional.empty());
    if (outbox != null) {
      Instant now = clock.instant();
      long version = existing == null ? 1 : existing.version + 1;
      outbox.append(
          c, OutboxEvent.of(AGGREGATE_TYPE, r.key().id(), version, List.of(recorded), e -> now));
    }
    return recorded;
  }

  private static void bindKey(PreparedStatement s, int at, ResponseKey key) throws SQLException {
    s.setString(at, key.period().code());
    s.setString(at + 1, key.subject().kind().name());
    s.setString(at + 2, key.subject().id());
    s.setString(at + 3, key.respondent().hex());
  }

  /** Binds the whole key, or only the period and the subject. */
  private static void bind(PreparedStatement s, ResponseKey key, boolean whole)
      throws SQLException {
    s.setString(1, key.period().code());
    s.setString(2, key.subject().kind().name());
    s.setString(3, key.subject().id());
    if (whole) {
      s.setString(4, key.respondent().hex());
    }
  }

  @Override
  public Optional<Response> find(ResponseKey key) {
    Objects.requireNonNull(key, "key");
    return jdbc.read(
        "find response",
        c -> {
          Map<String, Stored> found = select(c, KEY + " AND respondent = ?", key, true);
          return found.isEmpty()
              ? Optional.<Response>empty()
              : Optional.of(found.values().iterator().next().response());
        });
  }

  @Override
  public List<Response> about(SubjectId subject, Period period) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(period, "period");
    ResponseKey probe = new ResponseKey(new HashedIdentity("0".repeat(64)), subject, period);
    return jdbc.read("list responses about a subject", c -> list(select(c, KEY, probe, false)));
  }

  @Override
  public List<Response> inPeriod(Period period) {
    Objects.requireNonNull(period, "period");
    return jdbc.read(
        "list responses of a period",
        c -> {
          for (int attempt = 1; ; attempt++) {
            Map<String, Stored> rows = new LinkedHashMap<>();
            try (PreparedStatement s =
                c.prepareStatement(
                    "SELECT "
                        + ROW
                        + " FROM "
                        + response
                        + " WHERE period = ? ORDER BY subject_kind, subject_id, respondent")) {
              s.setString(1, period.code());
              readRows(s, rows);
            }
            try (PreparedStatement s =
                c.prepareStatement(
                    levelsJoined()
                        + "l.period = ? ORDER BY l.subject_kind, l.subject_id, l.respondent,"
                        + " l.item_pos")) {
              s.setString(1, period.code());
              if (readLevels(s, rows)) {
                return list(rows);
              }
            }
            if (attempt >= READ_ATTEMPTS) {
              throw Columns.rowInvalid("version", response);
            }
          }
        });
  }

  private static final String ROW =
      "period, subject_kind, subject_id, respondent, version, category, questionnaire, n_levels";

  /** One stored response as read. */
  private final class Stored {
    ResponseKey key;
    long version;
    int category;
    String questionnaire;
    int[] levels;
    int filled;

    Response response() {
      if (filled != levels.length) {
        throw Columns.rowInvalid("n_levels", response);
      }
      try {
        return Response.restore(
            key, RespondentCategory.ofCode(category), QuestionnaireId.of(questionnaire), levels);
      } catch (SansheException e) {
        SansheException corrupt = Columns.rowInvalid("respondent", response);
        corrupt.addSuppressed(e);
        throw corrupt;
      }
    }
  }

  private List<Response> list(Map<String, Stored> rows) {
    List<Response> out = new ArrayList<>(rows.size());
    for (Stored s : rows.values()) {
      out.add(s.response());
    }
    return List.copyOf(out);
  }

  /**
   * Reads the responses under a key or a subject (and period), with their levels; a response
   * replaced between the two statements makes them be read again (never a torn response).
   */
  private Map<String, Stored> select(Connection c, String where, ResponseKey key, boolean whole)
      throws SQLException {
    String levelWhere = "l." + where.replace(" AND ", " AND l.");
    for (int attempt = 1; ; attempt++) {
      Map<String, Stored> rows = new LinkedHashMap<>();
      String order = " ORDER BY respondent";
      try (PreparedStatement s =
          c.prepareStatement("SELECT " + ROW + " FROM " + response + " WHERE " + where + order)) {
        bind(s, key, whole);
        readRows(s, rows);
      }
      if (rows.isEmpty()) {
        return rows;
      }
      try (PreparedStatement s =
          c.prepareStatement(levelsJoined() + levelWhere + " ORDER BY l.respondent, l.item_pos")) {
        bind(s, key, whole);
        if (readLevels(s, rows)) {
          return rows;
        }
      }
      if (attempt >= READ_ATTEMPTS) {
        throw Columns.rowInvalid("version", response);
      }
    }
  }

  /** The levels joined to their response, whose version comes last; a WHERE clause follows. */
  private String levelsJoined() {
    return "SELECT l.period, l.subject_kind, l.subject_id, l.respondent, l.item_pos,"
        + " l.level_value, r.version FROM "
        + level
        + " l JOIN "
        + response
        + " r ON r.period = l.period AND r.subject_kind = l.subject_kind"
        + " AND r.subject_id = l.subject_id AND r.respondent = l.respondent WHERE ";
  }

  private void readRows(PreparedStatement s, Map<String, Stored> rows) throws SQLException {
    s.setFetchSize(1000);
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        Stored st = new Stored();
        st.key = key(r);
        st.version = r.getLong(5);
        st.category = r.getInt(6);
        st.questionnaire = r.getString(7);
        int n = r.getInt(8);
        if (n < 1 || n > 10_000) {
          throw Columns.rowInvalid("n_levels", response);
        }
        st.levels = new int[n];
        rows.put(rowKey(r), st);
      }
    }
  }

  /** Reads joined levels; false if a response's version is not the one read before. */
  private boolean readLevels(PreparedStatement s, Map<String, Stored> rows) throws SQLException {
    s.setFetchSize(10_000);
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        Stored st = rows.get(rowKey(r));
        if (st == null) {
          continue; // recorded after the responses were read
        }
        if (r.getLong(7) != st.version) {
          return false;
        }
        int pos = r.getInt(5);
        if (pos < 0 || pos >= st.levels.length) {
          throw Columns.rowInvalid("item_pos", level);
        }
        st.levels[pos] = r.getInt(6);
        st.filled++;
      }
    }
    return true;
  }

  private static String rowKey(ResultSet r) throws SQLException {
    return r.getString(1) + '\n' + r.getString(2) + '\n' + r.getString(3) + '\n' + r.getString(4);
  }

  private ResponseKey key(ResultSet r) throws SQLException {
    try {
      SubjectKind kind = SubjectKind.valueOf(r.getString(2));
      return new ResponseKey(
          new HashedIdentity(r.getString(4)),
          new SubjectId(kind, r.getString(3)),
          Period.parse(r.getString(1)));
    } catch (SansheException | IllegalArgumentException | NullPointerException e) {
      throw Columns.rowInvalid("respondent", response);
    }
  }

  @Override
  public String toString() {
    return "JdbcResponses[" + response + ", " + policy + "]";
  }
}
