package org.sanshe.deliberation.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.contest.ContestEvent;
import org.sanshe.deliberation.contest.ContestId;
import org.sanshe.deliberation.contest.ContestRules;
import org.sanshe.deliberation.contest.ContestSnapshot;
import org.sanshe.deliberation.contest.Contests;
import org.sanshe.deliberation.contest.EntryId;
import org.sanshe.deliberation.contest.JudgeId;
import org.sanshe.deliberation.contest.ProposalContest;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * Proposal contests on a relational database (tables {@code ct_contest}, {@code ct_entry}, {@code
 * ct_judge}, {@code ct_score}, {@code ct_votes}, created by {@link JdbcVotes#migrate(SansheJdbc)}).
 *
 * <p>A contest is small, so an update rewrites it whole in one transaction: the version moves in
 * the {@code UPDATE}'s {@code WHERE} clause (zero rows: another writer was first, {@code
 * AFFAIRS_VERSION_CONFLICT}, nothing changed), then its entries, judges, scores and public votes
 * are replaced. Exact fractions are stored as their text and read back equal; entries and judges
 * keep their order. {@link #find} reads in one transaction and hands out a fresh instance.
 *
 * <p><b>Events.</b> With an outbox ({@link #open(SansheJdbc, JdbcOutbox)}), a save appends the
 * contest's pending events (aggregate type {@code contest}, numbered under the version stored) in
 * its own transaction: they exist exactly when the save committed.
 *
 * <p><b>Transactions.</b> Writes follow the {@link SansheJdbc}'s transaction mode: in EXTERNAL mode
 * they join the caller's transaction and a refusal is thrown to the caller, who must roll back.
 * Thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcContests implements Contests {

  /** The longest exact fraction stored, as text a/b. */
  public static final int MAX_FRACTION_LENGTH = 100;

  private static final Wording CONTEST = Wording.of("proposal contest", "提案评选");
  private static final Wording CONTEST_ID = Wording.of("The contest id", "评选编号");

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String contestTable;
  private final String entryTable;
  private final String judgeTable;
  private final String scoreTable;
  private final String votesTable;

  private JdbcContests(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.contestTable = jdbc.table("ct_contest");
    this.entryTable = jdbc.table("ct_entry");
    this.judgeTable = jdbc.table("ct_judge");
    this.scoreTable = jdbc.table("ct_score");
    this.votesTable = jdbc.table("ct_votes");
  }

  /**
   * Opens the store.
   *
   * @param jdbc the database, not null; its tables must exist ({@link JdbcVotes#migrate})
   * @return the store
   * @throws JdbcException {@code JDBC_DIALECT_MISMATCH}, {@code JDBC_SCHEMA_TABLE_MISSING}, {@code
   *     JDBC_SCHEMA_OUTDATED} or {@code JDBC_SCHEMA_NEWER}, or another code if the database refuses
   */
  public static JdbcContests open(SansheJdbc jdbc) {
    return open(jdbc, null);
  }

  /**
   * Opens the store with an outbox that receives the events of every save in its transaction.
   *
   * @param jdbc the database, not null; its tables must exist ({@link JdbcVotes#migrate}, and
   *     {@link JdbcOutbox#migrate(SansheJdbc)} for the outbox)
   * @param outbox the outbox on the same database, or null for none
   * @return the store
   * @throws JdbcException as {@link #open(SansheJdbc)}
   */
  public static JdbcContests open(SansheJdbc jdbc, JdbcOutbox outbox) {
    Objects.requireNonNull(jdbc, "jdbc");
    SansheJdbc local = jdbc.withTransactionMode(TransactionMode.LOCAL);
    local.verifyDialect();
    Migrator.of(local).validate(JdbcVotes.SCHEMA);
    return new JdbcContests(jdbc, outbox);
  }

  /**
   * {@inheritDoc}
   *
   * @throws SansheException {@code JDBC_TEXT_TOO_LONG} if the title or a fraction cannot be stored
   *     (nothing is written)
   * @throws JdbcException if the database fails
   */
  @Override
  public void add(ProposalContest contest) {
    Objects.requireNonNull(contest, "contest");
    if (contest.version() != 0) {
      throw new AffairsException(
          AffairsError.AFFAIRS_VERSION_CONFLICT, CONTEST, contest.id(), contest.version(), 0);
    }
    ContestSnapshot s = contest.snapshot();
    check(s);
    try {
      jdbc.inTransaction(
          "add contest",
          c -> {
            try (PreparedStatement p =
                c.prepareStatement(
                    "INSERT INTO "
                        + contestTable
                        + " (contest_id, version_no, title_text, judge_share, max_score)"
                        + " VALUES (?, 1, ?, ?, ?)")) {
              p.setString(1, s.id().value());
              p.setString(2, s.title());
              p.setString(3, s.rules().judgeShare().toString());
              p.setInt(4, s.rules().maxScore());
              p.executeUpdate();
            }
            writeParts(c, s);
            publish(c, contest, 1);
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict() && jdbc.transactionMode() == TransactionMode.LOCAL && exists(s.id())) {
        throw new AffairsException(AffairsError.AFFAIRS_ID_INVALID, CONTEST_ID);
      }
      throw e;
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws SansheException {@code JDBC_TEXT_TOO_LONG} if a fraction cannot be stored
   * @throws JdbcException if the database fails
   */
  @Override
  public void update(ProposalContest contest) {
    Objects.requireNonNull(contest, "contest");
    ContestSnapshot s = contest.snapshot();
    check(s);
    jdbc.inTransaction(
        "update contest",
        c -> {
          int moved;
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE "
                      + contestTable
                      + " SET version_no = version_no + 1"
                      + " WHERE contest_id = ? AND version_no = ?")) {
            p.setString(1, s.id().value());
            p.setLong(2, s.version());
            moved = p.executeUpdate();
          }
          if (moved != 1) {
            Long stored = version(c, s.id());
            if (stored == null) {
              throw new AffairsException(AffairsError.CONTEST_NOT_FOUND, s.id());
            }
            throw new AffairsException(
                AffairsError.AFFAIRS_VERSION_CONFLICT, CONTEST, s.id(), s.version(), stored);
          }
          for (String table : List.of(votesTable, scoreTable, judgeTable, entryTable)) {
            try (PreparedStatement p =
                c.prepareStatement("DELETE FROM " + table + " WHERE contest_id = ?")) {
              p.setString(1, s.id().value());
              p.executeUpdate();
            }
          }
          writeParts(c, s);
          publish(c, contest, s.version() + 1);
          return null;
        });
  }

  private void publish(Connection c, ProposalContest contest, long version) throws SQLException {
    if (outbox != null) {
      outbox.append(
          c,
          OutboxEvent.of(
              "contest",
              contest.id().value(),
              version,
              contest.pendingEvents(),
              e -> ((ContestEvent) e).at()));
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws SansheException {@code JDBC_ROW_INVALID} or {@code AFFAIRS_SNAPSHOT_INVALID} for stored
   *     data this version cannot read
   * @throws JdbcException if the database fails
   */
  @Override
  public Optional<ProposalContest> find(ContestId id) {
    Objects.requireNonNull(id, "id");
    // one transaction, so that the parts belong to one version even while another server writes
    ContestSnapshot s = jdbc.inTransaction("read contest", c -> read(c, id));
    return s == null ? Optional.empty() : Optional.of(ProposalContest.restore(s));
  }

  private static void check(ContestSnapshot s) {
    Columns.text("title", s.title(), 200);
    Columns.text("judges' share", s.rules().judgeShare().toString(), MAX_FRACTION_LENGTH);
    for (ContestSnapshot.Judge j : s.judges()) {
      Columns.text("weight", j.weight().toString(), MAX_FRACTION_LENGTH);
    }
  }

  private void writeParts(Connection c, ContestSnapshot s) throws SQLException {
    Map<EntryId, Integer> entryNo = new HashMap<>();
    Map<JudgeId, Integer> judgeNo = new HashMap<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO " + entryTable + " (contest_id, entry_no, entry_id) VALUES (?, ?, ?)")) {
      for (EntryId e : s.entries()) {
        entryNo.put(e, entryNo.size());
        p.setString(1, s.id().value());
        p.setInt(2, entryNo.get(e));
        p.setString(3, e.value());
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO "
                + judgeTable
                + " (contest_id, judge_no, judge_id, weight_text) VALUES (?, ?, ?, ?)")) {
      for (ContestSnapshot.Judge j : s.judges()) {
        judgeNo.put(j.judge(), judgeNo.size());
        p.setString(1, s.id().value());
        p.setInt(2, judgeNo.get(j.judge()));
        p.setString(3, j.judge().value());
        p.setString(4, j.weight().toString());
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO "
                + scoreTable
                + " (contest_id, judge_no, entry_no, score) VALUES (?, ?, ?, ?)")) {
      for (ContestSnapshot.Score score : s.scores()) {
        p.setString(1, s.id().value());
        p.setInt(2, judgeNo.get(score.judge()));
        p.setInt(3, entryNo.get(score.entry()));
        p.setInt(4, score.score());
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO " + votesTable + " (contest_id, entry_no, votes) VALUES (?, ?, ?)")) {
      for (ContestSnapshot.EntryVotes v : s.publicVotes()) {
        p.setString(1, s.id().value());
        p.setInt(2, entryNo.get(v.entry()));
        p.setLong(3, v.votes());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private ContestSnapshot read(Connection c, ContestId id) throws SQLException {
    long version;
    String title;
    ContestRules rules;
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT version_no, title_text, judge_share, max_score FROM "
                + contestTable
                + " WHERE contest_id = ?")) {
      p.setString(1, id.value());
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        version = r.getLong(1);
        title = r.getString(2);
        rules = rules(r.getString(3), r.getInt(4));
      }
    }
    List<EntryId> entries = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT entry_id FROM " + entryTable + " WHERE contest_id = ? ORDER BY entry_no")) {
      p.setString(1, id.value());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          entries.add(EntryId.of(r.getString(1)));
        }
      }
    }
    List<ContestSnapshot.Judge> judges = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT judge_id, weight_text FROM "
                + judgeTable
                + " WHERE contest_id = ? ORDER BY judge_no")) {
      p.setString(1, id.value());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          judges.add(
              new ContestSnapshot.Judge(
                  JudgeId.of(r.getString(1)), fraction(r.getString(2), "weight_text")));
        }
      }
    }
    List<ContestSnapshot.Score> scores = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT judge_no, entry_no, score FROM "
                + scoreTable
                + " WHERE contest_id = ? ORDER BY judge_no, entry_no")) {
      p.setString(1, id.value());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          int j = r.getInt(1);
          int e = r.getInt(2);
          if (j < 0 || j >= judges.size() || e < 0 || e >= entries.size()) {
            throw Columns.rowInvalid("judge_no", "ct_score");
          }
          scores.add(new ContestSnapshot.Score(judges.get(j).judge(), entries.get(e), r.getInt(3)));
        }
      }
    }
    List<ContestSnapshot.EntryVotes> votes = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT entry_no, votes FROM "
                + votesTable
                + " WHERE contest_id = ? ORDER BY entry_no")) {
      p.setString(1, id.value());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          int e = r.getInt(1);
          if (e < 0 || e >= entries.size()) {
            throw Columns.rowInvalid("entry_no", "ct_votes");
          }
          votes.add(new ContestSnapshot.EntryVotes(entries.get(e), r.getLong(2)));
        }
      }
    }
    return new ContestSnapshot(id, version, title, rules, entries, judges, scores, votes);
  }

  private static ContestRules rules(String share, int maxScore) {
    try {
      return ContestRules.of(Fraction.parse(share), maxScore);
    } catch (SansheException e) {
      throw Columns.rowInvalid("judge_share", "ct_contest");
    }
  }

  private static Fraction fraction(String text, String column) {
    try {
      return Fraction.parse(text);
    } catch (SansheException e) {
      throw Columns.rowInvalid(column, "ct_judge");
    }
  }

  private Long version(Connection c, ContestId id) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT version_no FROM " + contestTable + " WHERE contest_id = ?")) {
      p.setString(1, id.value());
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getLong(1) : null;
      }
    }
  }

  private boolean exists(ContestId id) {
    return jdbc.read("read contest", c -> version(c, id) != null);
  }

  @Override
  public String toString() {
    return "JdbcContests[" + jdbc + "]";
  }
}
