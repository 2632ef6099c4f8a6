package org.sanshe.deliberation.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.ownersvote.AcceptedBallot;
import org.sanshe.deliberation.ownersvote.BallotCast;
import org.sanshe.deliberation.ownersvote.BallotCount;
import org.sanshe.deliberation.ownersvote.Elector;
import org.sanshe.deliberation.ownersvote.FloorArea;
import org.sanshe.deliberation.ownersvote.Option;
import org.sanshe.deliberation.ownersvote.UnsavedBallots;
import org.sanshe.deliberation.ownersvote.Vote;
import org.sanshe.deliberation.ownersvote.VoteEvent;
import org.sanshe.deliberation.ownersvote.VoteId;
import org.sanshe.deliberation.ownersvote.VoteSnapshot;
import org.sanshe.deliberation.ownersvote.VoterId;
import org.sanshe.deliberation.ownersvote.Votes;
import org.sanshe.deliberation.ownersvote.VotingWindow;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * Secret votes on a relational database (tables {@code vt_vote}, {@code vt_option}, {@code
 * vt_elector}, {@code vt_register}, {@code vt_counter}, created by {@link #migrate(SansheJdbc)}).
 *
 * <p><b>Secrecy.</b> The voter register and the counters are stored apart: a register row holds the
 * vote and the voter's roster position only (no time, no sequence, no choice), and the counters
 * hold sums per option. There is no per-ballot row. Each option's counter is split into stripes
 * (default {@value #DEFAULT_STRIPES}); a cast adds its ballot to one stripe chosen at random, and
 * updates that stripe's row of <em>every</em> option in the same statement (adding zero to the
 * others), so that not even a row's last writer (PostgreSQL's {@code xmin}) tells which option a
 * voter chose, and no stripe is tied to a group of voters. What is not defended against: someone
 * who reads the database's raw pages (dead row versions kept until vacuum) or watches the
 * transactions while they run, that is, the database's superuser. Restrict the tables to the
 * application's role.
 *
 * <p><b>A cast</b> adds a register row, whose primary key (vote, position) refuses a second ballot
 * at the database even from another server, and moves one stripe; the vote's row is not touched and
 * its version does not move (ballots commute). The terms of a vote (roster, options, window) never
 * change once added, so they are read once and kept in a small cache (the {@value #CACHED_VOTES}
 * most recently used votes) to check a ballot ({@link Vote#accept}) before any SQL. <b>Group
 * commit:</b> casts arriving while a transaction is being written wait and go together into the
 * next one (one batched register {@code INSERT}, one stripe {@code UPDATE} per option with the
 * group's sums, one commit), and each caller returns only after the transaction holding its ballot
 * committed; if a voter in the group turns out to have voted already, the group's ballots are
 * recorded one transaction each, so only that caller is refused. {@link #update(Vote)} moves the
 * version in the {@code UPDATE}'s {@code WHERE} clause and records the instance's unsaved ballots
 * the same way; {@link #find(VoteId)} reads the register and the counters in one statement, so the
 * two agree. Counts are {@code BIGINT}s, areas exact square centimetres.
 *
 * <p><b>Events.</b> With an outbox ({@link #open(SansheJdbc, int, JdbcOutbox)}), {@code add} and
 * {@code update} append the vote's pending events other than {@link BallotCast} (aggregate type
 * {@code vote}, numbered under the version stored) in the same transaction, so they exist exactly
 * when the save committed. Ballots never go to the outbox: an outbox row per ballot, with its time,
 * written in the register entry's transaction, would be a per-ballot trace beside the register.
 *
 * <p><b>Transactions.</b> Writes follow the {@link SansheJdbc}'s transaction mode: in EXTERNAL mode
 * they join the caller's transaction, and any refusal (a duplicate voter, a conflict) is thrown to
 * the caller, who must roll back; in LOCAL mode each write commits by itself and a serialization
 * failure or deadlock is retried.
 *
 * <p>Thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcVotes implements Votes {

  /** The schema of the vote tables, for {@link Migrator}. */
  public static final Schema SCHEMA =
      Schema.of(
          "votes",
          JdbcVotes.class.getClassLoader(),
          "META-INF/sanshe/schema/votes",
          List.of("V1__votes.sql", "V2__contests.sql"));

  /** How many stripes a vote's counters get unless told otherwise. */
  public static final int DEFAULT_STRIPES = 16;

  /** The most stripes a vote's counters may get. */
  public static final int MAX_STRIPES = 256;

  /** How many votes' terms are kept in memory. */
  public static final int CACHED_VOTES = 64;

  private static final int ATTEMPTS = 8;
  private static final int BATCH = 1000;
  private static final Wording VOTE = Wording.of("vote", "表决");
  private static final Wording VOTE_ID = Wording.of("The vote id", "表决编号");

  private final SansheJdbc jdbc;
  private final int stripes;
  private final JdbcOutbox outbox;
  private final Map<VoteId, Terms> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<VoteId, Terms> eldest) {
          return size() > CACHED_VOTES;
        }
      };

  private final String insertVote;
  private final String insertOption;
  private final String insertElector;
  private final String insertRegister;
  private final String insertCounter;
  private final String selectVote;
  private final String selectOptions;
  private final String selectElectors;
  private final String selectState;
  private final String selectVersion;
  private final String moveVersion;
  private final String castCounter;
  private final String addCounter;
  private final String selectTurnout;
  private final Object group = new Object();
  private List<Pending> queue = new ArrayList<>();
  private boolean writing;

  /** A vote's fixed terms: a vote restored without ballots, to check ballots, and its stripes. */
  private record Terms(Vote checker, int stripes) {}

  private JdbcVotes(SansheJdbc jdbc, int stripes, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.stripes = stripes;
    this.outbox = outbox;
    String vote = jdbc.table("vt_vote");
    String option = jdbc.table("vt_option");
    String elector = jdbc.table("vt_elector");
    String register = jdbc.table("vt_register");
    String counter = jdbc.table("vt_counter");
    this.insertVote =
        "INSERT INTO "
            + vote
            + " (vote_id, version_no, subject_text, opens_ms, opens_ns, closes_ms, closes_ns,"
            + " by_area, elector_count, option_count, stripe_count)"
            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    this.insertOption =
        "INSERT INTO " + option + " (vote_id, option_no, option_code) VALUES (?, ?, ?)";
    this.insertElector =
        "INSERT INTO "
            + elector
            + " (vote_id, position_no, voter_id, area_cm2) VALUES (?, ?, ?, ?)";
    this.insertRegister = "INSERT INTO " + register + " (vote_id, position_no) VALUES (?, ?)";
    this.insertCounter =
        "INSERT INTO "
            + counter
            + " (vote_id, stripe_no, option_no, ballots, area_cm2) VALUES (?, ?, ?, 0, 0)";
    this.selectVote =
        "SELECT subject_text, opens_ms, opens_ns, closes_ms, closes_ns, by_area, elector_count,"
            + " option_count, stripe_count FROM "
            + vote
            + " WHERE vote_id = ?";
    this.selectOptions =
        "SELECT option_code FROM " + option + " WHERE vote_id = ? ORDER BY option_no";
    this.selectElectors =
        "SELECT voter_id, area_cm2 FROM " + elector + " WHERE vote_id = ? ORDER BY position_no";
    // One statement, so that the version, the register and the counters come from one snapshot.
    this.selectState =
        "SELECT 0 AS kind, version_no AS a, CAST(0 AS BIGINT) AS b, CAST(0 AS BIGINT) AS c FROM "
            + vote
            + " WHERE vote_id = ?"
            + " UNION ALL SELECT 1, CAST(position_no AS BIGINT), CAST(0 AS BIGINT),"
            + " CAST(0 AS BIGINT) FROM "
            + register
            + " WHERE vote_id = ?"
            + " UNION ALL SELECT 2, CAST(option_no AS BIGINT), ballots, area_cm2 FROM "
            + counter
            + " WHERE vote_id = ?";
    this.selectVersion = "SELECT version_no FROM " + vote + " WHERE vote_id = ?";
    this.moveVersion =
        "UPDATE " + vote + " SET version_no = version_no + 1 WHERE vote_id = ? AND version_no = ?";
    this.castCounter =
        "UPDATE "
            + counter
            + " SET ballots = ballots + CASE WHEN option_no = ? THEN 1 ELSE 0 END,"
            + " area_cm2 = area_cm2 + CASE WHEN option_no = ? THEN ? ELSE 0 END"
            + " WHERE vote_id = ? AND stripe_no = ?";
    this.addCounter =
        "UPDATE "
            + counter
            + " SET ballots = ballots + ?, area_cm2 = area_cm2 + ?"
            + " WHERE vote_id = ? AND stripe_no = ? AND option_no = ?";
    this.selectTurnout = "SELECT SUM(ballots) FROM " + counter + " WHERE vote_id = ?";
  }

  /**
   * Creates or upgrades the vote and contest tables (component {@code votes}, shared with {@link
   * JdbcContests}) with the built-in migrator.
   *
   * @param jdbc the database, not null
   * @throws JdbcException if the schema is newer than this code, was changed, or cannot be applied
   */
  public static void migrate(SansheJdbc jdbc) {
    Migrator.of(Objects.requireNonNull(jdbc, "jdbc")).migrate(SCHEMA);
  }

  /**
   * Opens the store with {@value #DEFAULT_STRIPES} counter stripes per option for new votes.
   *
   * @param jdbc the database, not null; its tables must exist ({@link #migrate(SansheJdbc)})
   * @return the store
   * @throws JdbcException {@code JDBC_DIALECT_MISMATCH}, {@code JDBC_SCHEMA_TABLE_MISSING}, {@code
   *     JDBC_SCHEMA_OUTDATED} or {@code JDBC_SCHEMA_NEWER}, or another code if the database refuses
   */
  public static JdbcVotes open(SansheJdbc jdbc) {
    return open(jdbc, DEFAULT_STRIPES);
  }

  /**
   * Opens the store.
   *
   * @param jdbc the database, not null; its tables must exist ({@link #migrate(SansheJdbc)})
   * @param stripes the counter stripes per option of votes added through this instance, 1 to
   *     {@value #MAX_STRIPES}: more lets more casts run at once; a vote keeps the number it was
   *     added with
   * @return the store
   * @throws IllegalArgumentException if stripes is out of range
   * @throws JdbcException as {@link #open(SansheJdbc)}
   */
  public static JdbcVotes open(SansheJdbc jdbc, int stripes) {
    return open(jdbc, stripes, null);
  }

  /**
   * Opens the store with an outbox that receives the events of every save in its transaction.
   *
   * @param jdbc the database, not null; its tables must exist ({@link #migrate(SansheJdbc)}, and
   *     {@link JdbcOutbox#migrate(SansheJdbc)} for the outbox)
   * @param stripes the counter stripes per option, as {@link #open(SansheJdbc, int)}
   * @param outbox the outbox on the same database, or null for none
   * @return the store
   * @throws IllegalArgumentException if stripes is out of range
   * @throws JdbcException as {@link #open(SansheJdbc)}
   */
  public static JdbcVotes open(SansheJdbc jdbc, int stripes, JdbcOutbox outbox) {
    Objects.requireNonNull(jdbc, "jdbc");
    if (stripes < 1 || stripes > MAX_STRIPES) {
      throw new IllegalArgumentException("stripes must be 1 to " + MAX_STRIPES);
    }
    SansheJdbc local = jdbc.withTransactionMode(TransactionMode.LOCAL);
    local.verifyDialect();
    Migrator.of(local).validate(SCHEMA);
    return new JdbcVotes(jdbc, stripes, outbox);
  }

  /**
   * {@inheritDoc}
   *
   * @throws SansheException {@code JDBC_TEXT_TOO_LONG} or {@code JDBC_TEXT_INVALID} if the subject
   *     cannot be stored exactly (nothing is written)
   * @throws JdbcException if the database fails
   */
  @Override
  public void add(Vote vote) {
    Objects.requireNonNull(vote, "vote");
    if (vote.version() != 0) {
      throw new AffairsException(
          AffairsError.AFFAIRS_VERSION_CONFLICT, VOTE, vote.id(), vote.version(), 0);
    }
    VoteSnapshot s = vote.snapshot();
    Columns.text("subject", s.subject(), 200);
    Vote checker = checker(s);
    UnsavedBallots unsaved = vote.unsavedBallots();
    List<Integer> positions = positions(checker, unsaved);
    try {
      jdbc.inTransaction(
          "add vote",
          c -> {
            try (PreparedStatement p = c.prepareStatement(insertVote)) {
              p.setString(1, s.id().value());
              p.setString(2, s.subject());
              p.setLong(3, Columns.millis("opens", s.window().opens()));
              p.setInt(4, Columns.nanosOfMilli(s.window().opens()));
              p.setLong(5, Columns.millis("closes", s.window().closes()));
              p.setInt(6, Columns.nanosOfMilli(s.window().closes()));
              p.setInt(7, checker.electorate().weighedByArea() ? 1 : 0);
              p.setInt(8, s.electors().size());
              p.setInt(9, s.options().size());
              p.setInt(10, stripes);
              p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(insertOption)) {
              for (int i = 0; i < s.options().size(); i++) {
                p.setString(1, s.id().value());
                p.setInt(2, i);
                p.setString(3, s.options().get(i).code());
                p.addBatch();
              }
              p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement(insertElector)) {
              List<Elector> electors = s.electors();
              for (int i = 0; i < electors.size(); i++) {
                p.setString(1, s.id().value());
                p.setInt(2, i);
                p.setString(3, electors.get(i).voter().value());
                p.setLong(4, checker.electorate().areaAt(i));
                p.addBatch();
                if ((i + 1) % BATCH == 0) {
                  p.executeBatch();
                }
              }
              p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement(insertCounter)) {
              for (int stripe = 0; stripe < stripes; stripe++) {
                for (int o = 0; o < s.options().size(); o++) {
                  p.setString(1, s.id().value());
                  p.setInt(2, stripe);
                  p.setInt(3, o);
                  p.addBatch();
                }
              }
              p.executeBatch();
            }
            record(c, s.id(), stripes, positions, unsaved);
            publish(c, vote, 1);
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict() && jdbc.transactionMode() == TransactionMode.LOCAL && exists(s.id())) {
        throw new AffairsException(AffairsError.AFFAIRS_ID_INVALID, VOTE_ID);
      }
      throw e;
    }
    remember(s.id(), new Terms(checker, stripes));
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails
   */
  @Override
  public void update(Vote vote) {
    Objects.requireNonNull(vote, "vote");
    Terms terms = terms(vote.id());
    UnsavedBallots unsaved = vote.unsavedBallots();
    List<Integer> positions = positions(terms.checker(), unsaved);
    checkCounts(terms.checker(), unsaved);
    run(
        "update vote",
        c -> {
          int moved;
          try (PreparedStatement p = c.prepareStatement(moveVersion)) {
            p.setString(1, vote.id().value());
            p.setLong(2, vote.version());
            moved = p.executeUpdate();
          }
          if (moved != 1) {
            throw new AffairsException(
                AffairsError.AFFAIRS_VERSION_CONFLICT,
                VOTE,
                vote.id(),
                vote.version(),
                version(c, vote.id()));
          }
          record(c, vote.id(), terms.stripes(), positions, unsaved);
          publish(c, vote, vote.version() + 1);
          return null;
        },
        vote.id(),
        null);
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails
   */
  @Override
  public Optional<Vote> find(VoteId id) {
    Objects.requireNonNull(id, "id");
    Terms terms = cached(id);
    if (terms == null) {
      terms = jdbc.read("read vote", c -> readTerms(c, id));
      if (terms == null) {
        return Optional.empty();
      }
      remember(id, terms);
    }
    Vote checker = terms.checker();
    List<Option> options = checker.options();
    List<VoterId> roster = checker.electorate().voters();
    return jdbc.read(
        "read vote",
        c -> {
          long version = -1;
          Set<VoterId> register = new HashSet<>();
          long[] heads = new long[options.size()];
          long[] area = new long[options.size()];
          try (PreparedStatement p = c.prepareStatement(selectState)) {
            p.setString(1, id.value());
            p.setString(2, id.value());
            p.setString(3, id.value());
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                int kind = r.getInt(1);
                long a = r.getLong(2);
                if (kind == 0) {
                  version = a;
                } else if (kind == 1) {
                  if (a < 0 || a >= roster.size()) {
                    throw Columns.rowInvalid("position_no", "vt_register");
                  }
                  register.add(roster.get((int) a));
                } else {
                  if (a < 0 || a >= options.size()) {
                    throw Columns.rowInvalid("option_no", "vt_counter");
                  }
                  heads[(int) a] = Math.addExact(heads[(int) a], r.getLong(3));
                  area[(int) a] = Math.addExact(area[(int) a], r.getLong(4));
                }
              }
            }
          }
          if (version < 0) {
            return Optional.<Vote>empty();
          }
          List<BallotCount> counts = new ArrayList<>();
          for (int i = 0; i < options.size(); i++) {
            if (heads[i] < 0 || area[i] < 0) {
              throw Columns.rowInvalid("ballots", "vt_counter");
            }
            counts.add(
                new BallotCount(options.get(i), heads[i], FloorArea.ofSquareCentimetres(area[i])));
          }
          VoteSnapshot s = checker.snapshot();
          return Optional.of(
              Vote.restore(
                  new VoteSnapshot(
                      id,
                      version,
                      s.subject(),
                      s.electors(),
                      s.options(),
                      s.window(),
                      register,
                      counts)));
        });
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails
   */
  @Override
  public BallotCast cast(
      VoteId vote, VoterId voter, Option choice, Instant now, long expectedVersion) {
    Objects.requireNonNull(vote, "vote");
    Terms terms = terms(vote);
    AcceptedBallot ballot = terms.checker().accept(voter, choice, now);
    if (expectedVersion != ANY_VERSION || jdbc.transactionMode() == TransactionMode.EXTERNAL) {
      return new BallotCast(vote, castOne(vote, voter, ballot, terms, expectedVersion), now);
    }
    Pending mine = new Pending(vote, voter, ballot, terms);
    commit(mine);
    return new BallotCast(vote, mine.turnout, now);
  }

  /** One ballot waiting for its group's commit; the outcome fields are guarded by {@code group}. */
  private static final class Pending {
    final VoteId vote;
    final VoterId voter;
    final AcceptedBallot ballot;
    final Terms terms;
    boolean done;
    long turnout;
    RuntimeException failure;

    Pending(VoteId vote, VoterId voter, AcceptedBallot ballot, Terms terms) {
      this.vote = vote;
      this.voter = voter;
      this.ballot = ballot;
      this.terms = terms;
    }
  }

  /**
   * Group commit: the ballot joins the queue; the first caller who finds no writer at work writes
   * everything queued in one transaction, later callers queue for the next one. Every caller
   * returns only once the transaction holding its ballot committed, or with its failure.
   */
  private void commit(Pending mine) {
    boolean interrupted = false;
    synchronized (group) {
      queue.add(mine);
    }
    try {
      while (true) {
        List<Pending> batch;
        synchronized (group) {
          while (!mine.done && writing) {
            try {
              group.wait();
            } catch (InterruptedException e) {
              interrupted = true; // the ballot may be committing: wait for its outcome anyway
            }
          }
          if (mine.done) {
            if (mine.failure != null) {
              throw mine.failure;
            }
            return;
          }
          writing = true;
          batch = queue;
          queue = new ArrayList<>();
        }
        try {
          writeGroup(batch);
        } finally {
          synchronized (group) {
            writing = false;
            for (Pending p : batch) {
              p.done = true;
            }
            group.notifyAll();
          }
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Writes a group of ballots: one transaction, or one each if a voter turns out to have voted. */
  private void writeGroup(List<Pending> batch) {
    List<Pending> fresh = new ArrayList<>(batch.size());
    Set<String> seen = new HashSet<>();
    for (Pending p : batch) {
      if (seen.add(p.vote.value() + '\n' + p.ballot.position())) {
        fresh.add(p);
      } else {
        p.failure = new AffairsException(AffairsError.VOTE_DUPLICATE_VOTER, p.vote, p.voter);
      }
    }
    if (fresh.isEmpty()) {
      return;
    }
    try {
      Map<VoteId, Long> totals = null;
      for (int attempt = 1; totals == null; attempt++) {
        try {
          totals = jdbc.inTransaction("cast ballots", c -> writeBallots(c, fresh));
        } catch (JdbcException e) {
          if (e.isConflict()) {
            // someone in the group has voted already: record each ballot by itself
            for (Pending p : fresh) {
              try {
                p.turnout = castOne(p.vote, p.voter, p.ballot, p.terms, ANY_VERSION);
              } catch (RuntimeException one) {
                p.failure = one;
              }
            }
            return;
          }
          if (!e.isRetryable() || attempt >= ATTEMPTS) {
            throw e;
          }
        }
      }
      Map<VoteId, Integer> seenPerVote = new HashMap<>();
      Map<VoteId, Integer> perVote = new HashMap<>();
      for (Pending p : fresh) {
        perVote.merge(p.vote, 1, Integer::sum);
      }
      for (Pending p : fresh) {
        int index = seenPerVote.merge(p.vote, 1, Integer::sum);
        p.turnout = totals.get(p.vote) - perVote.get(p.vote) + index;
      }
    } catch (RuntimeException e) {
      for (Pending p : fresh) {
        p.failure = e;
      }
    }
  }

  private Map<VoteId, Long> writeBallots(Connection c, List<Pending> ballots) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(insertRegister)) {
      for (Pending b : ballots) {
        p.setString(1, b.vote.value());
        p.setInt(2, b.ballot.position());
        p.addBatch();
      }
      p.executeBatch();
    }
    Map<VoteId, long[][]> sums = new LinkedHashMap<>();
    Map<VoteId, Terms> terms = new HashMap<>();
    for (Pending b : ballots) {
      int options = b.terms.checker().options().size();
      long[][] s = sums.computeIfAbsent(b.vote, v -> new long[2][options]);
      terms.put(b.vote, b.terms);
      s[0][b.ballot.option()]++;
      s[1][b.ballot.option()] += b.ballot.area();
    }
    // every option's row of one random stripe moves, by zero where no ballot chose it
    try (PreparedStatement p = c.prepareStatement(addCounter)) {
      for (Map.Entry<VoteId, long[][]> e : sums.entrySet()) {
        int stripe = ThreadLocalRandom.current().nextInt(terms.get(e.getKey()).stripes());
        long[][] s = e.getValue();
        for (int o = 0; o < s[0].length; o++) {
          p.setLong(1, s[0][o]);
          p.setLong(2, s[1][o]);
          p.setString(3, e.getKey().value());
          p.setInt(4, stripe);
          p.setInt(5, o);
          p.addBatch();
        }
      }
      for (int moved : p.executeBatch()) {
        if (moved != 1 && moved != java.sql.Statement.SUCCESS_NO_INFO) {
          throw Columns.rowInvalid("stripe_no", "vt_counter");
        }
      }
    }
    Map<VoteId, Long> totals = new HashMap<>();
    for (VoteId vote : sums.keySet()) {
      totals.put(vote, turnout(c, vote));
    }
    return totals;
  }

  private long turnout(Connection c, VoteId vote) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(selectTurnout)) {
      p.setString(1, vote.value());
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** Records one ballot in its own transaction. */
  private long castOne(
      VoteId vote, VoterId voter, AcceptedBallot ballot, Terms terms, long expectedVersion) {
    return run(
        "cast ballot",
        c -> {
          if (expectedVersion != ANY_VERSION) {
            long stored = version(c, vote);
            if (stored != expectedVersion) {
              throw new AffairsException(
                  AffairsError.AFFAIRS_VERSION_CONFLICT, VOTE, vote, expectedVersion, stored);
            }
          }
          try (PreparedStatement p = c.prepareStatement(insertRegister)) {
            p.setString(1, vote.value());
            p.setInt(2, ballot.position());
            p.executeUpdate();
          }
          int stripe = ThreadLocalRandom.current().nextInt(terms.stripes());
          try (PreparedStatement p = c.prepareStatement(castCounter)) {
            p.setInt(1, ballot.option());
            p.setInt(2, ballot.option());
            p.setLong(3, ballot.area());
            p.setString(4, vote.value());
            p.setInt(5, stripe);
            if (p.executeUpdate() != terms.checker().options().size()) {
              throw Columns.rowInvalid("stripe_no", "vt_counter");
            }
          }
          return turnout(c, vote);
        },
        vote,
        voter);
  }

  /** Runs a write, retrying serialization failures in LOCAL mode and naming a duplicate voter. */
  private <T> T run(String operation, org.sanshe.jdbc.SqlWork<T> work, VoteId vote, VoterId voter) {
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbc.inTransaction(operation, work);
      } catch (JdbcException e) {
        if (e.isConflict()) {
          // the only key a cast or an update can break is the register's: a voter voted already
          throw new AffairsException(
              AffairsError.VOTE_DUPLICATE_VOTER, vote, voter == null ? "?" : voter);
        }
        if (!e.isRetryable()
            || jdbc.transactionMode() == TransactionMode.EXTERNAL
            || attempt >= ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private void record(
      Connection c, VoteId id, int stripeCount, List<Integer> positions, UnsavedBallots unsaved)
      throws SQLException {
    if (unsaved.isEmpty()) {
      return;
    }
    try (PreparedStatement p = c.prepareStatement(insertRegister)) {
      for (int position : positions) {
        p.setString(1, id.value());
        p.setInt(2, position);
        p.addBatch();
      }
      p.executeBatch();
    }
    int stripe = ThreadLocalRandom.current().nextInt(stripeCount);
    try (PreparedStatement p = c.prepareStatement(addCounter)) {
      List<BallotCount> counts = unsaved.counts();
      for (int o = 0; o < counts.size(); o++) {
        p.setLong(1, counts.get(o).ballots());
        p.setLong(2, counts.get(o).area().squareCentimetres());
        p.setString(3, id.value());
        p.setInt(4, stripe);
        p.setInt(5, o);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void publish(Connection c, Vote vote, long version) throws SQLException {
    if (outbox == null) {
      return;
    }
    List<VoteEvent> events = new ArrayList<>();
    for (VoteEvent e : vote.pendingEvents()) {
      if (!(e instanceof BallotCast)) {
        events.add(e);
      }
    }
    outbox.append(
        c, OutboxEvent.of("vote", vote.id().value(), version, events, e -> ((VoteEvent) e).at()));
  }

  private static List<Integer> positions(Vote checker, UnsavedBallots unsaved) {
    List<Integer> positions = new ArrayList<>();
    for (VoterId voter : unsaved.voters()) {
      int position = checker.electorate().indexOf(voter);
      if (position < 0) {
        throw new AffairsException(AffairsError.VOTE_VOTER_INELIGIBLE, checker.id(), voter);
      }
      positions.add(position);
    }
    return positions;
  }

  /** Checks that unsaved ballots fit the stored terms: options, and sums that match the voters. */
  private static void checkCounts(Vote checker, UnsavedBallots unsaved) {
    if (unsaved.isEmpty()) {
      return;
    }
    List<BallotCount> counts = unsaved.counts();
    boolean ok = counts.size() == checker.options().size();
    long heads = 0;
    long area = 0;
    for (int i = 0; ok && i < counts.size(); i++) {
      ok = counts.get(i).option().equals(checker.options().get(i));
      heads += counts.get(i).ballots();
      area += counts.get(i).area().squareCentimetres();
    }
    long registered = 0;
    for (VoterId voter : unsaved.voters()) {
      registered += checker.electorate().areaAt(checker.electorate().indexOf(voter));
    }
    if (!ok || heads != unsaved.voters().size() || area != registered) {
      throw new AffairsException(
          AffairsError.AFFAIRS_SNAPSHOT_INVALID,
          VOTE,
          Wording.of("the counts add up to the register", "计数与投票登记相符"));
    }
  }

  private static Vote checker(VoteSnapshot s) {
    List<BallotCount> zeros = new ArrayList<>();
    for (Option o : s.options()) {
      zeros.add(new BallotCount(o, 0, FloorArea.ZERO));
    }
    return Vote.restore(
        new VoteSnapshot(
            s.id(), 0, s.subject(), s.electors(), s.options(), s.window(), Set.of(), zeros));
  }

  private Terms terms(VoteId id) {
    Terms terms = cached(id);
    if (terms == null) {
      terms = jdbc.read("read vote", c -> readTerms(c, id));
      if (terms == null) {
        throw new AffairsException(AffairsError.VOTE_UNKNOWN, id);
      }
      remember(id, terms);
    }
    return terms;
  }

  private Terms cached(VoteId id) {
    synchronized (cache) {
      return cache.get(id);
    }
  }

  private void remember(VoteId id, Terms terms) {
    synchronized (cache) {
      cache.put(id, terms);
    }
  }

  private Terms readTerms(Connection c, VoteId id) throws SQLException {
    String subject;
    Instant opens;
    Instant closes;
    boolean byArea;
    int electorCount;
    int optionCount;
    int stripeCount;
    try (PreparedStatement p = c.prepareStatement(selectVote)) {
      p.setString(1, id.value());
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        subject = r.getString(1);
        opens = Columns.instant(r.getLong(2), r.getInt(3));
        closes = Columns.instant(r.getLong(4), r.getInt(5));
        byArea = r.getInt(6) == 1;
        electorCount = r.getInt(7);
        optionCount = r.getInt(8);
        stripeCount = r.getInt(9);
      }
    }
    if (stripeCount < 1 || stripeCount > MAX_STRIPES) {
      throw Columns.rowInvalid("stripe_count", "vt_vote");
    }
    List<Option> options = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(selectOptions)) {
      p.setString(1, id.value());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          options.add(Option.of(r.getString(1)));
        }
      }
    }
    List<Elector> electors = new ArrayList<>(electorCount);
    try (PreparedStatement p = c.prepareStatement(selectElectors)) {
      p.setString(1, id.value());
      p.setFetchSize(BATCH);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          VoterId voter = VoterId.of(r.getString(1));
          long area = r.getLong(2);
          electors.add(
              byArea ? Elector.of(voter, FloorArea.ofSquareCentimetres(area)) : Elector.of(voter));
        }
      }
    }
    if (options.size() != optionCount || electors.size() != electorCount) {
      throw Columns.rowInvalid("option_count", "vt_vote");
    }
    VotingWindow window;
    try {
      window = VotingWindow.of(opens, closes);
    } catch (AffairsException e) {
      throw Columns.rowInvalid("closes_ms", "vt_vote");
    }
    VoteSnapshot terms =
        new VoteSnapshot(id, 0, subject, electors, options, window, Set.of(), List.of());
    return new Terms(checker(terms), stripeCount);
  }

  private long version(Connection c, VoteId id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(selectVersion)) {
      p.setString(1, id.value());
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          throw new AffairsException(AffairsError.VOTE_UNKNOWN, id);
        }
        return r.getLong(1);
      }
    }
  }

  private boolean exists(VoteId id) {
    return jdbc.read(
        "read vote",
        c -> {
          try (PreparedStatement p = c.prepareStatement(selectVersion)) {
            p.setString(1, id.value());
            try (ResultSet r = p.executeQuery()) {
              return r.next();
            }
          }
        });
  }

  @Override
  public String toString() {
    return "JdbcVotes[" + jdbc + ", " + stripes + " stripes]";
  }
}
