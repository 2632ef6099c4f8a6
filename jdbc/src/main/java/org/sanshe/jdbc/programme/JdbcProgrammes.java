package org.sanshe.jdbc.programme;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.EvaluationGrade;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.programme.Call;
import org.sanshe.core.registry.programme.CallId;
import org.sanshe.core.registry.programme.Eligibility;
import org.sanshe.core.registry.programme.Programme;
import org.sanshe.core.registry.programme.ProgrammeEvent;
import org.sanshe.core.registry.programme.ProgrammeId;
import org.sanshe.core.registry.programme.ProgrammeKind;
import org.sanshe.core.registry.programme.ProgrammeSnapshot;
import org.sanshe.core.registry.programme.Programmes;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * The {@link Programmes} on a relational database: {@code prg_programme} (one row per programme,
 * eligibility in columns), its calls ({@code prg_call}) and the needs they cover ({@code
 * prg_call_need}). The schema component {@value #COMPONENT} also holds the tables of {@link
 * JdbcApplications} and {@link JdbcBudgets}; {@link #migrate(SansheJdbc)} creates them all.
 *
 * <p>A save is one transaction: a new programme is inserted (a taken id is {@code
 * PROGRAMME_DUPLICATE}), a change is {@code UPDATE ... WHERE programme_id = ? AND version = ?} (no
 * row: {@code PROGRAMME_VERSION_CONFLICT}) followed by its calls, rewritten with the new version;
 * the events go to the optional outbox in the same transaction. A read takes the calls written by
 * the version it read, and reads again if a writer came in between. A refused save changes nothing.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcProgrammes implements Programmes {

  /** The schema component of the programme tables. */
  public static final String COMPONENT = "programmes";

  /** The versioned DDL of the programme tables. */
  public static final Schema SCHEMA =
      Schema.of(
          COMPONENT,
          JdbcProgrammes.class.getClassLoader(),
          "META-INF/sanshe/schema/programmes",
          List.of("V1__programmes.sql", "V2__open_domains.sql"));

  /** The aggregate type of the events this store writes to an outbox. */
  public static final String AGGREGATE_TYPE = "programme";

  private static final String COLUMNS =
      "version, prg_name, sponsor, prg_year, kind, budget_fen, elig_domains, elig_grade, elig_reg,"
          + " elig_codes, programme_id";

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String programme;
  private final String call;
  private final String callNeed;

  private JdbcProgrammes(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.programme = jdbc.table("prg_programme");
    this.call = jdbc.table("prg_call");
    this.callNeed = jdbc.table("prg_call_need");
  }

  /**
   * Creates or upgrades the programme tables (programmes, applications, budgets).
   *
   * @param jdbc the database, not null
   * @throws JdbcException if the database refuses
   */
  public static void migrate(SansheJdbc jdbc) {
    Migrator.of(Objects.requireNonNull(jdbc, "jdbc")).migrate(SCHEMA);
  }

  static void validate(SansheJdbc jdbc) {
    Objects.requireNonNull(jdbc, "jdbc");
    jdbc.verifyDialect();
    Migrator.of(jdbc).validate(SCHEMA);
  }

  /**
   * Opens the store over existing tables ({@link #migrate(SansheJdbc)}).
   *
   * @param jdbc the database, not null
   * @return the store
   * @throws JdbcException if the tables are missing or at another version
   */
  public static JdbcProgrammes open(SansheJdbc jdbc) {
    validate(jdbc);
    return new JdbcProgrammes(jdbc, null);
  }

  /**
   * Opens the store writing the events of every save to an outbox in the same transaction.
   *
   * @param jdbc the database, not null
   * @param outbox the outbox in the same database, not null; aggregate type {@value
   *     #AGGREGATE_TYPE}
   * @return the store
   * @throws JdbcException if the tables are missing or at another version
   */
  public static JdbcProgrammes open(SansheJdbc jdbc, JdbcOutbox outbox) {
    Objects.requireNonNull(outbox, "outbox");
    validate(jdbc);
    return new JdbcProgrammes(jdbc, outbox);
  }

  // ------------------------------------------------------------------ writes

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is changed)
   */
  @Override
  public void add(Programme p) {
    Objects.requireNonNull(p, "programme");
    if (p.version() != 0) {
      throw new StaleVersionException(
          RegistryError.PROGRAMME_VERSION_CONFLICT, p.id(), p.version(), 0);
    }
    try {
      jdbc.inTransaction(
          "add programme",
          c -> {
            if (currentVersion(c, p.id()) != 0) {
              throw new RegistryException(RegistryError.PROGRAMME_DUPLICATE, p.id());
            }
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO "
                        + programme
                        + " ("
                        + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
              bind(s, p, 1);
              s.executeUpdate();
            }
            writeCalls(c, p, 1);
            publish(c, p, 1);
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict()) {
        throw new RegistryException(RegistryError.PROGRAMME_DUPLICATE, p.id());
      }
      throw e;
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is changed)
   */
  @Override
  public void update(Programme p) {
    Objects.requireNonNull(p, "programme");
    long next = p.version() + 1;
    jdbc.inTransaction(
        "update programme",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE "
                      + programme
                      + " SET version = ?, prg_name = ?, sponsor = ?, prg_year = ?, kind = ?,"
                      + " budget_fen = ?, elig_domains = ?, elig_grade = ?, elig_reg = ?,"
                      + " elig_codes = ? WHERE programme_id = ? AND version = ?")) {
            bind(s, p, next);
            s.setLong(12, p.version());
            if (s.executeUpdate() != 1) {
              long current = currentVersion(c, p.id());
              if (current == 0) {
                throw new RegistryException(RegistryError.PROGRAMME_NOT_FOUND, p.id());
              }
              throw new StaleVersionException(
                  RegistryError.PROGRAMME_VERSION_CONFLICT, p.id(), p.version(), current);
            }
          }
          for (String table : List.of(call, callNeed)) {
            try (PreparedStatement s =
                c.prepareStatement("DELETE FROM " + table + " WHERE programme_id = ?")) {
              s.setString(1, p.id().value());
              s.executeUpdate();
            }
          }
          writeCalls(c, p, next);
          publish(c, p, next);
          return null;
        });
  }

  private void publish(Connection c, Programme p, long version) throws SQLException {
    if (outbox != null) {
      outbox.append(
          c,
          OutboxEvent.of(
              AGGREGATE_TYPE,
              p.id().value(),
              version,
              p.pendingEvents(),
              e -> ((ProgrammeEvent) e).at()));
    }
  }

  private void bind(PreparedStatement s, Programme p, long version) throws SQLException {
    Eligibility e = p.eligibility();
    s.setLong(1, version);
    s.setString(2, Columns.text("prg_name", p.name(), 200));
    s.setString(3, Columns.text("sponsor", p.snapshot().sponsor(), 200));
    s.setInt(4, p.year());
    s.setString(5, p.kind().name());
    s.setLong(6, p.budget().fen());
    s.setInt(7, Columns.presetDomainMask(e.domains()));
    s.setInt(8, e.minimumGrade().map(EvaluationGrade::level).orElse(0));
    s.setInt(9, e.registrationRequired() ? 1 : 0);
    Columns.setText(s, 10, Columns.domainCodes(e.domains()));
    s.setString(11, Columns.text("programme_id", p.id().value(), 64));
  }

  private void writeCalls(Connection c, Programme p, long version) throws SQLException {
    if (p.calls().isEmpty()) {
      return;
    }
    try (PreparedStatement calls =
            c.prepareStatement(
                "INSERT INTO "
                    + call
                    + " (programme_id, call_id, version, ord, title, opens_on, closes_on,"
                    + " closed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement needs =
            c.prepareStatement(
                "INSERT INTO "
                    + callNeed
                    + " (programme_id, call_id, need_id, version) VALUES (?, ?, ?, ?)")) {
      int ord = 0;
      int queuedNeeds = 0;
      for (Call k : p.calls()) {
        calls.setString(1, p.id().value());
        calls.setString(2, Columns.text("call_id", k.id().value(), 64));
        calls.setLong(3, version);
        calls.setInt(4, ord++);
        calls.setString(5, Columns.text("title", k.title(), 200));
        Columns.setDate(calls, 6, "opensOn", k.opensOn());
        Columns.setDate(calls, 7, "closesOn", k.closesOn());
        Columns.setDate(calls, 8, "closedOn", k.closedOn().orElse(null));
        calls.addBatch();
        for (NeedId n : k.covers()) {
          needs.setString(1, p.id().value());
          needs.setString(2, k.id().value());
          needs.setString(3, Columns.text("need_id", n.value(), 64));
          needs.setLong(4, version);
          needs.addBatch();
          if (++queuedNeeds % Cells.BATCH == 0) {
            needs.executeBatch();
          }
        }
      }
      calls.executeBatch();
      needs.executeBatch();
    }
  }

  private long currentVersion(Connection c, ProgrammeId id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT version FROM " + programme + " WHERE programme_id = ?")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  // ------------------------------------------------------------------ reads

  @Override
  public Optional<Programme> find(ProgrammeId id) {
    Objects.requireNonNull(id, "id");
    List<Programme> found = select("find programme", "programme_id = ?", id.value());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<Programme> ofYear(int year) {
    return select("list programmes of a year", "prg_year = ?", year);
  }

  private List<Programme> select(String operation, String where, Object key) {
    return jdbc.read(
        operation,
        c -> {
          for (int attempt = 1; ; attempt++) {
            List<Programme> found = selectOnce(c, where, key);
            if (found != null) {
              return found;
            }
            if (attempt >= Cells.READ_ATTEMPTS) {
              throw Columns.rowInvalid("version", programme);
            }
          }
        });
  }

  private static final class Row {
    ProgrammeSnapshot head;
    final Map<String, Object[]> calls = new LinkedHashMap<>();
    final Map<String, List<NeedId>> needs = new LinkedHashMap<>();
  }

  private List<Programme> selectOnce(Connection c, String where, Object key) throws SQLException {
    Map<String, Row> rows = new LinkedHashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM "
                + programme
                + " WHERE "
                + where
                + " ORDER BY programme_id")) {
      s.setObject(1, key);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Row row = new Row();
          row.head = head(r);
          rows.put(row.head.id().value(), row);
        }
      }
    } catch (SansheException e) {
      if (e instanceof JdbcException) {
        throw e;
      }
      throw Cells.corrupt("programme_id", programme, e);
    }
    for (Row row : rows.values()) {
      if (!readCalls(c, row)) {
        return null;
      }
    }
    List<Programme> out = new ArrayList<>(rows.size());
    try {
      for (Row row : rows.values()) {
        List<Call> calls = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : row.calls.entrySet()) {
          Object[] v = e.getValue();
          calls.add(
              new Call(
                  CallId.of(e.getKey()),
                  (String) v[0],
                  (java.time.LocalDate) v[1],
                  (java.time.LocalDate) v[2],
                  row.needs.getOrDefault(e.getKey(), List.of()),
                  Optional.ofNullable((java.time.LocalDate) v[3])));
        }
        ProgrammeSnapshot h = row.head;
        out.add(
            Programme.restore(
                new ProgrammeSnapshot(
                    h.id(),
                    h.version(),
                    h.name(),
                    h.sponsor(),
                    h.year(),
                    h.kind(),
                    h.budget(),
                    h.eligibility(),
                    calls)));
      }
    } catch (SansheException e) {
      if (e instanceof JdbcException) {
        throw e;
      }
      throw Cells.corrupt("programme_id", call, e);
    }
    return out;
  }

  private ProgrammeSnapshot head(ResultSet r) throws SQLException {
    Set<ServiceDomain> domains =
        Columns.domains(r.getString(10), r.getInt(7), "elig_codes", "elig_domains", programme);
    int grade = r.getInt(8);
    Optional<EvaluationGrade> minimum = Optional.empty();
    if (grade != 0) {
      minimum =
          java.util.Arrays.stream(EvaluationGrade.values())
              .filter(g -> g.level() == grade)
              .findFirst();
      if (minimum.isEmpty()) {
        throw Columns.rowInvalid("elig_grade", programme);
      }
    }
    int reg = r.getInt(9);
    if (reg != 0 && reg != 1) {
      throw Columns.rowInvalid("elig_reg", programme);
    }
    return new ProgrammeSnapshot(
        ProgrammeId.of(r.getString(11)),
        r.getLong(1),
        r.getString(2),
        r.getString(3),
        r.getInt(4),
        Cells.enumOf(ProgrammeKind.class, r.getString(5), "kind", programme),
        Money.of(r.getLong(6)),
        new Eligibility(domains, minimum, reg == 1),
        List.of());
  }

  /** Reads the calls of one programme; false if they were written by another version. */
  private boolean readCalls(Connection c, Row row) throws SQLException {
    long version = row.head.version();
    String id = row.head.id().value();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT call_id, version, title, opens_on, closes_on, closed_on FROM "
                + call
                + " WHERE programme_id = ? ORDER BY ord")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (r.getLong(2) != version) {
            return false;
          }
          row.calls.put(
              r.getString(1),
              new Object[] {
                r.getString(3),
                Columns.getDate(r, "opens_on"),
                Columns.getDate(r, "closes_on"),
                Columns.getDate(r, "closed_on")
              });
        }
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT call_id, need_id, version FROM "
                + callNeed
                + " WHERE programme_id = ? ORDER BY call_id, need_id")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (r.getLong(3) != version) {
            return false;
          }
          row.needs
              .computeIfAbsent(r.getString(1), k -> new ArrayList<>())
              .add(new NeedId(r.getString(2)));
        }
      }
    }
    // the calls must be those of the version read: a writer may have committed in between
    return currentVersion(c, row.head.id()) == version;
  }

  @Override
  public String toString() {
    return "JdbcProgrammes[" + programme + "]";
  }
}
