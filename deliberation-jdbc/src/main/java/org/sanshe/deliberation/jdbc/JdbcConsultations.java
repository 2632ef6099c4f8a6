package org.sanshe.deliberation.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.consultation.Consultation;
import org.sanshe.deliberation.consultation.ConsultationDecision;
import org.sanshe.deliberation.consultation.ConsultationEvent;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.consultation.ConsultationId;
import org.sanshe.deliberation.consultation.ConsultationRules;
import org.sanshe.deliberation.consultation.ConsultationSnapshot;
import org.sanshe.deliberation.consultation.Consultations;
import org.sanshe.deliberation.consultation.Minutes;
import org.sanshe.deliberation.consultation.Objection;
import org.sanshe.deliberation.consultation.Participant;
import org.sanshe.deliberation.consultation.Party;
import org.sanshe.deliberation.consultation.Status;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.ownersvote.VoteId;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * Consultations on a relational database (table {@code af_con} with {@code af_con_hist}, {@code
 * af_con_part}, {@code af_con_min}, {@code af_con_dec}, {@code af_con_vote} and {@code af_con_obj},
 * created by {@link JdbcMatters#migrate(SansheJdbc)}), with the optimistic versions of the {@link
 * Consultations} port.
 *
 * <p><b>What is stored.</b> Every component of a {@link ConsultationSnapshot} reads back equal: the
 * rules (required parties per form, the publicity period to the nanosecond), the status history
 * with its notes, participants in joining order, minutes, the decision in force and the superseded
 * ones with their votes, and the objections. Free texts (topic, notes, minutes, decisions, grounds,
 * rulings) are at most {@value AffairsRows#MAX_TEXT} characters in the tables ({@code
 * JDBC_TEXT_TOO_LONG} otherwise, nothing written).
 *
 * <p><b>Versions.</b> An update moves the consultation row on with {@code UPDATE ... WHERE
 * consultation_id = ? AND version = ?} (which locks it until the commit) and rewrites its detail
 * rows in the same transaction; when no row changes, the update fails with {@code
 * AFFAIRS_VERSION_CONFLICT}, nothing written. A read takes the row, its details, and the version
 * again, and reads once more if the version moved meanwhile (up to 16 times, then {@code
 * AFFAIRS_VERSION_CONFLICT}), so it never mixes two versions.
 *
 * <p><b>Transactions.</b> Writes follow the {@link SansheJdbc}'s transaction mode (EXTERNAL: the
 * caller's transaction, which the caller must roll back after a refused write).
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcConsultations implements Consultations {

  private static final int READ_ATTEMPTS = 16;
  private static final List<String> DETAILS =
      List.of(
          "af_con_hist",
          "af_con_part",
          "af_con_min",
          "af_con_dec",
          "af_con_vote",
          "af_con_obj",
          "af_con_actor",
          "af_con_freq");

  /**
   * The schema of the table of who acted in a consultation ({@code af_con_actor}, component {@code
   * consultation-actors}), beside the affairs tables; {@link #migrate(SansheJdbc)} creates it.
   * Consultations stored before it read back with their actors {@link ActorId#UNRECORDED}.
   */
  public static final Schema ACTORS_SCHEMA =
      Schema.of(
          "consultation-actors",
          JdbcConsultations.class.getClassLoader(),
          "META-INF/sanshe/schema/consultation-actors",
          List.of("V1__consultation_actors.sql"));

  /**
   * The schema of open consultation forms (component {@code consultation-forms}): the code of an
   * integrator-defined form ({@code af_con.form_text}, form code 0) and the parties the rules
   * require for forms other than the five presets ({@code af_con_freq}); {@link
   * #migrate(SansheJdbc)} creates it. Consultations stored before it read back unchanged.
   */
  public static final Schema FORMS_SCHEMA =
      Schema.of(
          "consultation-forms",
          JdbcConsultations.class.getClassLoader(),
          "META-INF/sanshe/schema/consultation-forms",
          List.of("V1__consultation_forms.sql"));

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String main;
  private final String insertMain;
  private final String updateMain;
  private final String selectVersion;
  private final String selectMain;
  private final String selectIds;
  private final String selectIdsAfter;
  private final List<String> deletes = new ArrayList<>();
  private final String insertHist;
  private final String insertActor;
  private final String selectActor;
  private final String insertFormRule;
  private final String selectFormRule;
  private final String insertPart;
  private final String insertMin;
  private final String insertDec;
  private final String insertVote;
  private final String insertObj;
  private final String selectHist;
  private final String selectPart;
  private final String selectMin;
  private final String selectDec;
  private final String selectVote;
  private final String selectObj;

  private JdbcConsultations(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.main = jdbc.table("af_con");
    String content =
        "form_code, topic_text, matter_id, status_code, proposed_ms, proposed_ns, last_ms, last_ns,"
            + " publicity_end_ms, publicity_end_ns, publicity_s, publicity_ns, req_dialogue,"
            + " req_council, req_review, req_hearing, req_online, form_text";
    this.insertMain =
        "INSERT INTO "
            + main
            + " (consultation_id, version, "
            + content
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    this.updateMain =
        "UPDATE "
            + main
            + " SET version = ?, form_code = ?, topic_text = ?, matter_id = ?, status_code = ?,"
            + " proposed_ms = ?, proposed_ns = ?, last_ms = ?, last_ns = ?, publicity_end_ms = ?,"
            + " publicity_end_ns = ?, publicity_s = ?, publicity_ns = ?, req_dialogue = ?,"
            + " req_council = ?, req_review = ?, req_hearing = ?, req_online = ?, form_text = ?"
            + " WHERE consultation_id = ? AND version = ?";
    this.selectVersion = "SELECT version FROM " + main + " WHERE consultation_id = ?";
    this.selectMain =
        "SELECT consultation_id, version, "
            + content
            + " FROM "
            + main
            + " WHERE consultation_id = ?";
    this.selectIds = "SELECT consultation_id FROM " + main + " ORDER BY consultation_id";
    this.selectIdsAfter =
        "SELECT consultation_id FROM "
            + main
            + " WHERE consultation_id > ? ORDER BY consultation_id";
    for (String detail : DETAILS) {
      deletes.add("DELETE FROM " + jdbc.table(detail) + " WHERE consultation_id = ?");
    }
    this.insertHist =
        "INSERT INTO "
            + jdbc.table("af_con_hist")
            + " (consultation_id, seq_no, from_code, to_code, note_text, at_ms, at_ns)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    this.insertActor =
        "INSERT INTO "
            + jdbc.table("af_con_actor")
            + " (consultation_id, seq_no, actor_id) VALUES (?, ?, ?)";
    this.insertFormRule =
        "INSERT INTO "
            + jdbc.table("af_con_freq")
            + " (consultation_id, form_text, parties_text) VALUES (?, ?, ?)";
    this.selectFormRule =
        "SELECT form_text, parties_text FROM "
            + jdbc.table("af_con_freq")
            + " WHERE consultation_id = ? ORDER BY form_text";
    this.selectActor =
        "SELECT seq_no, actor_id FROM "
            + jdbc.table("af_con_actor")
            + " WHERE consultation_id = ? ORDER BY seq_no";
    this.insertPart =
        "INSERT INTO "
            + jdbc.table("af_con_part")
            + " (consultation_id, seq_no, participant_id, party_code) VALUES (?, ?, ?, ?)";
    this.insertMin =
        "INSERT INTO "
            + jdbc.table("af_con_min")
            + " (consultation_id, seq_no, recorder_id, minutes_text, at_ms, at_ns)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    this.insertDec =
        "INSERT INTO "
            + jdbc.table("af_con_dec")
            + " (consultation_id, seq_no, in_force_flag, decision_text, at_ms, at_ns)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    this.insertVote =
        "INSERT INTO "
            + jdbc.table("af_con_vote")
            + " (consultation_id, dec_no, seq_no, vote_id) VALUES (?, ?, ?, ?)";
    this.insertObj =
        "INSERT INTO "
            + jdbc.table("af_con_obj")
            + " (consultation_id, obj_no, grounds_text, raised_ms, raised_ns, outcome_code,"
            + " ruling_text, ruled_ms, ruled_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    this.selectHist =
        "SELECT from_code, to_code, note_text, at_ms, at_ns FROM "
            + jdbc.table("af_con_hist")
            + " WHERE consultation_id = ? ORDER BY seq_no";
    this.selectPart =
        "SELECT participant_id, party_code FROM "
            + jdbc.table("af_con_part")
            + " WHERE consultation_id = ? ORDER BY seq_no";
    this.selectMin =
        "SELECT recorder_id, minutes_text, at_ms, at_ns FROM "
            + jdbc.table("af_con_min")
            + " WHERE consultation_id = ? ORDER BY seq_no";
    this.selectDec =
        "SELECT seq_no, in_force_flag, decision_text, at_ms, at_ns FROM "
            + jdbc.table("af_con_dec")
            + " WHERE consultation_id = ? ORDER BY seq_no";
    this.selectVote =
        "SELECT dec_no, vote_id FROM "
            + jdbc.table("af_con_vote")
            + " WHERE consultation_id = ? ORDER BY dec_no, seq_no";
    this.selectObj =
        "SELECT obj_no, grounds_text, raised_ms, raised_ns, outcome_code, ruling_text, ruled_ms,"
            + " ruled_ns FROM "
            + jdbc.table("af_con_obj")
            + " WHERE consultation_id = ? ORDER BY obj_no";
  }

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "consultation";

  private void publish(java.sql.Connection c, Consultation consultation, long version)
      throws java.sql.SQLException {
    Kinds.publish(
        outbox,
        c,
        AGGREGATE_TYPE,
        consultation.id().value(),
        version,
        consultation.pendingEvents(),
        e -> ((ConsultationEvent) e).at());
  }

  /**
   * Creates or upgrades the affairs tables ({@link JdbcMatters#migrate(SansheJdbc)}) and the table
   * of who acted ({@link #ACTORS_SCHEMA}) with the built-in migrator.
   *
   * @param jdbc the database, not null
   * @throws JdbcException if a schema is newer than this code, was changed, or cannot be applied
   */
  public static void migrate(SansheJdbc jdbc) {
    JdbcMatters.migrate(jdbc);
    Migrator.of(jdbc).migrate(ACTORS_SCHEMA);
    Migrator.of(jdbc).migrate(FORMS_SCHEMA);
  }

  /**
   * Opens the store. The tables must exist ({@link #migrate(SansheJdbc)}).
   *
   * @param jdbc the database, not null
   * @return the store
   * @throws JdbcException as {@link JdbcMatters#open(SansheJdbc)}, also for the {@link
   *     #ACTORS_SCHEMA} table
   */
  public static JdbcConsultations open(SansheJdbc jdbc) {
    validate(jdbc);
    return new JdbcConsultations(jdbc, null);
  }

  private static void validate(SansheJdbc jdbc) {
    JdbcMatters.validate(jdbc);
    Migrator.of(jdbc.withTransactionMode(org.sanshe.jdbc.TransactionMode.LOCAL))
        .validate(ACTORS_SCHEMA);
    Migrator.of(jdbc.withTransactionMode(org.sanshe.jdbc.TransactionMode.LOCAL))
        .validate(FORMS_SCHEMA);
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
  public static JdbcConsultations open(SansheJdbc jdbc, JdbcOutbox outbox) {
    validate(jdbc);
    return new JdbcConsultations(jdbc, Objects.requireNonNull(outbox, "outbox"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.sanshe.core.error.SansheException with {@code JDBC_TEXT_TOO_LONG} or {@code
   *     JDBC_TEXT_INVALID} if a text cannot be stored exactly (nothing is written)
   * @throws JdbcException if the database fails
   */
  @Override
  public void add(Consultation consultation) {
    Objects.requireNonNull(consultation, "consultation");
    ConsultationSnapshot s = consultation.snapshot();
    check(s);
    if (s.version() != 0) {
      throw new AffairsException(
          AffairsError.AFFAIRS_VERSION_CONFLICT, Kinds.CONSULTATION, s.id(), s.version(), 0);
    }
    try {
      jdbc.inTransaction(
          "add consultation",
          c -> {
            try (PreparedStatement st = c.prepareStatement(insertMain)) {
              st.setString(1, s.id().value());
              st.setLong(2, 1);
              bind(st, 3, s);
              st.executeUpdate();
            }
            writeFormRules(c, s);
            writeDetails(c, s);
            publish(c, consultation, 1);
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict()) {
        throw new AffairsException(
            AffairsError.AFFAIRS_ID_INVALID,
            org.sanshe.core.error.Wording.of("The consultation id", "协商编号"));
      }
      throw e;
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.sanshe.core.error.SansheException with {@code JDBC_TEXT_TOO_LONG} or {@code
   *     JDBC_TEXT_INVALID} if a text cannot be stored exactly (nothing is written)
   * @throws JdbcException if the database fails
   */
  @Override
  public void update(Consultation consultation) {
    Objects.requireNonNull(consultation, "consultation");
    ConsultationSnapshot s = consultation.snapshot();
    check(s);
    jdbc.inTransaction(
        "update consultation",
        c -> {
          int rows;
          try (PreparedStatement st = c.prepareStatement(updateMain)) {
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
                Kinds.CONSULTATION,
                AffairsError.CONSULTATION_UNKNOWN);
          }
          for (String delete : deletes) {
            try (PreparedStatement st = c.prepareStatement(delete)) {
              st.setString(1, s.id().value());
              st.executeUpdate();
            }
          }
          writeFormRules(c, s);
          writeDetails(c, s);
          publish(c, consultation, s.version() + 1);
          return null;
        });
  }

  @Override
  public Optional<Consultation> find(ConsultationId id) {
    Objects.requireNonNull(id, "id");
    return jdbc.read(
        "read consultation",
        c -> Optional.ofNullable(read(c, id.value())).map(Consultation::restore));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads every consultation with its details.
   */
  @Override
  public List<Consultation> all() {
    return list(null, 0);
  }

  @Override
  public List<Consultation> page(ConsultationId after, int max) {
    org.sanshe.deliberation.affairs.Matters.checkPageSize(max);
    return list(after, max);
  }

  private List<Consultation> list(ConsultationId after, int max) {
    return jdbc.read(
        "read consultations",
        c -> {
          List<String> ids = new ArrayList<>();
          try (PreparedStatement st =
              c.prepareStatement(after == null ? selectIds : selectIdsAfter)) {
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
          List<Consultation> list = new ArrayList<>();
          for (String id : ids) {
            ConsultationSnapshot s = read(c, id);
            if (s != null) {
              list.add(Consultation.restore(s));
            }
          }
          return list;
        });
  }

  private void writeDetails(Connection c, ConsultationSnapshot s) throws SQLException {
    String id = s.id().value();
    try (PreparedStatement st = c.prepareStatement(insertHist)) {
      int seq = 0;
      for (ConsultationEvent.StatusChanged h : s.statusChanges()) {
        st.setString(1, id);
        st.setInt(2, seq++);
        st.setInt(3, AffairsRows.code(AffairsRows.STATUSES, h.from()));
        st.setInt(4, AffairsRows.code(AffairsRows.STATUSES, h.to()));
        Columns.setText(st, 5, AffairsRows.emptyAsNull(h.note()));
        AffairsRows.setInstant(st, 6, "at", h.at());
        st.addBatch();
      }
      st.executeBatch();
    }
    try (PreparedStatement st = c.prepareStatement(insertActor)) {
      st.setString(1, id);
      st.setInt(2, -1);
      st.setString(3, s.proposedBy().value());
      st.addBatch();
      int seq = 0;
      for (ConsultationEvent.StatusChanged h : s.statusChanges()) {
        st.setString(1, id);
        st.setInt(2, seq++);
        st.setString(3, h.actor().value());
        st.addBatch();
      }
      st.executeBatch();
    }
    try (PreparedStatement st = c.prepareStatement(insertPart)) {
      int seq = 0;
      for (Participant p : s.participants()) {
        st.setString(1, id);
        st.setInt(2, seq++);
        st.setString(3, p.id());
        st.setInt(4, AffairsRows.code(AffairsRows.PARTIES, p.party()));
        st.addBatch();
      }
      st.executeBatch();
    }
    try (PreparedStatement st = c.prepareStatement(insertMin)) {
      int seq = 0;
      for (Minutes m : s.minutes()) {
        st.setString(1, id);
        st.setInt(2, seq++);
        st.setString(3, m.recorder());
        st.setString(4, m.text());
        AffairsRows.setInstant(st, 5, "at", m.at());
        st.addBatch();
      }
      st.executeBatch();
    }
    List<ConsultationDecision> decisions = new ArrayList<>(s.supersededDecisions());
    if (s.decision() != null) {
      decisions.add(s.decision());
    }
    try (PreparedStatement dec = c.prepareStatement(insertDec);
        PreparedStatement vote = c.prepareStatement(insertVote)) {
      for (int d = 0; d < decisions.size(); d++) {
        ConsultationDecision decision = decisions.get(d);
        dec.setString(1, id);
        dec.setInt(2, d);
        dec.setInt(3, s.decision() != null && d == decisions.size() - 1 ? 1 : 0);
        dec.setString(4, decision.text());
        AffairsRows.setInstant(dec, 5, "at", decision.at());
        dec.addBatch();
        int seq = 0;
        for (VoteId v : decision.votes()) {
          vote.setString(1, id);
          vote.setInt(2, d);
          vote.setInt(3, seq++);
          vote.setString(4, v.value());
          vote.addBatch();
        }
      }
      dec.executeBatch();
      vote.executeBatch();
    }
    try (PreparedStatement st = c.prepareStatement(insertObj)) {
      for (Objection o : s.objections()) {
        st.setString(1, id);
        st.setInt(2, o.number());
        st.setString(3, o.grounds());
        AffairsRows.setInstant(st, 4, "raisedAt", o.raisedAt());
        st.setInt(6, AffairsRows.code(AffairsRows.OUTCOMES, o.outcome()));
        Columns.setText(st, 7, AffairsRows.emptyAsNull(o.ruling()));
        AffairsRows.setNullableInstant(st, 8, "ruledAt", o.ruledAt());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  /** Reads one consistent snapshot: the row, its details, and the version unchanged. */
  private ConsultationSnapshot read(Connection c, String id) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      ConsultationSnapshot s = readOnce(c, id);
      if (s == null) {
        return null;
      }
      Long now = Kinds.version(c, selectVersion, id);
      if (now != null && now == s.version()) {
        return s;
      }
      if (now != null && attempt >= READ_ATTEMPTS) {
        throw new AffairsException( // written faster than it can be read: never a torn read
            AffairsError.AFFAIRS_VERSION_CONFLICT, Kinds.CONSULTATION, s.id(), s.version(), now);
      }
    }
  }

  private ConsultationSnapshot readOnce(Connection c, String id) throws SQLException {
    ConsultationId cid;
    long version;
    ConsultationForm form;
    String topic;
    MatterId matter;
    Status status;
    Instant proposedAt;
    Instant lastTime;
    Instant publicityEnds;
    ConsultationRules rules;
    Duration publicity;
    Map<ConsultationForm, Set<Party>> required = new java.util.HashMap<>();
    try (PreparedStatement st = c.prepareStatement(selectMain)) {
      st.setString(1, id);
      try (ResultSet r = st.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        cid = ConsultationId.of(r.getString(1));
        version = r.getLong(2);
        form = form(r.getInt(3), r.getString(20));
        topic = r.getString(4);
        String m = r.getString(5);
        matter = m == null ? null : MatterId.of(m);
        status = AffairsRows.decode(AffairsRows.STATUSES, r.getInt(6), "status_code", main);
        proposedAt = AffairsRows.instant(r, 7);
        lastTime = AffairsRows.instant(r, 9);
        publicityEnds = AffairsRows.nullableInstant(r, 11);
        publicity = Duration.ofSeconds(r.getLong(13), r.getInt(14));
        for (int f = 0; f < AffairsRows.FORMS.size(); f++) {
          required.put(AffairsRows.FORMS.get(f), parties(r.getString(15 + f)));
        }
      }
    }
    try (PreparedStatement st = prepare(c, selectFormRule, id);
        ResultSet r = st.executeQuery()) {
      while (r.next()) {
        String text = r.getString(1);
        if (text == null
            || !ConsultationForm.isCode(text)
            || ConsultationForm.of(text).isPreset()
            || required.containsKey(ConsultationForm.of(text))) {
          throw Columns.rowInvalid("form_text", "af_con_freq");
        }
        Set<Party> parties = parties(r.getString(2));
        if (parties.isEmpty()) {
          throw Columns.rowInvalid("parties_text", "af_con_freq");
        }
        required.put(ConsultationForm.of(text), parties);
      }
    }
    try {
      rules = ConsultationRules.forForms(required, publicity);
    } catch (AffairsException e) {
      throw Columns.rowInvalid("publicity_s", main);
    }
    Map<Integer, ActorId> actors = new java.util.HashMap<>();
    try (PreparedStatement st = prepare(c, selectActor, id);
        ResultSet r = st.executeQuery()) {
      while (r.next()) {
        try {
          actors.put(r.getInt(1), ActorId.of(r.getString(2)));
        } catch (AffairsException e) {
          throw Columns.rowInvalid("actor_id", jdbc.table("af_con_actor"));
        }
      }
    }
    List<ConsultationEvent.StatusChanged> history = new ArrayList<>();
    try (PreparedStatement st = prepare(c, selectHist, id);
        ResultSet r = st.executeQuery()) {
      String t = jdbc.table("af_con_hist");
      while (r.next()) {
        history.add(
            new ConsultationEvent.StatusChanged(
                cid,
                AffairsRows.decode(AffairsRows.STATUSES, r.getInt(1), "from_code", t),
                AffairsRows.decode(AffairsRows.STATUSES, r.getInt(2), "to_code", t),
                AffairsRows.nullAsEmpty(r.getString(3)),
                actors.getOrDefault(history.size(), ActorId.UNRECORDED),
                AffairsRows.instant(r, 4)));
      }
    }
    List<Participant> participants = new ArrayList<>();
    try (PreparedStatement st = prepare(c, selectPart, id);
        ResultSet r = st.executeQuery()) {
      while (r.next()) {
        participants.add(
            Participant.of(
                r.getString(1),
                AffairsRows.decode(
                    AffairsRows.PARTIES, r.getInt(2), "party_code", jdbc.table("af_con_part"))));
      }
    }
    List<Minutes> minutes = new ArrayList<>();
    try (PreparedStatement st = prepare(c, selectMin, id);
        ResultSet r = st.executeQuery()) {
      while (r.next()) {
        minutes.add(new Minutes(r.getString(1), r.getString(2), AffairsRows.instant(r, 3)));
      }
    }
    Map<Integer, List<VoteId>> votes = new java.util.HashMap<>();
    try (PreparedStatement st = prepare(c, selectVote, id);
        ResultSet r = st.executeQuery()) {
      while (r.next()) {
        votes.computeIfAbsent(r.getInt(1), k -> new ArrayList<>()).add(VoteId.of(r.getString(2)));
      }
    }
    List<ConsultationDecision> superseded = new ArrayList<>();
    ConsultationDecision inForce = null;
    try (PreparedStatement st = prepare(c, selectDec, id);
        ResultSet r = st.executeQuery()) {
      while (r.next()) {
        ConsultationDecision d =
            new ConsultationDecision(
                r.getString(3),
                votes.getOrDefault(r.getInt(1), List.of()),
                AffairsRows.instant(r, 4));
        if (r.getInt(2) == 1) {
          inForce = d;
        } else {
          superseded.add(d);
        }
      }
    }
    List<Objection> objections = new ArrayList<>();
    try (PreparedStatement st = prepare(c, selectObj, id);
        ResultSet r = st.executeQuery()) {
      while (r.next()) {
        objections.add(
            new Objection(
                r.getInt(1),
                r.getString(2),
                AffairsRows.instant(r, 3),
                AffairsRows.decode(
                    AffairsRows.OUTCOMES, r.getInt(5), "outcome_code", jdbc.table("af_con_obj")),
                AffairsRows.nullAsEmpty(r.getString(6)),
                AffairsRows.nullableInstant(r, 7)));
      }
    }
    return new ConsultationSnapshot(
        cid,
        version,
        form,
        topic,
        matter,
        rules,
        proposedAt,
        status,
        history,
        participants,
        minutes,
        inForce,
        superseded,
        objections,
        publicityEnds,
        lastTime,
        actors.getOrDefault(-1, ActorId.UNRECORDED));
  }

  private static PreparedStatement prepare(Connection c, String sql, String id)
      throws SQLException {
    PreparedStatement st = c.prepareStatement(sql);
    try {
      st.setString(1, id);
      return st;
    } catch (SQLException e) {
      st.close();
      throw e;
    }
  }

  private Set<Party> parties(String text) {
    Set<Party> parties = EnumSet.noneOf(Party.class);
    if (text == null) {
      return parties;
    }
    for (String name : text.split(",", -1)) {
      Party party =
          AffairsRows.PARTIES.stream()
              .filter(p -> p.name().equals(name))
              .findFirst()
              .orElseThrow(() -> Columns.rowInvalid("req_*", main));
      parties.add(party);
    }
    return parties;
  }

  private static String partiesText(Set<Party> parties) {
    if (parties.isEmpty()) {
      return null;
    }
    StringJoiner text = new StringJoiner(",");
    for (Party p : AffairsRows.PARTIES) {
      if (parties.contains(p)) {
        text.add(p.name());
      }
    }
    return text.toString();
  }

  private static void check(ConsultationSnapshot s) {
    AffairsRows.text("topic", s.topic());
    Columns.millis("proposedAt", s.proposedAt());
    Columns.millis("lastTime", s.lastTime());
    if (s.publicityEnds() != null) {
      Columns.millis("publicityEnds", s.publicityEnds());
    }
    for (ConsultationEvent.StatusChanged h : s.statusChanges()) {
      AffairsRows.text("note", h.note());
      Columns.millis("at", h.at());
    }
    for (Minutes m : s.minutes()) {
      AffairsRows.text("minutes", m.text());
      Columns.millis("at", m.at());
    }
    List<ConsultationDecision> decisions = new ArrayList<>(s.supersededDecisions());
    if (s.decision() != null) {
      decisions.add(s.decision());
    }
    for (ConsultationDecision d : decisions) {
      AffairsRows.text("decision", d.text());
      Columns.millis("at", d.at());
    }
    for (Objection o : s.objections()) {
      AffairsRows.text("grounds", o.grounds());
      AffairsRows.text("ruling", o.ruling());
      Columns.millis("raisedAt", o.raisedAt());
      if (o.ruledAt() != null) {
        Columns.millis("ruledAt", o.ruledAt());
      }
    }
  }

  private static int bind(PreparedStatement st, int from, ConsultationSnapshot s)
      throws SQLException {
    int i = from;
    st.setInt(i++, s.form().isPreset() ? AffairsRows.code(AffairsRows.FORMS, s.form()) : 0);
    st.setString(i++, s.topic());
    Columns.setText(st, i++, s.matter() == null ? null : s.matter().value());
    st.setInt(i++, AffairsRows.code(AffairsRows.STATUSES, s.status()));
    i = AffairsRows.setInstant(st, i, "proposedAt", s.proposedAt());
    i = AffairsRows.setInstant(st, i, "lastTime", s.lastTime());
    i = AffairsRows.setNullableInstant(st, i, "publicityEnds", s.publicityEnds());
    Duration publicity = s.rules().publicity();
    st.setLong(i++, publicity.getSeconds());
    st.setInt(i++, publicity.getNano());
    for (ConsultationForm form : AffairsRows.FORMS) {
      String text = partiesText(s.rules().required(form));
      if (text == null) {
        st.setNull(i++, Types.VARCHAR);
      } else {
        st.setString(i++, text);
      }
    }
    Columns.setText(st, i++, s.form().isPreset() ? null : s.form().code());
    return i;
  }

  /** Writes the parties required for forms other than the presets (the af_con.req_* columns). */
  private void writeFormRules(Connection c, ConsultationSnapshot s) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(insertFormRule)) {
      boolean any = false;
      for (Map.Entry<ConsultationForm, Set<Party>> e : s.rules().requirements().entrySet()) {
        if (e.getKey().isPreset()) {
          continue;
        }
        st.setString(1, s.id().value());
        st.setString(2, e.getKey().code());
        st.setString(3, partiesText(e.getValue()));
        st.addBatch();
        any = true;
      }
      if (any) {
        st.executeBatch();
      }
    }
  }

  /**
   * Reads a form: a preset by its stable code, an integrator-defined form (code 0, component {@code
   * consultation-forms}) by its text.
   */
  private ConsultationForm form(int code, String text) {
    if (code != 0) {
      return AffairsRows.decode(AffairsRows.FORMS, code, "form_code", main);
    }
    if (text == null || !ConsultationForm.isCode(text) || ConsultationForm.of(text).isPreset()) {
      throw Columns.rowInvalid("form_text", main);
    }
    return ConsultationForm.of(text);
  }

  @Override
  public String toString() {
    return "JdbcConsultations[" + main + "]";
  }
}
