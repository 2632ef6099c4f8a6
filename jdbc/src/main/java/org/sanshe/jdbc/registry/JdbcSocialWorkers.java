package org.sanshe.jdbc.registry;

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
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.worker.CertificateNumber;
import org.sanshe.core.registry.worker.QualificationLevel;
import org.sanshe.core.registry.worker.SocialWorker;
import org.sanshe.core.registry.worker.SocialWorkerEvent;
import org.sanshe.core.registry.worker.SocialWorkerId;
import org.sanshe.core.registry.worker.SocialWorkerSnapshot;
import org.sanshe.core.registry.worker.SocialWorkers;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * The {@link SocialWorkers} of the registry on a relational database: {@code reg_worker} (one row
 * per worker, the certificate number unique) and {@code reg_worker_comm} (assigned communities),
 * created with the other registry tables by {@link JdbcOrganizations#migrate(SansheJdbc)}.
 *
 * <p>A save is one transaction: a change is {@code UPDATE ... WHERE worker_id = ? AND version = ?}
 * (no row: {@link StaleVersionException} with {@code WORKER_VERSION_CONFLICT}); a certificate held
 * by another worker is refused with {@code WORKER_CERTIFICATE_DUPLICATE}, by a read first and by
 * the unique constraint when two servers race (in {@link TransactionMode#EXTERNAL} mode a lost race
 * is the {@link JdbcException} with code {@code JDBC_CONFLICT}). A refused save changes nothing.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcSocialWorkers implements SocialWorkers {

  private static final String COLUMNS =
      "w.worker_id, w.version, w.worker_name, w.qual_level, w.certificate, w.employer_id,"
          + " w.general_practice";
  private static final int WRITE_ATTEMPTS = 3;
  private static final int READ_ATTEMPTS = 5;

  /** The aggregate type of the events this store writes to an outbox. */
  public static final String AGGREGATE_TYPE = "social-worker";

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String worker;
  private final String community;

  private JdbcSocialWorkers(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.worker = jdbc.table("reg_worker");
    this.community = jdbc.table("reg_worker_comm");
  }

  /**
   * Opens the social workers over existing registry tables ({@link
   * JdbcOrganizations#migrate(SansheJdbc)}), checking the dialect and the schema version.
   *
   * @param jdbc the database, not null
   * @return the store
   * @throws JdbcException if the tables are missing or at another version, or the database refuses
   */
  public static JdbcSocialWorkers open(SansheJdbc jdbc) {
    JdbcOrganizations.validate(jdbc);
    return new JdbcSocialWorkers(jdbc, null);
  }

  /**
   * Opens the store as {@link #open(SansheJdbc)} does, writing the events of every save to an
   * outbox in the same transaction: a refused or failed save writes neither.
   *
   * @param jdbc the database, not null
   * @param outbox the outbox, in the same database, not null; events go as aggregate type {@value
   *     #AGGREGATE_TYPE} with the id and the new version
   * @return the store
   * @throws JdbcException if the tables are missing or at another version, or the database refuses
   */
  public static JdbcSocialWorkers open(SansheJdbc jdbc, JdbcOutbox outbox) {
    Objects.requireNonNull(outbox, "outbox");
    JdbcOrganizations.validate(jdbc);
    return new JdbcSocialWorkers(jdbc, outbox);
  }

  @Override
  public Optional<SocialWorker> find(SocialWorkerId id) {
    Objects.requireNonNull(id, "id");
    List<SocialWorker> found = select("find social worker", "w.worker_id = ?", id.value());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public Optional<SocialWorker> findByCertificate(CertificateNumber certificate) {
    Objects.requireNonNull(certificate, "certificate");
    List<SocialWorker> found =
        select("find social worker by certificate", "w.certificate = ?", certificate.value());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<SocialWorker> employedBy(OrganizationId employer) {
    Objects.requireNonNull(employer, "employer");
    return select("list social workers of an employer", "w.employer_id = ?", employer.value());
  }

  @Override
  public List<SocialWorker> assignedTo(DivisionCode community) {
    Objects.requireNonNull(community, "community");
    return select(
        "list social workers of a community",
        "EXISTS (SELECT 1 FROM "
            + this.community
            + " a WHERE a.worker_id = w.worker_id AND a.community = ?)",
        community.value());
  }

  private List<SocialWorker> select(String operation, String where, String key) {
    return jdbc.read(
        operation,
        c -> {
          for (int attempt = 1; ; attempt++) {
            List<SocialWorker> found = selectOnce(c, where, key);
            if (found != null) {
              return found;
            }
            if (attempt >= READ_ATTEMPTS) {
              throw Columns.rowInvalid("version", worker);
            }
          }
        });
  }

  /** Reads the workers, then their communities joined with the version; null if one moved on. */
  private List<SocialWorker> selectOnce(Connection c, String where, String key)
      throws SQLException {
    Map<String, SocialWorkerSnapshot> rows = new LinkedHashMap<>();
    Map<String, List<DivisionCode>> communities = new LinkedHashMap<>();
    String sql =
        "SELECT " + COLUMNS + " FROM " + worker + " w WHERE " + where + " ORDER BY w.worker_id";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String id = r.getString(1);
          try {
            String employer = r.getString(6);
            int gp = r.getInt(7);
            if (gp != 0 && gp != 1) {
              throw Columns.rowInvalid("general_practice", worker);
            }
            rows.put(
                id,
                new SocialWorkerSnapshot(
                    new SocialWorkerId(id),
                    r.getLong(2),
                    r.getString(3),
                    Rows.enumOf(QualificationLevel.class, r.getString(4), "qual_level", worker),
                    new CertificateNumber(r.getString(5)),
                    employer == null ? null : OrganizationId.of(employer),
                    null,
                    gp == 1));
          } catch (RegistryException e) {
            throw Rows.corrupt("worker_id", worker, e);
          }
          communities.put(id, new ArrayList<>());
        }
      }
    }
    Map<String, Long> versions = new LinkedHashMap<>();
    rows.forEach((id, s) -> versions.put(id, s.version()));
    if (!rows.isEmpty()
        && !Rows.joined(
            c,
            "SELECT x.worker_id, w.version, x.community FROM "
                + community
                + " x JOIN "
                + worker
                + " w ON w.worker_id = x.worker_id WHERE "
                + where,
            key,
            versions,
            r -> communities.get(r.getString(1)).add(parse(r.getString(3))))) {
      return null;
    }
    List<SocialWorker> out = new ArrayList<>(rows.size());
    for (Map.Entry<String, SocialWorkerSnapshot> e : rows.entrySet()) {
      SocialWorkerSnapshot s = e.getValue();
      try {
        out.add(
            SocialWorker.restore(
                new SocialWorkerSnapshot(
                    s.id(),
                    s.version(),
                    s.name(),
                    s.level(),
                    s.certificate(),
                    s.employer(),
                    communities.get(e.getKey()),
                    s.generalPractice())));
      } catch (RegistryException ex) {
        throw Rows.corrupt("worker_id", worker, ex);
      }
    }
    return out;
  }

  private DivisionCode parse(String code) {
    try {
      return DivisionCode.parse(code);
    } catch (SansheException e) {
      throw Rows.corrupt("community", community, e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is changed)
   * @throws SansheException with {@code JDBC_TEXT_TOO_LONG} or {@code JDBC_TEXT_INVALID} for text
   *     the columns cannot hold
   */
  @Override
  public SocialWorker save(SocialWorker w) {
    Objects.requireNonNull(w, "w");
    Rows.text("worker_id", w.id().value(), 64);
    Rows.text("worker_name", w.name(), 100);
    w.employer().ifPresent(e -> Rows.text("employer_id", e.value(), 64));
    SocialWorker stored = w.storedAs(w.version() + 1);
    List<OutboxEvent> events =
        outbox == null
            ? List.of()
            : OutboxEvent.of(
                AGGREGATE_TYPE,
                w.id().value(),
                stored.version(),
                w.events(),
                e -> ((SocialWorkerEvent) e).occurredAt());
    for (int attempt = 1; ; attempt++) {
      try {
        jdbc.inTransaction(
            "save social worker",
            c -> {
              check(c, w);
              write(c, w.version(), stored);
              if (outbox != null) {
                outbox.append(c, events);
              }
              return null;
            });
        return stored;
      } catch (JdbcException e) {
        if (!e.isConflict() || jdbc.transactionMode() == TransactionMode.EXTERNAL) {
          throw e;
        }
        jdbc.read("check social worker", c -> check(c, w));
        if (attempt >= WRITE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private Void check(Connection c, SocialWorker w) throws SQLException {
    long current = 0;
    boolean certificateTaken = false;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT worker_id, version FROM "
                + worker
                + " WHERE worker_id = ? OR certificate = ?")) {
      s.setString(1, w.id().value());
      s.setString(2, w.certificate().value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (r.getString(1).equals(w.id().value())) {
            current = r.getLong(2);
          } else {
            certificateTaken = true;
          }
        }
      }
    }
    if (w.version() != current) {
      throw new StaleVersionException(
          RegistryError.WORKER_VERSION_CONFLICT, w.id(), w.version(), current);
    }
    if (certificateTaken) {
      throw new RegistryException(RegistryError.WORKER_CERTIFICATE_DUPLICATE, w.certificate());
    }
    return null;
  }

  private void write(Connection c, long readVersion, SocialWorker w) throws SQLException {
    String id = w.id().value();
    if (readVersion == 0) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO "
                  + worker
                  + " (version, worker_name, qual_level, certificate, employer_id,"
                  + " general_practice, worker_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        bind(s, w);
        s.executeUpdate();
      }
    } else {
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE "
                  + worker
                  + " SET version = ?, worker_name = ?, qual_level = ?, certificate = ?,"
                  + " employer_id = ?, general_practice = ? WHERE worker_id = ? AND version = ?")) {
        bind(s, w);
        s.setLong(8, readVersion);
        if (s.executeUpdate() != 1) {
          throw new StaleVersionException(
              RegistryError.WORKER_VERSION_CONFLICT, w.id(), readVersion, currentVersion(c, id));
        }
      }
      try (PreparedStatement s =
          c.prepareStatement("DELETE FROM " + community + " WHERE worker_id = ?")) {
        s.setString(1, id);
        s.executeUpdate();
      }
    }
    if (!w.communities().isEmpty()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO " + community + " (worker_id, community) VALUES (?, ?)")) {
        for (DivisionCode d : w.communities()) {
          s.setString(1, id);
          s.setString(2, d.value());
          s.addBatch();
        }
        s.executeBatch();
      }
    }
  }

  private long currentVersion(Connection c, String id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT version FROM " + worker + " WHERE worker_id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  private static void bind(PreparedStatement s, SocialWorker w) throws SQLException {
    s.setLong(1, w.version());
    s.setString(2, w.name());
    s.setString(3, w.level().name());
    s.setString(4, w.certificate().value());
    Columns.setText(s, 5, w.employer().map(OrganizationId::value).orElse(null));
    s.setInt(6, w.generalPractice() ? 1 : 0);
    s.setString(7, w.id().value());
  }

  @Override
  public String toString() {
    return "JdbcSocialWorkers[" + worker + "]";
  }
}
