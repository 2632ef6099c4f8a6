package org.sanshe.jdbc.programme;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.programme.BudgetEvent;
import org.sanshe.core.registry.programme.BudgetEvent.BudgetMoved;
import org.sanshe.core.registry.programme.BudgetFigures;
import org.sanshe.core.registry.programme.BudgetLine;
import org.sanshe.core.registry.programme.BudgetMovementKind;
import org.sanshe.core.registry.programme.BudgetReport;
import org.sanshe.core.registry.programme.BudgetSnapshot;
import org.sanshe.core.registry.programme.Budgets;
import org.sanshe.core.registry.programme.ProgrammeBudget;
import org.sanshe.core.registry.programme.ProgrammeId;
import org.sanshe.core.registry.project.FundingSource;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * The {@link Budgets} on a relational database (schema component {@value
 * JdbcProgrammes#COMPONENT}): the budget row {@code prg_budget} (ceiling, version, movement count),
 * the running figures per project and source {@code prg_bline}, and the journal {@code prg_bmove}.
 *
 * <p><b>Writes.</b> An update is one transaction: {@code UPDATE prg_budget ... WHERE version = ?}
 * first (no row: {@code BUDGET_VERSION_CONFLICT}, nothing written), then only the lines the new
 * movements touched, then the movements, then the optional outbox. Two servers committing against
 * one programme take turns on the budget row, so the ceiling the aggregate checks always holds in
 * the database; {@link org.sanshe.core.registry.programme.BudgetDesk} retries the loser.
 *
 * <p><b>Reads.</b> {@link #report(ProgrammeId)} is one grouped query over {@code prg_bline} (at
 * most one row per project and source), never the journal; a line written by a newer version than
 * the budget row read means a writer came in between, and the read is made again.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcBudgets implements Budgets {

  /** The aggregate type of the events this store writes to an outbox. */
  public static final String AGGREGATE_TYPE = "programme-budget";

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String budget;
  private final String line;
  private final String move;

  private JdbcBudgets(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.budget = jdbc.table("prg_budget");
    this.line = jdbc.table("prg_bline");
    this.move = jdbc.table("prg_bmove");
  }

  /**
   * Opens the store over existing tables ({@link JdbcProgrammes#migrate(SansheJdbc)}).
   *
   * @param jdbc the database, not null
   * @return the store
   * @throws JdbcException if the tables are missing or at another version
   */
  public static JdbcBudgets open(SansheJdbc jdbc) {
    JdbcProgrammes.validate(jdbc);
    return new JdbcBudgets(jdbc, null);
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
  public static JdbcBudgets open(SansheJdbc jdbc, JdbcOutbox outbox) {
    Objects.requireNonNull(outbox, "outbox");
    JdbcProgrammes.validate(jdbc);
    return new JdbcBudgets(jdbc, outbox);
  }

  // ------------------------------------------------------------------ writes

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is changed)
   */
  @Override
  public void add(ProgrammeBudget b) {
    Objects.requireNonNull(b, "budget");
    if (b.version() != 0) {
      throw new StaleVersionException(
          RegistryError.BUDGET_VERSION_CONFLICT, b.programme(), b.version(), 0);
    }
    Columns.text("programme_id", b.programme().value(), 64);
    try {
      jdbc.inTransaction(
          "add budget",
          c -> {
            if (currentVersion(c, b.programme()) != 0) {
              throw new RegistryException(RegistryError.BUDGET_DUPLICATE, b.programme());
            }
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO "
                        + budget
                        + " (programme_id, version, ceiling_fen, movements) VALUES (?, ?, ?, ?)")) {
              s.setString(1, b.programme().value());
              s.setLong(2, 1);
              s.setLong(3, b.ceiling().fen());
              s.setLong(4, b.movements());
              s.executeUpdate();
            }
            writeMovements(c, b, 1, true);
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict()) {
        throw new RegistryException(RegistryError.BUDGET_DUPLICATE, b.programme());
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
  public void update(ProgrammeBudget b) {
    Objects.requireNonNull(b, "budget");
    long next = b.version() + 1;
    try {
      jdbc.inTransaction(
          "update budget",
          c -> {
            try (PreparedStatement s =
                c.prepareStatement(
                    "UPDATE "
                        + budget
                        + " SET version = ?, ceiling_fen = ?, movements = ?"
                        + " WHERE programme_id = ? AND version = ?")) {
              s.setLong(1, next);
              s.setLong(2, b.ceiling().fen());
              s.setLong(3, b.movements());
              s.setString(4, b.programme().value());
              s.setLong(5, b.version());
              if (s.executeUpdate() != 1) {
                long current = currentVersion(c, b.programme());
                if (current == 0) {
                  throw new RegistryException(RegistryError.BUDGET_NOT_FOUND, b.programme());
                }
                throw new StaleVersionException(
                    RegistryError.BUDGET_VERSION_CONFLICT, b.programme(), b.version(), current);
              }
            }
            writeMovements(c, b, next, false);
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict()) {
        // a journal key taken by another writer: the same answer as a stale version
        long current = jdbc.read("check budget", c -> currentVersion(c, b.programme()));
        throw new StaleVersionException(
            RegistryError.BUDGET_VERSION_CONFLICT, b.programme(), b.version(), current);
      }
      throw e;
    }
  }

  private record Key(ProjectId project, FundingSource source) {}

  private void writeMovements(Connection c, ProgrammeBudget b, long version, boolean fresh)
      throws SQLException {
    String id = b.programme().value();
    Map<Key, BudgetFigures> touched = new LinkedHashMap<>();
    List<BudgetMoved> moves = new ArrayList<>();
    for (BudgetEvent e : b.pendingEvents()) {
      if (e instanceof BudgetMoved m) {
        Columns.text("project_id", m.project().value(), 64);
        Columns.text("actor_id", m.actor(), 64);
        Columns.millis("at", m.at());
        moves.add(m);
        touched.put(new Key(m.project(), m.source()), b.line(m.project(), m.source()));
      }
    }
    if (fresh) {
      // a new budget may come with lines of movements it applied before it was first stored
      for (BudgetLine l : b.snapshot().lines()) {
        touched.put(new Key(l.project(), l.source()), l.figures());
      }
    }
    try (PreparedStatement upd =
            c.prepareStatement(
                "UPDATE "
                    + line
                    + " SET planned_fen = ?, committed_fen = ?, paid_fen = ?, returned_fen = ?,"
                    + " upd_version = ? WHERE programme_id = ? AND project_id = ? AND source = ?");
        PreparedStatement ins =
            c.prepareStatement(
                "INSERT INTO "
                    + line
                    + " (planned_fen, committed_fen, paid_fen, returned_fen, upd_version,"
                    + " programme_id, project_id, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<Key, BudgetFigures> e : touched.entrySet()) {
        bindLine(upd, e.getKey(), e.getValue(), version, id);
        if (upd.executeUpdate() == 0) {
          bindLine(ins, e.getKey(), e.getValue(), version, id);
          ins.executeUpdate();
        }
      }
    }
    if (!moves.isEmpty()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO "
                  + move
                  + " (programme_id, move_no, project_id, source, kind, amount_fen, actor_id,"
                  + " at_ms, at_nanos) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        int queued = 0;
        for (BudgetMoved m : moves) {
          s.setString(1, id);
          s.setLong(2, m.number());
          s.setString(3, m.project().value());
          s.setString(4, m.source().name());
          s.setString(5, m.kind().name());
          s.setLong(6, m.amount().fen());
          s.setString(7, m.actor());
          s.setLong(8, Columns.millis("at", m.at()));
          s.setInt(9, Columns.nanosOfMilli(m.at()));
          s.addBatch();
          if (++queued % Cells.BATCH == 0) {
            s.executeBatch();
          }
        }
        s.executeBatch();
      }
    }
    if (outbox != null) {
      outbox.append(
          c,
          OutboxEvent.of(
              AGGREGATE_TYPE, id, version, b.pendingEvents(), e -> ((BudgetEvent) e).at()));
    }
  }

  private static void bindLine(
      PreparedStatement s, Key k, BudgetFigures f, long version, String programme)
      throws SQLException {
    s.setLong(1, f.planned().fen());
    s.setLong(2, f.committed().fen());
    s.setLong(3, f.paid().fen());
    s.setLong(4, f.returned().fen());
    s.setLong(5, version);
    s.setString(6, programme);
    s.setString(7, k.project().value());
    s.setString(8, k.source().name());
  }

  private long currentVersion(Connection c, ProgrammeId id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT version FROM " + budget + " WHERE programme_id = ?")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  // ------------------------------------------------------------------ reads

  /** The budget row: version, ceiling, movements; null if absent. */
  private long[] head(Connection c, ProgrammeId id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT version, ceiling_fen, movements FROM " + budget + " WHERE programme_id = ?")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? new long[] {r.getLong(1), r.getLong(2), r.getLong(3)} : null;
      }
    }
  }

  @Override
  public Optional<ProgrammeBudget> find(ProgrammeId programme) {
    Objects.requireNonNull(programme, "programme");
    return jdbc.read(
        "find budget",
        c -> {
          for (int attempt = 1; ; attempt++) {
            long[] h = head(c, programme);
            if (h == null) {
              return Optional.empty();
            }
            List<BudgetLine> lines = new ArrayList<>();
            boolean moved = false;
            try (PreparedStatement s =
                c.prepareStatement(
                    "SELECT project_id, source, planned_fen, committed_fen, paid_fen,"
                        + " returned_fen, upd_version FROM "
                        + line
                        + " WHERE programme_id = ? ORDER BY project_id, source")) {
              s.setString(1, programme.value());
              try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                  if (r.getLong(7) > h[0]) {
                    moved = true;
                    break;
                  }
                  lines.add(
                      new BudgetLine(
                          new ProjectId(r.getString(1)),
                          Cells.enumOf(FundingSource.class, r.getString(2), "source", line),
                          new BudgetFigures(
                              Money.of(r.getLong(3)),
                              Money.of(r.getLong(4)),
                              Money.of(r.getLong(5)),
                              Money.of(r.getLong(6)))));
                }
              }
            } catch (SansheException e) {
              if (e instanceof JdbcException) {
                throw e;
              }
              throw Cells.corrupt("project_id", line, e);
            }
            if (!moved && currentVersion(c, programme) == h[0]) {
              lines.sort(
                  java.util.Comparator.comparing(BudgetLine::project)
                      .thenComparing(BudgetLine::source));
              try {
                return Optional.of(
                    ProgrammeBudget.restore(
                        new BudgetSnapshot(programme, h[0], Money.of(h[1]), h[2], lines)));
              } catch (SansheException e) {
                throw Cells.corrupt("programme_id", budget, e);
              }
            }
            if (attempt >= Cells.READ_ATTEMPTS) {
              throw Columns.rowInvalid("upd_version", line);
            }
          }
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One grouped query over the running figures, never the journal.
   */
  @Override
  public Optional<BudgetReport> report(ProgrammeId programme) {
    Objects.requireNonNull(programme, "programme");
    return jdbc.read(
        "report budget",
        c -> {
          for (int attempt = 1; ; attempt++) {
            long[] h = head(c, programme);
            if (h == null) {
              return Optional.empty();
            }
            Map<FundingSource, BudgetFigures> bySource = new EnumMap<>(FundingSource.class);
            long newest = 0;
            try (PreparedStatement s =
                c.prepareStatement(
                    "SELECT source, SUM(planned_fen), SUM(committed_fen), SUM(paid_fen),"
                        + " SUM(returned_fen), MAX(upd_version) FROM "
                        + line
                        + " WHERE programme_id = ? GROUP BY source")) {
              s.setString(1, programme.value());
              try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                  bySource.put(
                      Cells.enumOf(FundingSource.class, r.getString(1), "source", line),
                      new BudgetFigures(
                          Money.of(r.getLong(2)),
                          Money.of(r.getLong(3)),
                          Money.of(r.getLong(4)),
                          Money.of(r.getLong(5))));
                  newest = Math.max(newest, r.getLong(6));
                }
              }
            }
            if (newest <= h[0] && currentVersion(c, programme) == h[0]) {
              return Optional.of(BudgetReport.of(programme, Money.of(h[1]), bySource));
            }
            if (attempt >= Cells.READ_ATTEMPTS) {
              throw Columns.rowInvalid("upd_version", line);
            }
          }
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Two statements per 500 programmes: the budget rows, and one query grouped by programme and
   * source over the running figures, never the journal.
   */
  @Override
  public List<BudgetReport> reports(java.util.Collection<ProgrammeId> programmes) {
    Objects.requireNonNull(programmes, "programmes");
    List<ProgrammeId> ids = List.copyOf(new java.util.LinkedHashSet<>(programmes));
    Map<ProgrammeId, BudgetReport> found = new java.util.HashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<ProgrammeId> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      found.putAll(jdbc.read("report budgets", c -> reportChunk(c, chunk)));
    }
    List<BudgetReport> out = new ArrayList<>();
    for (ProgrammeId id : programmes) {
      BudgetReport r = found.get(id);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  private static final int CHUNK = 500;

  private Map<ProgrammeId, BudgetReport> reportChunk(Connection c, List<ProgrammeId> chunk)
      throws SQLException {
    String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
    for (int attempt = 1; ; attempt++) {
      Map<String, long[]> heads = new java.util.HashMap<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT programme_id, version, ceiling_fen FROM "
                  + budget
                  + " WHERE programme_id IN ("
                  + marks
                  + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 1, chunk.get(i).value());
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            heads.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
          }
        }
      }
      Map<String, Map<FundingSource, BudgetFigures>> figures = new java.util.HashMap<>();
      boolean moved = false;
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT programme_id, source, SUM(planned_fen), SUM(committed_fen), SUM(paid_fen),"
                  + " SUM(returned_fen), MAX(upd_version) FROM "
                  + line
                  + " WHERE programme_id IN ("
                  + marks
                  + ") GROUP BY programme_id, source")) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 1, chunk.get(i).value());
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            long[] h = heads.get(r.getString(1));
            if (h == null || r.getLong(7) > h[0]) {
              moved = true;
              continue;
            }
            figures
                .computeIfAbsent(r.getString(1), k -> new EnumMap<>(FundingSource.class))
                .put(
                    Cells.enumOf(FundingSource.class, r.getString(2), "source", line),
                    new BudgetFigures(
                        Money.of(r.getLong(3)),
                        Money.of(r.getLong(4)),
                        Money.of(r.getLong(5)),
                        Money.of(r.getLong(6))));
          }
        }
      }
      if (!moved) {
        Map<ProgrammeId, BudgetReport> out = new java.util.HashMap<>();
        for (ProgrammeId id : chunk) {
          long[] h = heads.get(id.value());
          if (h != null) {
            out.put(
                id,
                BudgetReport.of(id, Money.of(h[1]), figures.getOrDefault(id.value(), Map.of())));
          }
        }
        return out;
      }
      if (attempt >= Cells.READ_ATTEMPTS) {
        throw Columns.rowInvalid("upd_version", line);
      }
    }
  }

  @Override
  public List<BudgetMoved> movements(ProgrammeId programme, long afterNumber, int max) {
    Objects.requireNonNull(programme, "programme");
    Budgets.checkPageSize(max);
    return jdbc.read(
        "read budget journal",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT move_no, project_id, source, kind, amount_fen, actor_id, at_ms,"
                      + " at_nanos FROM "
                      + move
                      + " WHERE programme_id = ? AND move_no > ? ORDER BY move_no")) {
            s.setMaxRows(max);
            s.setString(1, programme.value());
            s.setLong(2, afterNumber);
            List<BudgetMoved> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next() && out.size() < max) {
                try {
                  out.add(
                      new BudgetMoved(
                          programme,
                          r.getString(6),
                          Columns.instant(r.getLong(7), r.getInt(8)),
                          r.getLong(1),
                          new ProjectId(r.getString(2)),
                          Cells.enumOf(FundingSource.class, r.getString(3), "source", move),
                          Cells.enumOf(BudgetMovementKind.class, r.getString(4), "kind", move),
                          Money.of(r.getLong(5))));
                } catch (SansheException e) {
                  if (e instanceof JdbcException) {
                    throw e;
                  }
                  throw Cells.corrupt("move_no", move, e);
                }
              }
            }
            return out;
          }
        });
  }

  @Override
  public String toString() {
    return "JdbcBudgets[" + budget + "]";
  }
}
