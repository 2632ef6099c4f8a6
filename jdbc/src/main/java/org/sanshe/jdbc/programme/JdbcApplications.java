package org.sanshe.jdbc.programme;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.programme.Application;
import org.sanshe.core.registry.programme.ApplicationEvent;
import org.sanshe.core.registry.programme.ApplicationId;
import org.sanshe.core.registry.programme.ApplicationSnapshot;
import org.sanshe.core.registry.programme.ApplicationStatus;
import org.sanshe.core.registry.programme.Applications;
import org.sanshe.core.registry.programme.CallId;
import org.sanshe.core.registry.programme.OriginKind;
import org.sanshe.core.registry.programme.ProgrammeId;
import org.sanshe.core.registry.programme.ProjectOrigin;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * The {@link Applications} on a relational database: one row per application in {@code
 * prg_application} (schema component {@value JdbcProgrammes#COMPONENT}, created by {@link
 * JdbcProgrammes#migrate(SansheJdbc)}); one project per call by a unique key, so two servers adding
 * the same project race on the database and the loser gets {@code APPLICATION_DUPLICATE}. {@link
 * #addAll(List)} inserts every application in one transaction, all or none. Updates are {@code
 * UPDATE ... WHERE application_id = ? AND version = ?}. Events go to the optional outbox in the
 * same transaction.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcApplications implements Applications {

  /** The aggregate type of the events this store writes to an outbox. */
  public static final String AGGREGATE_TYPE = "application";

  private static final String COLUMNS =
      "version, programme_id, call_id, applicant_id, project_id, svc_domain, requested_fen,"
          + " applied_on, origin_kind, origin_ref, status, application_id";

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String table;

  private JdbcApplications(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.table = jdbc.table("prg_application");
  }

  /**
   * Opens the store over existing tables ({@link JdbcProgrammes#migrate(SansheJdbc)}).
   *
   * @param jdbc the database, not null
   * @return the store
   * @throws JdbcException if the tables are missing or at another version
   */
  public static JdbcApplications open(SansheJdbc jdbc) {
    JdbcProgrammes.validate(jdbc);
    return new JdbcApplications(jdbc, null);
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
  public static JdbcApplications open(SansheJdbc jdbc, JdbcOutbox outbox) {
    Objects.requireNonNull(outbox, "outbox");
    JdbcProgrammes.validate(jdbc);
    return new JdbcApplications(jdbc, outbox);
  }

  @Override
  public void add(Application application) {
    addAll(List.of(application));
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is changed)
   */
  @Override
  public void addAll(List<Application> applications) {
    Objects.requireNonNull(applications, "applications");
    Set<ApplicationId> ids = new HashSet<>();
    Set<List<String>> projects = new HashSet<>();
    for (Application a : applications) {
      Objects.requireNonNull(a, "application");
      if (!ids.add(a.id())
          || !projects.add(List.of(a.programme().value(), a.call().value(), a.project().value()))) {
        throw new RegistryException(RegistryError.APPLICATION_DUPLICATE, a.id());
      }
      if (a.version() != 0) {
        throw new StaleVersionException(
            RegistryError.APPLICATION_VERSION_CONFLICT, a.id(), a.version(), 0);
      }
    }
    if (applications.isEmpty()) {
      return;
    }
    try {
      jdbc.inTransaction(
          "add applications",
          c -> {
            for (Application a : applications) {
              if (taken(c, a)) {
                throw new RegistryException(RegistryError.APPLICATION_DUPLICATE, a.id());
              }
            }
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO "
                        + table
                        + " ("
                        + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
              for (Application a : applications) {
                bind(s, a, 1);
                s.addBatch();
              }
              s.executeBatch();
            }
            for (Application a : applications) {
              publish(c, a, 1);
            }
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict()) {
        throw new RegistryException(RegistryError.APPLICATION_DUPLICATE, applications.get(0).id());
      }
      throw e;
    }
  }

  private boolean taken(Connection c, Application a) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT COUNT(*) FROM "
                + table
                + " WHERE application_id = ? OR (programme_id = ? AND call_id = ? AND"
                + " project_id = ?)")) {
      s.setString(1, a.id().value());
      s.setString(2, a.programme().value());
      s.setString(3, a.call().value());
      s.setString(4, a.project().value());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is changed)
   */
  @Override
  public void update(Application a) {
    Objects.requireNonNull(a, "application");
    long next = a.version() + 1;
    jdbc.inTransaction(
        "update application",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE "
                      + table
                      + " SET version = ?, programme_id = ?, call_id = ?, applicant_id = ?,"
                      + " project_id = ?, svc_domain = ?, requested_fen = ?, applied_on = ?,"
                      + " origin_kind = ?, origin_ref = ?, status = ?"
                      + " WHERE application_id = ? AND version = ?")) {
            bind(s, a, next);
            s.setLong(13, a.version());
            if (s.executeUpdate() != 1) {
              long current = currentVersion(c, a.id());
              if (current == 0) {
                throw new RegistryException(RegistryError.APPLICATION_NOT_FOUND, a.id());
              }
              throw new StaleVersionException(
                  RegistryError.APPLICATION_VERSION_CONFLICT, a.id(), a.version(), current);
            }
          }
          publish(c, a, next);
          return null;
        });
  }

  private void publish(Connection c, Application a, long version) throws SQLException {
    if (outbox != null) {
      outbox.append(
          c,
          OutboxEvent.of(
              AGGREGATE_TYPE,
              a.id().value(),
              version,
              a.pendingEvents(),
              e -> ((ApplicationEvent) e).at()));
    }
  }

  private static void bind(PreparedStatement s, Application a, long version) throws SQLException {
    ApplicationSnapshot x = a.snapshot();
    s.setLong(1, version);
    s.setString(2, Columns.text("programme_id", x.programme().value(), 64));
    s.setString(3, Columns.text("call_id", x.call().value(), 64));
    s.setString(4, Columns.text("applicant_id", x.applicant().value(), 64));
    s.setString(5, Columns.text("project_id", x.project().value(), 64));
    s.setString(6, x.domain().code());
    s.setLong(7, x.requested().fen());
    Columns.setDate(s, 8, "appliedOn", x.appliedOn());
    Cells.setText(s, 9, x.origin().map(o -> o.kind().name()).orElse(null));
    Cells.setText(
        s,
        10,
        Columns.text("origin_ref", x.origin().map(ProjectOrigin::reference).orElse(null), 64));
    s.setString(11, x.status().name());
    s.setString(12, Columns.text("application_id", x.id().value(), 64));
  }

  private long currentVersion(Connection c, ApplicationId id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT version FROM " + table + " WHERE application_id = ?")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  @Override
  public Optional<Application> find(ApplicationId id) {
    Objects.requireNonNull(id, "id");
    List<Application> found = select("find application", "application_id = ?", List.of(id.value()));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<Application> toCall(ProgrammeId programme, CallId call) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(call, "call");
    return select(
        "list applications to a call",
        "programme_id = ? AND call_id = ?",
        List.of(programme.value(), call.value()));
  }

  private List<Application> select(String operation, String where, List<String> keys) {
    return jdbc.read(
        operation,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM "
                      + table
                      + " WHERE "
                      + where
                      + " ORDER BY application_id")) {
            for (int i = 0; i < keys.size(); i++) {
              s.setString(i + 1, keys.get(i));
            }
            List<Application> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(row(r));
              }
            }
            return out;
          }
        });
  }

  private Application row(ResultSet r) throws SQLException {
    try {
      String originKind = r.getString(9);
      String originRef = r.getString(10);
      if ((originKind == null) != (originRef == null || originRef.isEmpty())) {
        throw Columns.rowInvalid("origin_kind", table);
      }
      Optional<ProjectOrigin> origin =
          originKind == null
              ? Optional.empty()
              : Optional.of(
                  new ProjectOrigin(
                      Cells.enumOf(OriginKind.class, originKind, "origin_kind", table), originRef));
      return Application.restore(
          new ApplicationSnapshot(
              ApplicationId.of(r.getString(12)),
              r.getLong(1),
              ProgrammeId.of(r.getString(2)),
              CallId.of(r.getString(3)),
              OrganizationId.of(r.getString(4)),
              new ProjectId(r.getString(5)),
              Cells.domain(r.getString(6), "svc_domain", table),
              Money.of(r.getLong(7)),
              Columns.getDate(r, "applied_on"),
              origin,
              Cells.enumOf(ApplicationStatus.class, r.getString(11), "status", table)));
    } catch (SansheException e) {
      if (e instanceof JdbcException) {
        throw e;
      }
      throw Cells.corrupt("application_id", table, e);
    }
  }

  @Override
  public String toString() {
    return "JdbcApplications[" + table + "]";
  }
}
