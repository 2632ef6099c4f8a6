package org.sanshe.jdbc.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ExpertScore;
import org.sanshe.core.registry.project.FundingSource;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.core.registry.project.Project;
import org.sanshe.core.registry.project.ProjectEvent;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ProjectSnapshot;
import org.sanshe.core.registry.project.ProjectStatus;
import org.sanshe.core.registry.project.Projects;
import org.sanshe.core.registry.project.Review;
import org.sanshe.core.registry.project.ReviewStage;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * The public-welfare {@link Projects} on a relational database: {@code reg_project} (one row per
 * project) with its hosts ({@code reg_proj_host}), needs ({@code reg_proj_need}), funding per
 * source in fen ({@code reg_proj_fund}), reviews ({@code reg_proj_review}) and expert scores
 * ({@code reg_proj_score}), created with the other registry tables by {@link
 * JdbcOrganizations#migrate(SansheJdbc)}.
 *
 * <p>A save is one transaction: a new project is inserted (a project already stored under the id
 * means a stale write), a change is {@code UPDATE ... WHERE project_id = ? AND version = ?} (no
 * row: {@link StaleVersionException} with {@code PROJECT_VERSION_CONFLICT}) followed by its lists.
 * A refused save changes nothing.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcProjects implements Projects {

  /** The aggregate type of the events this store writes to an outbox. */
  public static final String AGGREGATE_TYPE = "project";

  private static final int READ_ATTEMPTS = 5;

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String project;
  private final String host;
  private final String need;
  private final String fund;
  private final String review;
  private final String score;

  private JdbcProjects(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.project = jdbc.table("reg_project");
    this.host = jdbc.table("reg_proj_host");
    this.need = jdbc.table("reg_proj_need");
    this.fund = jdbc.table("reg_proj_fund");
    this.review = jdbc.table("reg_proj_review");
    this.score = jdbc.table("reg_proj_score");
  }

  /**
   * Opens the projects over existing registry tables ({@link
   * JdbcOrganizations#migrate(SansheJdbc)}), checking the dialect and the schema version.
   *
   * @param jdbc the database, not null
   * @return the store
   * @throws JdbcException if the tables are missing or at another version, or the database refuses
   */
  public static JdbcProjects open(SansheJdbc jdbc) {
    JdbcOrganizations.validate(jdbc);
    return new JdbcProjects(jdbc, null);
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
  public static JdbcProjects open(SansheJdbc jdbc, JdbcOutbox outbox) {
    Objects.requireNonNull(outbox, "outbox");
    JdbcOrganizations.validate(jdbc);
    return new JdbcProjects(jdbc, outbox);
  }

  @Override
  public Optional<Project> find(ProjectId id) {
    Objects.requireNonNull(id, "id");
    List<Project> found = select("find project", "p.project_id = ?", id.value());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<Project> implementedBy(OrganizationId implementer) {
    Objects.requireNonNull(implementer, "implementer");
    return select("list projects of an organization", "p.implementer_id = ?", implementer.value());
  }

  @Override
  public List<Project> hostedIn(DivisionCode community) {
    Objects.requireNonNull(community, "community");
    return select(
        "list projects of a community",
        "EXISTS (SELECT 1 FROM "
            + host
            + " h WHERE h.project_id = p.project_id AND h.community = ?)",
        community.value());
  }

  /** One project as read: the main row, then its lists. */
  private static final class Row {
    long version;
    String title;
    String implementer;
    String status;
    final List<DivisionCode> hosts = new ArrayList<>();
    final List<NeedId> needs = new ArrayList<>();
    final Map<FundingSource, Money> funding = new EnumMap<>(FundingSource.class);
    final TreeMap<Integer, ReviewRow> reviews = new TreeMap<>();
  }

  private record ReviewRow(
      ReviewStage stage, LocalDate heldOn, boolean passed, List<ExpertScore> scores) {}

  private List<Project> select(String operation, String where, String key) {
    return jdbc.read(
        operation,
        c -> {
          for (int attempt = 1; ; attempt++) {
            List<Project> found = selectOnce(c, where, key);
            if (found != null) {
              return found;
            }
            if (attempt >= READ_ATTEMPTS) {
              throw Columns.rowInvalid("version", project);
            }
          }
        });
  }

  /** Reads the projects, then their lists joined with the version; null if one moved on. */
  private List<Project> selectOnce(Connection c, String where, String key) throws SQLException {
    Map<String, Row> rows = new LinkedHashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT p.project_id, p.version, p.title, p.implementer_id, p.status FROM "
                + project
                + " p WHERE "
                + where
                + " ORDER BY p.project_id")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Row row = new Row();
          row.version = r.getLong(2);
          row.title = r.getString(3);
          row.implementer = r.getString(4);
          row.status = r.getString(5);
          rows.put(r.getString(1), row);
        }
      }
    }
    try {
      if (!loadChildren(c, rows, where, key)) {
        return null;
      }
      List<Project> out = new ArrayList<>(rows.size());
      for (Map.Entry<String, Row> e : rows.entrySet()) {
        Row row = e.getValue();
        List<Review> reviews = new ArrayList<>();
        for (ReviewRow rr : row.reviews.values()) {
          reviews.add(new Review(rr.stage(), rr.heldOn(), rr.scores(), rr.passed()));
        }
        out.add(
            Project.restore(
                new ProjectSnapshot(
                    new ProjectId(e.getKey()),
                    row.version,
                    row.title,
                    OrganizationId.of(row.implementer),
                    row.hosts,
                    row.needs,
                    row.funding,
                    Rows.enumOf(ProjectStatus.class, row.status, "status", project),
                    reviews)));
      }
      return out;
    } catch (SansheException e) {
      if (e instanceof JdbcException) {
        throw e;
      }
      throw Rows.corrupt("project_id", project, e);
    }
  }

  private String joined(String table, String columns, String where) {
    return "SELECT x.project_id, p.version, "
        + columns
        + " FROM "
        + table
        + " x JOIN "
        + project
        + " p ON p.project_id = x.project_id WHERE "
        + where;
  }

  private boolean loadChildren(Connection c, Map<String, Row> rows, String where, String key)
      throws SQLException {
    if (rows.isEmpty()) {
      return true;
    }
    Map<String, Long> versions = new LinkedHashMap<>();
    rows.forEach((id, row) -> versions.put(id, row.version));
    Map<String, Map<Integer, List<ExpertScore>>> scores = new LinkedHashMap<>();
    return Rows.joined(
            c,
            joined(host, "x.community", where),
            key,
            versions,
            r -> rows.get(r.getString(1)).hosts.add(DivisionCode.parse(r.getString(3))))
        && Rows.joined(
            c,
            joined(need, "x.need_id", where),
            key,
            versions,
            r -> rows.get(r.getString(1)).needs.add(new NeedId(r.getString(3))))
        && Rows.joined(
            c,
            joined(fund, "x.source, x.fen", where),
            key,
            versions,
            r ->
                rows.get(r.getString(1))
                    .funding
                    .put(
                        Rows.enumOf(FundingSource.class, r.getString(3), "source", fund),
                        Money.of(r.getLong(4))))
        && Rows.joined(
            c,
            joined(score, "x.review_ord, x.expert_id, x.score", where)
                + " ORDER BY x.project_id, x.review_ord, x.ord",
            key,
            versions,
            r ->
                scores
                    .computeIfAbsent(r.getString(1), k -> new TreeMap<>())
                    .computeIfAbsent(r.getInt(3), k -> new ArrayList<>())
                    .add(new ExpertScore(r.getString(4), r.getInt(5))))
        && Rows.joined(
            c,
            joined(review, "x.ord, x.stage, x.held_on, x.passed", where),
            key,
            versions,
            r -> {
              String id = r.getString(1);
              int ord = r.getInt(3);
              int passed = r.getInt(6);
              if (passed != 0 && passed != 1) {
                throw Columns.rowInvalid("passed", review);
              }
              rows.get(id)
                  .reviews
                  .put(
                      ord,
                      new ReviewRow(
                          Rows.enumOf(ReviewStage.class, r.getString(4), "stage", review),
                          LocalDate.ofEpochDay(r.getInt(5)),
                          passed == 1,
                          scores.getOrDefault(id, Map.of()).getOrDefault(ord, List.of())));
            });
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is changed)
   * @throws SansheException with {@code JDBC_TEXT_TOO_LONG} or {@code JDBC_TEXT_INVALID} for text
   *     the columns cannot hold
   */
  @Override
  public Project save(Project p) {
    Objects.requireNonNull(p, "p");
    Rows.text("project_id", p.id().value(), 64);
    Rows.text("title", p.title(), 200);
    Rows.text("implementer_id", p.implementer().value(), 64);
    for (NeedId n : p.needs()) {
      Rows.text("need_id", n.value(), 64);
    }
    for (Review r : p.reviews()) {
      for (ExpertScore s : r.scores()) {
        Rows.text("expert_id", s.expert(), 64);
      }
    }
    Project stored = p.storedAs(p.version() + 1);
    List<OutboxEvent> events =
        outbox == null
            ? List.of()
            : OutboxEvent.of(
                AGGREGATE_TYPE,
                p.id().value(),
                stored.version(),
                p.events(),
                e -> ((ProjectEvent) e).occurredAt());
    try {
      jdbc.inTransaction(
          "save project",
          c -> {
            write(c, p.version(), stored);
            if (outbox != null) {
              outbox.append(c, events);
            }
            return null;
          });
    } catch (JdbcException e) {
      if (!e.isConflict() || p.version() != 0) {
        throw e;
      }
      // the id was inserted by another writer first: the same answer as a stale read
      long current = jdbc.read("check project", c -> currentVersion(c, p.id().value()));
      throw new StaleVersionException(RegistryError.PROJECT_VERSION_CONFLICT, p.id(), 0L, current);
    }
    return stored;
  }

  private void write(Connection c, long readVersion, Project p) throws SQLException {
    String id = p.id().value();
    if (readVersion == 0) {
      long current = currentVersion(c, id);
      if (current != 0) {
        throw new StaleVersionException(
            RegistryError.PROJECT_VERSION_CONFLICT, p.id(), 0L, current);
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO "
                  + project
                  + " (version, title, implementer_id, status, project_id) VALUES (?, ?, ?, ?, ?)")) {
        bind(s, p);
        s.executeUpdate();
      }
    } else {
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE "
                  + project
                  + " SET version = ?, title = ?, implementer_id = ?, status = ?"
                  + " WHERE project_id = ? AND version = ?")) {
        bind(s, p);
        s.setLong(6, readVersion);
        if (s.executeUpdate() != 1) {
          throw new StaleVersionException(
              RegistryError.PROJECT_VERSION_CONFLICT, p.id(), readVersion, currentVersion(c, id));
        }
      }
      for (String table : List.of(host, need, fund, review, score)) {
        try (PreparedStatement s =
            c.prepareStatement("DELETE FROM " + table + " WHERE project_id = ?")) {
          s.setString(1, id);
          s.executeUpdate();
        }
      }
    }
    try (JdbcOrganizations.Batch hosts =
            new JdbcOrganizations.Batch(
                c, "INSERT INTO " + host + " (project_id, community) VALUES (?, ?)");
        JdbcOrganizations.Batch needs =
            new JdbcOrganizations.Batch(
                c, "INSERT INTO " + need + " (project_id, need_id) VALUES (?, ?)");
        JdbcOrganizations.Batch funds =
            new JdbcOrganizations.Batch(
                c, "INSERT INTO " + fund + " (project_id, source, fen) VALUES (?, ?, ?)");
        JdbcOrganizations.Batch reviews =
            new JdbcOrganizations.Batch(
                c,
                "INSERT INTO "
                    + review
                    + " (project_id, ord, stage, held_on, passed) VALUES (?, ?, ?, ?, ?)");
        JdbcOrganizations.Batch scores =
            new JdbcOrganizations.Batch(
                c,
                "INSERT INTO "
                    + score
                    + " (project_id, review_ord, ord, expert_id, score) VALUES (?, ?, ?, ?, ?)")) {
      for (DivisionCode h : p.hosts()) {
        PreparedStatement s = hosts.statement();
        s.setString(1, id);
        s.setString(2, h.value());
        hosts.add();
      }
      for (NeedId n : p.needs()) {
        PreparedStatement s = needs.statement();
        s.setString(1, id);
        s.setString(2, n.value());
        needs.add();
      }
      for (Map.Entry<FundingSource, Money> f : p.funding().entrySet()) {
        PreparedStatement s = funds.statement();
        s.setString(1, id);
        s.setString(2, f.getKey().name());
        s.setLong(3, f.getValue().fen());
        funds.add();
      }
      int ord = 0;
      for (Review r : p.reviews()) {
        PreparedStatement s = reviews.statement();
        s.setString(1, id);
        s.setInt(2, ord);
        s.setString(3, r.stage().name());
        Columns.setDate(s, 4, "heldOn", r.heldOn());
        s.setInt(5, r.passed() ? 1 : 0);
        reviews.add();
        int scoreOrd = 0;
        for (ExpertScore e : r.scores()) {
          PreparedStatement t = scores.statement();
          t.setString(1, id);
          t.setInt(2, ord);
          t.setInt(3, scoreOrd++);
          t.setString(4, e.expert());
          t.setInt(5, e.score());
          scores.add();
        }
        ord++;
      }
    }
  }

  private long currentVersion(Connection c, String id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT version FROM " + project + " WHERE project_id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  private static void bind(PreparedStatement s, Project p) throws SQLException {
    s.setLong(1, p.version());
    s.setString(2, p.title());
    s.setString(3, p.implementer().value());
    s.setString(4, p.status().name());
    s.setString(5, p.id().value());
  }

  @Override
  public String toString() {
    return "JdbcProjects[" + project + "]";
  }
}
