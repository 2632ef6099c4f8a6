package org.sanshe.timebank.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.authorization.Roles;

/**
 * Who holds which role in one ledger's time bank, on a relational database (table {@code tb_role},
 * created by {@link JdbcLedgerStore#migrate(SansheJdbc)}), keyed by the ledger's number like the
 * register of account holders. Grants are made with {@link #coordinator(PartyId, PartyId)}, {@link
 * #guardian(PartyId, PartyId)} and {@link #operator(PartyId)}, as on the in-memory {@code
 * MemoryRoles}; granting a role twice is harmless, and there is no revocation.
 *
 * <p>Every question reads the table (nothing is cached), so a grant made by another server is seen
 * at once. Grants follow the {@link SansheJdbc}'s transaction mode: in EXTERNAL mode a grant joins
 * the caller's transaction and a conflict (the same grant made by another transaction at the same
 * moment) is thrown to the caller, who must roll back; in LOCAL mode that conflict means the grant
 * stands, and it is not an error.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcRoles implements Roles {

  private static final int COORDINATOR = 1;
  private static final int GUARDIAN = 2;
  private static final int OPERATOR = 3;

  /** The subject of an operator's row: not a valid party id, so it never meets a real subject. */
  private static final String NO_SUBJECT = "*";

  private final SansheJdbc jdbc;
  private final int ledgerNo;
  private final String select;
  private final String insert;

  /**
   * Creates the role register of a ledger.
   *
   * @param jdbc the database, not null
   * @param ledger the ledger's store (for its number), not null
   */
  public JdbcRoles(SansheJdbc jdbc, JdbcLedgerStore ledger) {
    this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    this.ledgerNo = Objects.requireNonNull(ledger, "ledger").ledgerNumber();
    String table = jdbc.table("tb_role");
    this.select =
        "SELECT role_code FROM "
            + table
            + " WHERE ledger_no = ? AND role_code = ? AND party_id = ? AND subject_id = ?";
    this.insert =
        "INSERT INTO "
            + table
            + " (ledger_no, role_code, party_id, subject_id) VALUES (?, ?, ?, ?)";
  }

  /**
   * Makes a party a coordinator of an organization.
   *
   * @param party the party, not null
   * @param organization the organization, not null
   * @return this
   * @throws JdbcException if the database fails
   */
  public JdbcRoles coordinator(PartyId party, PartyId organization) {
    grant(COORDINATOR, party, Objects.requireNonNull(organization, "organization").value());
    return this;
  }

  /**
   * Makes a party the guardian of another.
   *
   * @param party the guardian, not null
   * @param ward the ward, not null
   * @return this
   * @throws JdbcException if the database fails
   */
  public JdbcRoles guardian(PartyId party, PartyId ward) {
    grant(GUARDIAN, party, Objects.requireNonNull(ward, "ward").value());
    return this;
  }

  /**
   * Makes a party an operator.
   *
   * @param party the party, not null
   * @return this
   * @throws JdbcException if the database fails
   */
  public JdbcRoles operator(PartyId party) {
    grant(OPERATOR, party, NO_SUBJECT);
    return this;
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails
   */
  @Override
  public boolean isCoordinator(PartyId party, PartyId organization) {
    return holds(COORDINATOR, party, Objects.requireNonNull(organization, "organization").value());
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails
   */
  @Override
  public boolean isGuardian(PartyId party, PartyId ward) {
    return holds(GUARDIAN, party, Objects.requireNonNull(ward, "ward").value());
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails
   */
  @Override
  public boolean isOperator(PartyId party) {
    return holds(OPERATOR, party, NO_SUBJECT);
  }

  private void grant(int role, PartyId party, String subject) {
    Objects.requireNonNull(party, "party");
    try {
      jdbc.inTransaction(
          "grant role",
          c -> {
            if (!exists(c, role, party.value(), subject)) {
              try (PreparedStatement s = c.prepareStatement(insert)) {
                s.setInt(1, ledgerNo);
                s.setInt(2, role);
                s.setString(3, party.value());
                s.setString(4, subject);
                s.executeUpdate();
              }
            }
            return null;
          });
    } catch (JdbcException e) {
      if (!e.isConflict()
          || jdbc.transactionMode() == TransactionMode.EXTERNAL
          || !holds(role, party, subject)) {
        throw e;
      }
      // the same grant was committed by another transaction at the same moment: it stands
    }
  }

  private boolean holds(int role, PartyId party, String subject) {
    Objects.requireNonNull(party, "party");
    return jdbc.read("read role", c -> exists(c, role, party.value(), subject));
  }

  private boolean exists(Connection c, int role, String party, String subject) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(select)) {
      s.setInt(1, ledgerNo);
      s.setInt(2, role);
      s.setString(3, party);
      s.setString(4, subject);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  @Override
  public String toString() {
    return "JdbcRoles[#" + ledgerNo + "]";
  }
}
