package org.sanshe.timebank.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.SansheException;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.StoreRules;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.service.ServiceDraft;
import org.sanshe.timebank.service.ServiceRecord;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.service.ServiceRecords;
import org.sanshe.timebank.service.ServiceStatus;

/**
 * The service records of one ledger on a relational database (table {@code tb_record}, created by
 * {@link JdbcLedgerStore#migrate(SansheJdbc)}), keyed by the ledger's number like the register of
 * account holders.
 *
 * <p><b>What is stored.</b> Every component of a {@link ServiceRecord} reads back equal: instants
 * as epoch milliseconds plus the nanoseconds within the millisecond, the credit in minutes, the
 * status as a stable code. The place is checked before anything is written: at most {@value
 * #MAX_PLACE_LENGTH} characters, no NUL character and no unpaired surrogate (which a database would
 * refuse or replace). An empty place may be stored as NULL (Oracle-flavoured databases do so) and
 * reads back empty. Values never appear in errors: the place and the beneficiary are personal
 * enough to stay out of logs.
 *
 * <p><b>Order.</b> {@link #ofVolunteer(PartyId)} returns records in the order they were added: each
 * record takes the next number of its ledger's counter (table {@code tb_counter}) when added, under
 * a unique key. Moving the counter on locks its row until the add commits, so servers adding at
 * once take turns and never tie; in EXTERNAL mode the lock lasts until the caller's transaction
 * ends, so keep such transactions short. An update keeps the number.
 *
 * <p><b>Transactions.</b> Writes follow the {@link SansheJdbc}'s transaction mode: in EXTERNAL mode
 * an add or update joins the caller's transaction, and a conflict is thrown to the caller (who must
 * roll back) instead of being retried; in LOCAL mode each write commits by itself, and the rare
 * conflict (the same id added by two servers at once, or a ledger's first two adds) is retried.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcServiceRecords implements ServiceRecords {

  /** The longest place stored, in UTF-16 characters (Java's {@link String#length()}). */
  public static final int MAX_PLACE_LENGTH = 200;

  private static final int ATTEMPTS = 8;
  private static final int RECORD_COUNTER = 1;

  private static final String CONTENT =
      "volunteer_id, account_id, org_id, category_code, item_code, started_ms, started_ns,"
          + " ended_ms, ended_ns, place_text, beneficiary_id, recorded_by, recorded_ms, recorded_ns,"
          + " status_code, credited_min, verified_by, corrects_id, corrected_by";

  private final SansheJdbc jdbc;
  private final int ledgerNo;
  private final String selectAwaiting;
  private final String table;
  private final String selectOne;
  private final String selectExists;
  private final String selectOfVolunteer;
  private final String insert;
  private final String update;
  private final String maxNo;
  private final String moveCounter;
  private final String selectCounter;
  private final String insertCounter;

  /**
   * Creates the service records of a ledger.
   *
   * @param jdbc the database, not null
   * @param ledger the ledger's store (for its number), not null
   */
  public JdbcServiceRecords(SansheJdbc jdbc, JdbcLedgerStore ledger) {
    this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    this.ledgerNo = Objects.requireNonNull(ledger, "ledger").ledgerNumber();
    this.table = jdbc.table("tb_record");
    this.selectOne =
        "SELECT record_id, "
            + CONTENT
            + " FROM "
            + table
            + " WHERE ledger_no = ? AND record_id = ?";
    this.selectExists = "SELECT seq_no FROM " + table + " WHERE ledger_no = ? AND record_id = ?";
    this.selectOfVolunteer =
        "SELECT record_id, "
            + CONTENT
            + " FROM "
            + table
            + " WHERE ledger_no = ? AND volunteer_id = ? ORDER BY seq_no";
    this.selectAwaiting =
        "SELECT record_id, "
            + CONTENT
            + " FROM "
            + table
            + " WHERE ledger_no = ? AND org_id = ? AND status_code = 1";
    this.insert =
        "INSERT INTO "
            + table
            + " (ledger_no, record_id, seq_no, "
            + CONTENT
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    this.update =
        "UPDATE "
            + table
            + " SET volunteer_id = ?, account_id = ?, org_id = ?, category_code = ?,"
            + " item_code = ?, started_ms = ?, started_ns = ?, ended_ms = ?, ended_ns = ?,"
            + " place_text = ?, beneficiary_id = ?, recorded_by = ?, recorded_ms = ?,"
            + " recorded_ns = ?, status_code = ?, credited_min = ?, verified_by = ?,"
            + " corrects_id = ?, corrected_by = ?"
            + " WHERE ledger_no = ? AND record_id = ?";
    this.maxNo = "SELECT MAX(seq_no) FROM " + table + " WHERE ledger_no = ?";
    String counter = jdbc.table("tb_counter");
    this.moveCounter =
        "UPDATE " + counter + " SET next_no = next_no + 1 WHERE ledger_no = ? AND counter_code = ?";
    this.selectCounter =
        "SELECT next_no FROM " + counter + " WHERE ledger_no = ? AND counter_code = ?";
    this.insertCounter =
        "INSERT INTO " + counter + " (ledger_no, counter_code, next_no) VALUES (?, ?, ?)";
  }

  /**
   * {@inheritDoc}
   *
   * @throws SansheException {@link TimeBankJdbcError} codes if the record cannot be stored exactly
   *     (nothing is written)
   * @throws JdbcException if the database fails
   */
  @Override
  public void add(ServiceRecord record) {
    Objects.requireNonNull(record, "record");
    check(record);
    for (int attempt = 1; ; attempt++) {
      boolean added;
      try {
        added =
            jdbc.inTransaction(
                "add service record",
                c -> {
                  if (exists(c, record.id())) {
                    return false;
                  }
                  long no = nextNumber(c);
                  try (PreparedStatement s = c.prepareStatement(insert)) {
                    s.setInt(1, ledgerNo);
                    s.setString(2, record.id().value());
                    s.setLong(3, no);
                    bindContent(s, 4, record);
                    s.executeUpdate();
                  }
                  return true;
                });
      } catch (JdbcException e) {
        if (!e.isConflict()
            || jdbc.transactionMode() == TransactionMode.EXTERNAL
            || attempt >= ATTEMPTS) {
          throw e;
        }
        continue; // the same id or the same order number was taken meanwhile: look again
      }
      if (!added) {
        throw new TimeBankException(TimeBankError.TIMEBANK_SERVICE_DUPLICATE);
      }
      return;
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws SansheException {@link TimeBankJdbcError} codes if the record cannot be stored exactly
   *     (nothing is written)
   * @throws JdbcException if the database fails
   */
  @Override
  public void update(ServiceRecord record) {
    Objects.requireNonNull(record, "record");
    check(record);
    int rows =
        jdbc.inTransaction(
            "update service record",
            c -> {
              try (PreparedStatement s = c.prepareStatement(update)) {
                int next = bindContent(s, 1, record);
                s.setInt(next, ledgerNo);
                s.setString(next + 1, record.id().value());
                return s.executeUpdate();
              }
            });
    if (rows == 0) {
      throw new TimeBankException(TimeBankError.TIMEBANK_SERVICE_NOT_STORED);
    }
  }

  @Override
  public Optional<ServiceRecord> find(ServiceRecordId id) {
    Objects.requireNonNull(id, "id");
    return jdbc.read(
        "read service record",
        c -> {
          try (PreparedStatement s = c.prepareStatement(selectOne)) {
            s.setInt(1, ledgerNo);
            s.setString(2, id.value());
            try (ResultSet r = s.executeQuery()) {
              return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public List<ServiceRecord> awaitingVerification(
      PartyId organization, ServiceRecordId after, int max) {
    Objects.requireNonNull(organization, "organization");
    StoreRules.checkPage(max);
    String sql =
        selectAwaiting
            + (after == null
                ? ""
                : " AND seq_no > (SELECT a.seq_no FROM "
                    + table
                    + " a WHERE a.ledger_no = ? AND a.record_id = ?)")
            + " ORDER BY seq_no";
    return jdbc.read(
        "read service records awaiting verification",
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setMaxRows(max);
            s.setInt(1, ledgerNo);
            s.setString(2, organization.value());
            if (after != null) {
              s.setInt(3, ledgerNo);
              s.setString(4, after.value());
            }
            List<ServiceRecord> list = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                list.add(row(r));
              }
            }
            return list;
          }
        });
  }

  @Override
  public List<ServiceRecord> ofVolunteer(PartyId volunteer) {
    Objects.requireNonNull(volunteer, "volunteer");
    return jdbc.read(
        "read service records of volunteer",
        c -> {
          try (PreparedStatement s = c.prepareStatement(selectOfVolunteer)) {
            s.setInt(1, ledgerNo);
            s.setString(2, volunteer.value());
            List<ServiceRecord> list = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                list.add(row(r));
              }
            }
            return list;
          }
        });
  }

  /**
   * Draws the next order number: moves the ledger's counter on (its row lock makes concurrent adds
   * take turns until they commit), creating the counter on the ledger's first add.
   */
  private long nextNumber(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(moveCounter)) {
      s.setInt(1, ledgerNo);
      s.setInt(2, RECORD_COUNTER);
      if (s.executeUpdate() == 1) {
        try (PreparedStatement q = c.prepareStatement(selectCounter)) {
          q.setInt(1, ledgerNo);
          q.setInt(2, RECORD_COUNTER);
          try (ResultSet r = q.executeQuery()) {
            r.next();
            return r.getLong(1) - 1;
          }
        }
      }
    }
    long first;
    try (PreparedStatement s = c.prepareStatement(maxNo)) {
      s.setInt(1, ledgerNo);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        first = r.getLong(1) + 1;
      }
    }
    try (PreparedStatement s = c.prepareStatement(insertCounter)) {
      s.setInt(1, ledgerNo);
      s.setInt(2, RECORD_COUNTER);
      s.setLong(3, first + 1);
      s.executeUpdate(); // two first adds at once: one conflicts and is retried (LOCAL mode)
    }
    return first;
  }

  private boolean exists(Connection c, ServiceRecordId id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(selectExists)) {
      s.setInt(1, ledgerNo);
      s.setString(2, id.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  private static void check(ServiceRecord record) {
    ServiceDraft d = record.draft();
    String place = d.place();
    if (place.length() > MAX_PLACE_LENGTH) {
      throw new SansheException(
          TimeBankJdbcError.TIMEBANK_JDBC_TEXT_TOO_LONG, "place", MAX_PLACE_LENGTH);
    }
    for (int i = 0; i < place.length(); i++) {
      char ch = place.charAt(i);
      boolean unpaired =
          Character.isHighSurrogate(ch)
              ? i + 1 == place.length() || !Character.isLowSurrogate(place.charAt(++i))
              : Character.isLowSurrogate(ch);
      if (ch == '\0' || unpaired) {
        throw new SansheException(TimeBankJdbcError.TIMEBANK_JDBC_TEXT_INVALID, "place");
      }
    }
    millis(d.start(), "start");
    millis(d.end(), "end");
    millis(record.recordedAt(), "recordedAt");
  }

  private static long millis(Instant t, String field) {
    try {
      return t.toEpochMilli();
    } catch (ArithmeticException e) {
      throw new SansheException(TimeBankJdbcError.TIMEBANK_JDBC_TIME_OUT_OF_RANGE, field);
    }
  }

  private static int nanosOfMilli(Instant t) {
    return t.getNano() % 1_000_000;
  }

  private static Instant instant(long millis, int nanos) {
    return Instant.ofEpochMilli(millis).plusNanos(nanos);
  }

  /** Binds the 19 content columns from an index; returns the index after them. */
  private static int bindContent(PreparedStatement s, int from, ServiceRecord record)
      throws SQLException {
    ServiceDraft d = record.draft();
    int i = from;
    s.setString(i++, d.volunteer().value());
    s.setString(i++, d.volunteerAccount().value());
    s.setString(i++, d.organization().value());
    s.setString(i++, d.category());
    setNullable(s, i++, d.item());
    s.setLong(i++, millis(d.start(), "start"));
    s.setInt(i++, nanosOfMilli(d.start()));
    s.setLong(i++, millis(d.end(), "end"));
    s.setInt(i++, nanosOfMilli(d.end()));
    setNullable(s, i++, d.place().isEmpty() ? null : d.place());
    setNullable(s, i++, d.beneficiary() == null ? null : d.beneficiary().value());
    s.setString(i++, record.recordedBy().value());
    s.setLong(i++, millis(record.recordedAt(), "recordedAt"));
    s.setInt(i++, nanosOfMilli(record.recordedAt()));
    s.setInt(i++, statusCode(record.status()));
    s.setLong(i++, record.credited().toMinutes());
    setNullable(s, i++, record.verifiedBy() == null ? null : record.verifiedBy().value());
    setNullable(s, i++, record.corrects() == null ? null : record.corrects().value());
    setNullable(s, i++, record.correctedBy() == null ? null : record.correctedBy().value());
    return i;
  }

  private static void setNullable(PreparedStatement s, int index, String value)
      throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }

  private ServiceRecord row(ResultSet r) throws SQLException {
    ServiceRecordId id = new ServiceRecordId(r.getString(1));
    String item = r.getString(6);
    String place = r.getString(11);
    String beneficiary = r.getString(12);
    ServiceDraft draft =
        new ServiceDraft(
            new PartyId(r.getString(2)),
            new AccountId(r.getString(3)),
            new PartyId(r.getString(4)),
            r.getString(5),
            item,
            instant(r.getLong(7), r.getInt(8)),
            instant(r.getLong(9), r.getInt(10)),
            place == null ? "" : place,
            beneficiary == null ? null : new PartyId(beneficiary));
    String verifiedBy = r.getString(18);
    String corrects = r.getString(19);
    String correctedBy = r.getString(20);
    return new ServiceRecord(
        id,
        draft,
        new PartyId(r.getString(13)),
        instant(r.getLong(14), r.getInt(15)),
        status(r.getInt(16)),
        TimeCredit.ofMinutes(r.getLong(17)),
        verifiedBy == null ? null : new PartyId(verifiedBy),
        corrects == null ? null : new ServiceRecordId(corrects),
        correctedBy == null ? null : new ServiceRecordId(correctedBy));
  }

  private static int statusCode(ServiceStatus status) {
    return switch (status) {
      case RECORDED -> 1;
      case VERIFIED -> 2;
      case CORRECTED -> 3;
    };
  }

  private ServiceStatus status(int code) {
    return switch (code) {
      case 1 -> ServiceStatus.RECORDED;
      case 2 -> ServiceStatus.VERIFIED;
      case 3 -> ServiceStatus.CORRECTED;
      default ->
          throw new SansheException(
              TimeBankJdbcError.TIMEBANK_JDBC_ROW_INVALID, "status_code", table);
    };
  }

  @Override
  public String toString() {
    return "JdbcServiceRecords[#" + ledgerNo + "]";
  }
}
