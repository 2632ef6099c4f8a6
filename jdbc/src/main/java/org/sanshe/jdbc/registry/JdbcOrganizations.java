package org.sanshe.jdbc.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sanshe.core.error.Problems;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.registry.Page;
import org.sanshe.core.registry.PageRequest;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.AnnualReport;
import org.sanshe.core.registry.organization.CertifiedWorkers;
import org.sanshe.core.registry.organization.ContactPerson;
import org.sanshe.core.registry.organization.ContactPhone;
import org.sanshe.core.registry.organization.EvaluationGrade;
import org.sanshe.core.registry.organization.GradeAward;
import org.sanshe.core.registry.organization.Incubation;
import org.sanshe.core.registry.organization.Landing;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.LegalStanding;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationEvent;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.OrganizationQuery;
import org.sanshe.core.registry.organization.OrganizationSnapshot;
import org.sanshe.core.registry.organization.OrganizationStatus;
import org.sanshe.core.registry.organization.Organizations;
import org.sanshe.core.registry.organization.RegisteredAddress;
import org.sanshe.core.registry.organization.RegistrationDetails;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * The {@link Organizations} of the registry on a relational database, over JDK {@code java.sql}
 * only.
 *
 * <p><b>Tables</b> (created by {@link #migrate(SansheJdbc)} or by the integrator's own Flyway or
 * Liquibase from the versioned files under {@code META-INF/sanshe/schema/registry/<dialect>/},
 * which also hold the tables of {@link JdbcSocialWorkers} and {@link JdbcProjects}): {@code
 * reg_org} holds one row per organization with a column for everything a query filters on (home
 * division, its street or district, legal form, status, credit code, hub and federation roles); the
 * lists live in child tables ({@code reg_org_report}, {@code reg_org_grade}, {@code
 * reg_org_member}, {@code reg_org_landing}, {@code reg_org_domain}). The service domains are also
 * on the main row, so that a read needs no join: their codes in code order ({@code domain_codes},
 * schema V4) beside the bits of the preset domains ({@code domain_mask}); rows written before V4
 * have no codes and are read from the mask. {@code reg_org_domain} answers queries by domain.
 *
 * <p><b>Writes.</b> {@link #save(Organization)} runs in one transaction: it reads the rows that
 * hold the organization's id, credit code, hub street or federation community and refuses the write
 * as the in-memory store does ({@code ORGANIZATION_ID_DUPLICATE}, {@code
 * ORGANIZATION_VERSION_CONFLICT}, {@code ORGANIZATION_USCC_DUPLICATE}, {@code
 * ORGANIZATION_HUB_TAKEN}, {@code ORGANIZATION_FEDERATION_TAKEN}); then the write itself checks
 * again: a change is {@code UPDATE ... WHERE org_id = ? AND version = ?} (no row means another
 * server saved first: {@link StaleVersionException}), and unique constraints on the credit code,
 * the hub street and the federation community stop two servers that both passed the read. A write
 * that loses such a race at the database is rolled back, the rows are read again, and the same
 * coded {@link RegistryException} is thrown (in {@link TransactionMode#EXTERNAL} mode the caller's
 * transaction is then aborted, so the {@link JdbcException} with code {@code JDBC_CONFLICT} is
 * thrown instead, for the caller to roll back and retry). A refused write changes nothing.
 *
 * <p><b>Imports.</b> {@link #saveAll(List, Problems)} checks the whole batch first (a bad
 * organization refuses the batch with its index and code, and nothing is written), then writes it
 * in one transaction with JDBC batches of 1,000 rows, in the order of the street listings (area
 * key, then id), so that the rows of one street share table pages and a street's listing reads a
 * few pages instead of one per organization. With PostgreSQL's driver, add {@code
 * reWriteBatchedInserts=true} to the JDBC URL: it sends a batch as multi-row {@code INSERT}s
 * instead of one statement per row (an import of 1,000,000 organizations at schema version 2 took
 * 44 s instead of 60 s on a quiet 2-core machine; see {@code benchmarks/README.md}, issue 12). The
 * events of imported organizations, if any, go to the outbox in the same transaction.
 *
 * <p><b>Reads.</b> Queries are answered by SQL: the division subtree by a prefix of the street or
 * district key, the other criteria by indexed columns or {@code EXISTS} over the child tables, in
 * the port's stable order (street key, then id; id alone for landings). A page whose organizations
 * all lie in one street (or district) reads their landings from an index of the landing table by
 * street (each landing row repeats its organization's street and version); other pages join each
 * child table to the page's main rows. {@link #queryAfter(OrganizationQuery, Organization, int)}
 * pages by key for callers walking a large result; {@link #query(OrganizationQuery, PageRequest)}
 * skips {@code offset} rows. Counts per street and district are {@code GROUP BY}s.
 *
 * <p>Ids sort in code-point order ({@code COLLATE "C"} on PostgreSQL); an id holding characters
 * beyond the Basic Multilingual Plane may sort differently from Java's {@link String#compareTo}.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcOrganizations implements Organizations {

  /** The schema of the registry tables (organizations, social workers, projects). */
  public static final Schema SCHEMA =
      Schema.of(
          "registry",
          JdbcOrganizations.class.getClassLoader(),
          "META-INF/sanshe/schema/registry",
          List.of(
              "V1__registry.sql",
              "V2__records.sql",
              "V3__street_landings.sql",
              "V4__open_domains.sql"));

  private static final String COLUMNS =
      "o.org_id, o.version, o.org_name, o.legal_form, o.status, o.division, o.uscc,"
          + " o.registered_on, o.filing_div, o.filed_on, o.hub_of, o.federation_of, o.domain_mask,"
          + " o.cw_assistant, o.cw_intermediate, o.cw_senior, o.n_reports, o.n_grades, o.n_members,"
          + " o.n_landings, o.area_key, o.n_detail, o.n_contacts, o.n_attrs, o.domain_codes";

  private static final String DATA_COLUMNS =
      "version, org_name, legal_form, status, division, area_key, district, uscc, registered_on,"
          + " filing_div, filed_on, hub_of, federation_of, domain_mask, cw_assistant,"
          + " cw_intermediate, cw_senior, n_reports, n_grades, n_members, n_landings, n_detail,"
          + " n_contacts, n_attrs, domain_codes";

  private static final int DATA_COUNT = 25;
  private static final int WRITE_ATTEMPTS = 3;
  private static final int READ_ATTEMPTS = 5;

  /** The aggregate type of the events this store writes to an outbox. */
  public static final String AGGREGATE_TYPE = "organization";

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String org;
  private final String report;
  private final String grade;
  private final String member;
  private final String landing;
  private final String domain;
  private final String detail;
  private final String contact;
  private final String attr;
  private final String insertOrg;
  private final String updateOrg;
  private final String holders;

  private JdbcOrganizations(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.org = jdbc.table("reg_org");
    this.report = jdbc.table("reg_org_report");
    this.grade = jdbc.table("reg_org_grade");
    this.member = jdbc.table("reg_org_member");
    this.landing = jdbc.table("reg_org_landing");
    this.domain = jdbc.table("reg_org_domain");
    this.detail = jdbc.table("reg_org_detail");
    this.contact = jdbc.table("reg_org_contact");
    this.attr = jdbc.table("reg_org_attr");
    this.insertOrg =
        "INSERT INTO "
            + org
            + " (org_id, "
            + DATA_COLUMNS
            + ") VALUES (?"
            + ", ?".repeat(DATA_COUNT)
            + ")";
    this.updateOrg =
        "UPDATE "
            + org
            + " SET "
            + DATA_COLUMNS.replace(",", " = ?,")
            + " = ? WHERE org_id = ? AND version = ?";
    this.holders =
        "SELECT org_id, version, uscc, hub_of, federation_of FROM "
            + org
            + " WHERE org_id = ? OR uscc = ? OR hub_of = ? OR federation_of = ?";
  }

  /**
   * Creates or upgrades the registry tables with the built-in migrator.
   *
   * @param jdbc the database, not null
   * @throws JdbcException if the schema is newer than this code, was changed, or cannot be applied
   */
  public static void migrate(SansheJdbc jdbc) {
    Migrator.of(Objects.requireNonNull(jdbc, "jdbc")).migrate(SCHEMA);
  }

  /**
   * Opens the organizations over existing tables ({@link #migrate(SansheJdbc)}), checking the
   * dialect and the schema version.
   *
   * @param jdbc the database, not null
   * @return the store
   * @throws JdbcException {@code JDBC_DIALECT_MISMATCH}, {@code JDBC_SCHEMA_TABLE_MISSING}, {@code
   *     JDBC_SCHEMA_OUTDATED} or {@code JDBC_SCHEMA_NEWER}, or another code if the database refuses
   */
  public static JdbcOrganizations open(SansheJdbc jdbc) {
    validate(jdbc);
    return new JdbcOrganizations(jdbc, null);
  }

  /**
   * Opens the organizations as {@link #open(SansheJdbc)} does, writing the events of every save to
   * an outbox in the same transaction as the organization: the events are committed exactly when
   * the change is, and a refused or failed save writes neither.
   *
   * @param jdbc the database, not null
   * @param outbox the outbox, in the same database, not null; events go as aggregate type {@value
   *     #AGGREGATE_TYPE} with the organization's id and new version
   * @return the store
   * @throws JdbcException if the tables are missing or at another version, or the database refuses
   */
  public static JdbcOrganizations open(SansheJdbc jdbc, JdbcOutbox outbox) {
    Objects.requireNonNull(outbox, "outbox");
    validate(jdbc);
    return new JdbcOrganizations(jdbc, outbox);
  }

  private static List<OutboxEvent> events(Organization o, long version) {
    return OutboxEvent.of(
        AGGREGATE_TYPE,
        o.id().value(),
        version,
        o.events(),
        e -> ((OrganizationEvent) e).occurredAt());
  }

  static void validate(SansheJdbc jdbc) {
    Objects.requireNonNull(jdbc, "jdbc");
    jdbc.verifyDialect();
    Migrator.of(jdbc).validate(SCHEMA);
  }

  // ------------------------------------------------------------------ reads

  @Override
  public Optional<Organization> find(OrganizationId id) {
    Objects.requireNonNull(id, "id");
    return one("find organization", "o.org_id = ?", id.value());
  }

  @Override
  public Optional<Organization> findByUscc(UnifiedSocialCreditCode uscc) {
    Objects.requireNonNull(uscc, "uscc");
    return one("find organization by credit code", "o.uscc = ?", uscc.value());
  }

  @Override
  public Optional<Organization> hubOf(DivisionCode street) {
    Objects.requireNonNull(street, "street");
    return one("find hub", "o.hub_of = ?", street.value());
  }

  @Override
  public Optional<Organization> federationOf(DivisionCode community) {
    Objects.requireNonNull(community, "community");
    return one("find federation", "o.federation_of = ?", community.value());
  }

  private Optional<Organization> one(String operation, String where, String key) {
    return jdbc.read(
        operation,
        c -> {
          Filter f = new Filter();
          f.add(where, key);
          List<Organization> found = select(c, f, "o.org_id", 0, 1);
          return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
  }

  @Override
  public Page<Organization> query(OrganizationQuery query, PageRequest page) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(page, "page");
    Filter f = filter(query);
    return jdbc.read(
        "query organizations",
        c -> {
          List<Organization> items = select(c, f, order(query), page.offset(), page.limit());
          // a short page that is not past the end read every match: its end is the total
          boolean complete =
              items.size() < page.limit() && (!items.isEmpty() || page.offset() == 0);
          long total = complete ? (long) page.offset() + items.size() : count(c, f);
          return new Page<>(items, page.offset(), total);
        });
  }

  /**
   * Lists the organizations matching a query that follow a given one in the stable order: paging by
   * key, whose cost does not grow with the page number. Start with {@code after} null and pass the
   * last organization of each page to get the next.
   *
   * @param query the query, not null
   * @param after the last organization of the previous page, or null for the first page
   * @param limit the page size, 1 to {@link PageRequest#MAX_LIMIT}
   * @return the organizations, in the stable order
   * @throws RegistryException with {@code REGISTRY_PAGE_INVALID} for a limit out of range
   * @throws JdbcException if the database fails
   */
  public List<Organization> queryAfter(OrganizationQuery query, Organization after, int limit) {
    Objects.requireNonNull(query, "query");
    new PageRequest(0, limit);
    Filter f = filter(query);
    if (after != null) {
      if (query.landedIn() != null) {
        f.add("o.org_id > ?", after.id().value());
      } else {
        String area = areaKey(after.division());
        f.add(
            "(o.area_key > ? OR (o.area_key = ? AND o.org_id > ?))",
            area,
            area,
            after.id().value());
      }
    }
    return jdbc.read("query organizations", c -> select(c, f, order(query), 0, limit));
  }

  @Override
  public long count(OrganizationQuery query) {
    Objects.requireNonNull(query, "query");
    Filter f = filter(query);
    return jdbc.read("count organizations", c -> count(c, f));
  }

  @Override
  public SortedMap<DivisionCode, Long> countsPerStreet(DivisionCode root) {
    Objects.requireNonNull(root, "root");
    TreeMap<DivisionCode, Long> counts = new TreeMap<>();
    grouped(
        "count organizations per street",
        "area_key",
        root,
        (key, n) -> {
          if (key.length() == 9 && DivisionCode.isValid(key)) {
            counts.put(DivisionCode.parse(key), n);
          }
        });
    return Collections.unmodifiableSortedMap(counts);
  }

  @Override
  public SortedMap<DivisionCode, Long> countsPerDistrict(DivisionCode root) {
    Objects.requireNonNull(root, "root");
    TreeMap<DivisionCode, Long> counts = new TreeMap<>();
    grouped(
        "count organizations per district",
        "district",
        root,
        (key, n) -> {
          if (DivisionCode.isValid(key)) {
            counts.merge(DivisionCode.parse(key), n, Long::sum);
          }
        });
    return Collections.unmodifiableSortedMap(counts);
  }

  private interface Group {
    void add(String key, long count);
  }

  private void grouped(String operation, String column, DivisionCode root, Group group) {
    String prefix = areaPrefix(root);
    String sql =
        "SELECT "
            + column
            + ", COUNT(*) FROM "
            + org
            + (prefix.isEmpty() ? "" : " WHERE area_key LIKE ?")
            + " GROUP BY "
            + column;
    jdbc.read(
        operation,
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            if (!prefix.isEmpty()) {
              s.setString(1, prefix + "%");
            }
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                group.add(r.getString(1), r.getLong(2));
              }
            }
          }
          return null;
        });
  }

  @Override
  public long size() {
    return jdbc.read("count organizations", c -> count(c, new Filter()));
  }

  // ------------------------------------------------------------------ SQL of queries

  /** A WHERE clause over {@code o} with its parameters (strings or integers). */
  private static final class Filter {
    final List<String> clauses = new ArrayList<>();
    final List<Object> params = new ArrayList<>();

    void add(String clause, Object... values) {
      clauses.add(clause);
      params.addAll(List.of(values));
    }

    Filter copy() {
      Filter f = new Filter();
      f.clauses.addAll(clauses);
      f.params.addAll(params);
      return f;
    }

    String where() {
      return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    void bind(PreparedStatement s) throws SQLException {
      for (int i = 0; i < params.size(); i++) {
        Object p = params.get(i);
        if (p instanceof Integer n) {
          s.setInt(i + 1, n);
        } else {
          s.setString(i + 1, (String) p);
        }
      }
    }
  }

  /** The prefix of {@code area_key} that selects a division's subtree ("" for the nation). */
  private static String areaPrefix(DivisionCode root) {
    return switch (root.level()) {
      case NATIONAL -> "";
      case PROVINCE -> root.value().substring(0, 2);
      case CITY -> root.value().substring(0, 4);
      default -> root.value();
    };
  }

  private static String order(OrganizationQuery q) {
    return q.landedIn() != null ? "o.org_id" : "o.area_key, o.org_id";
  }

  private Filter filter(OrganizationQuery q) {
    Filter f = new Filter();
    if (q.within() != null) {
      DivisionCode w = q.within();
      switch (w.level()) {
        case NATIONAL -> {
          // every organization
        }
        case TOWNSHIP -> f.add("o.area_key = ?", w.value());
        case VILLAGE -> f.add("o.division = ?", w.value());
        default -> f.add("o.area_key LIKE ?", areaPrefix(w) + "%");
      }
    }
    if (q.legalForm() != null) {
      f.add("o.legal_form = ?", q.legalForm().name());
    }
    if (q.status() != null) {
      f.add("o.status = ?", q.status().name());
    }
    if (q.domain() != null) {
      f.add(
          "EXISTS (SELECT 1 FROM " + domain + " d WHERE d.org_id = o.org_id AND d.domain_code = ?)",
          q.domain().code());
    }
    if (q.gradeValidOn() != null) {
      int day = epochDay(q.gradeValidOn());
      int minimum = q.minimumGrade() == null ? 1 : q.minimumGrade().level();
      // the latest grade valid on the day (highest ord among the valid ones) is at least minimum
      f.add(
          "EXISTS (SELECT 1 FROM "
              + grade
              + " g WHERE g.org_id = o.org_id AND g.awarded_on <= ? AND g.expires_on > ?"
              + " AND g.grade_level >= ? AND NOT EXISTS (SELECT 1 FROM "
              + grade
              + " h WHERE h.org_id = g.org_id AND h.awarded_on <= ? AND h.expires_on > ?"
              + " AND h.ord > g.ord))",
          day,
          day,
          minimum,
          day,
          day);
    }
    if (q.landedIn() != null) {
      if (q.landedOn() != null) {
        int day = epochDay(q.landedOn());
        f.add(
            "EXISTS (SELECT 1 FROM "
                + landing
                + " l WHERE l.org_id = o.org_id AND l.community = ? AND l.from_day <= ?"
                + " AND (l.until_day IS NULL OR l.until_day > ?))",
            q.landedIn().value(),
            day,
            day);
      } else {
        f.add(
            "EXISTS (SELECT 1 FROM "
                + landing
                + " l WHERE l.org_id = o.org_id AND l.community = ? AND l.until_day IS NULL)",
            q.landedIn().value());
      }
    }
    return f;
  }

  private static int epochDay(LocalDate date) {
    long day = date.toEpochDay();
    if (day != (int) day) {
      throw new SansheException(JdbcError.JDBC_TIME_OUT_OF_RANGE, "date");
    }
    return (int) day;
  }

  private long count(Connection c, Filter f) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT COUNT(*) FROM " + org + " o" + f.where())) {
      f.bind(s);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private List<Organization> select(Connection c, Filter f, String order, int offset, int limit)
      throws SQLException {
    for (int attempt = 1; ; attempt++) {
      List<Organization> page = selectOnce(c, f, order, offset, limit, attempt >= READ_ATTEMPTS);
      if (page != null) {
        return page;
      }
      if (attempt >= READ_ATTEMPTS) {
        throw Columns.rowInvalid("version", org);
      }
      // an organization of the page was saved between the statements: read the page again
    }
  }

  /**
   * Reads a page: the main rows, then each list with one statement that joins the child table to
   * the main rows of the page (the same filter, bounded by the page's first and last key) and
   * returns the version it joined; a version other than the one read first means a writer came in
   * between, and null is returned so that the page is read again (no torn organizations). The
   * landings of a page within one street (or district) come from the landing index by street
   * instead, each row with the version of the organization that wrote it. A list whose length is
   * not the count on the main row (a writer removed rows in between) also reads the page again,
   * unless this is the last attempt, where it is reported as a broken row.
   */
  private List<Organization> selectOnce(
      Connection c, Filter f, String order, int offset, int limit, boolean lastAttempt)
      throws SQLException {
    LinkedHashMap<String, Row> rows = new LinkedHashMap<>();
    String sql = "SELECT " + COLUMNS + " FROM " + org + " o" + f.where() + " ORDER BY " + order;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      long max = (long) offset + limit;
      s.setMaxRows((int) Math.min(Integer.MAX_VALUE, max));
      s.setFetchSize((int) Math.min(1000, max));
      f.bind(s);
      try (ResultSet r = s.executeQuery()) {
        int skipped = 0;
        while (r.next()) {
          if (skipped < offset) {
            skipped++;
            continue;
          }
          Row row = readRow(r);
          rows.put(row.id, row);
        }
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    Row first = rows.values().iterator().next();
    Row last = first;
    for (Row row : rows.values()) {
      last = row;
    }
    Filter page = f.copy();
    if (order.startsWith("o.area_key")) {
      page.add(
          "(o.area_key > ? OR (o.area_key = ? AND o.org_id >= ?))",
          first.areaKey,
          first.areaKey,
          first.id);
      page.add(
          "(o.area_key < ? OR (o.area_key = ? AND o.org_id <= ?))",
          last.areaKey,
          last.areaKey,
          last.id);
    } else {
      page.add("o.org_id >= ? AND o.org_id <= ?", first.id, last.id);
    }
    boolean oneArea = order.startsWith("o.area_key") && first.areaKey.equals(last.areaKey);
    if (!loadChildren(c, rows, page, oneArea ? first : null, last)) {
      return null;
    }
    if (!lastAttempt) {
      for (Row row : rows.values()) {
        if (!row.complete()) {
          return null;
        }
      }
    }
    List<Organization> out = new ArrayList<>(rows.size());
    for (Row row : rows.values()) {
      out.add(row.organization());
    }
    return out;
  }

  // ------------------------------------------------------------------ rows

  /** One organization as read: the main row, then its lists. */
  private final class Row {
    String id;
    long version;
    String name;
    String legalForm;
    String status;
    String division;
    String uscc;
    LocalDate registeredOn;
    String filingDivision;
    LocalDate filedOn;
    String hubOf;
    String federationOf;
    int domainMask;
    String domainCodes;
    int assistant;
    int intermediate;
    int senior;
    int reports;
    int grades;
    int members;
    int landings;
    String areaKey;
    int details;
    int contacts;
    int attrs;
    RegistrationDetails detailRow = RegistrationDetails.EMPTY;
    final List<ContactPhone> phoneList = new ArrayList<>();
    final List<ContactPerson> contactList = new ArrayList<>();
    final Map<String, String> attrMap = new java.util.TreeMap<>();
    int contactRows;
    final List<AnnualReport> reportList = new ArrayList<>();
    final List<GradeAward> gradeList = new ArrayList<>();
    final List<OrganizationId> memberList = new ArrayList<>();
    final List<Landing> landingList = new ArrayList<>();

    /** Whether every list holds as many entries as the main row counts. */
    boolean complete() {
      return reportList.size() == reports
          && gradeList.size() == grades
          && memberList.size() == members
          && landingList.size() == landings
          && (details != 1 || detailRow != RegistrationDetails.EMPTY)
          && contactRows == contacts
          && attrMap.size() == attrs;
    }

    Organization organization() {
      if (reportList.size() != reports) {
        throw Columns.rowInvalid("n_reports", org);
      }
      if (gradeList.size() != grades) {
        throw Columns.rowInvalid("n_grades", org);
      }
      if (memberList.size() != members) {
        throw Columns.rowInvalid("n_members", org);
      }
      if (landingList.size() != landings) {
        throw Columns.rowInvalid("n_landings", org);
      }
      if (details < 0
          || details > 1
          || (details == 0) != (detailRow == RegistrationDetails.EMPTY)) {
        throw Columns.rowInvalid("n_detail", org);
      }
      if (contactRows != contacts) {
        throw Columns.rowInvalid("n_contacts", org);
      }
      if (attrMap.size() != attrs) {
        throw Columns.rowInvalid("n_attrs", org);
      }
      Set<ServiceDomain> domains =
          Columns.domains(domainCodes, domainMask, "domain_codes", "domain_mask", org);
      LegalForm form = Rows.enumOf(LegalForm.class, legalForm, "legal_form", org);
      OrganizationStatus st = Rows.enumOf(OrganizationStatus.class, status, "status", org);
      try {
        return Organization.restore(
            new OrganizationSnapshot(
                OrganizationId.of(id),
                version,
                name,
                form,
                st,
                DivisionCode.parse(division),
                uscc == null ? null : UnifiedSocialCreditCode.parse(uscc),
                registeredOn,
                filingDivision == null ? null : DivisionCode.parse(filingDivision),
                filedOn,
                reportList,
                gradeList,
                hubOf == null ? null : DivisionCode.parse(hubOf),
                federationOf == null ? null : DivisionCode.parse(federationOf),
                memberList,
                landingList,
                domains,
                new CertifiedWorkers(assistant, intermediate, senior),
                JdbcOrganizations.this.details(this)));
      } catch (SansheException e) {
        throw Rows.corrupt("org_id", org, e);
      }
    }
  }

  private RegistrationDetails details(Row row) {
    RegistrationDetails d = row.detailRow;
    return new RegistrationDetails(
        d.legalRepresentative(),
        d.email(),
        d.website(),
        row.phoneList,
        row.contactList,
        d.address(),
        d.businessScope(),
        d.supervisingUnit(),
        d.foundedOn(),
        row.attrMap,
        d.incubation(),
        d.closedOn());
  }

  private Row readRow(ResultSet r) throws SQLException {
    Row row = new Row();
    row.id = r.getString(1);
    row.version = r.getLong(2);
    row.name = r.getString(3);
    row.legalForm = r.getString(4);
    row.status = r.getString(5);
    row.division = r.getString(6);
    row.uscc = r.getString(7);
    row.registeredOn = Columns.getDate(r, "registered_on");
    row.filingDivision = r.getString(9);
    row.filedOn = Columns.getDate(r, "filed_on");
    row.hubOf = r.getString(11);
    row.federationOf = r.getString(12);
    row.domainMask = r.getInt(13);
    row.assistant = r.getInt(14);
    row.intermediate = r.getInt(15);
    row.senior = r.getInt(16);
    row.reports = r.getInt(17);
    row.grades = r.getInt(18);
    row.members = r.getInt(19);
    row.landings = r.getInt(20);
    row.areaKey = r.getString(21);
    row.details = r.getInt(22);
    row.contacts = r.getInt(23);
    row.attrs = r.getInt(24);
    row.domainCodes = r.getString(25);
    return row;
  }

  /** Reads the rows of one child table for a page; false if a version moved on meanwhile. */
  private interface ChildReader {
    void read(Row row, ResultSet r) throws SQLException;
  }

  private boolean children(
      Connection c,
      Map<String, Row> rows,
      Filter page,
      String table,
      String columns,
      java.util.function.ToIntFunction<Row> count,
      ChildReader reader)
      throws SQLException {
    boolean any = false;
    for (Row row : rows.values()) {
      if (count.applyAsInt(row) > 0) {
        any = true;
        break;
      }
    }
    if (!any) {
      return true;
    }
    String sql =
        "SELECT c.org_id, o.version, "
            + columns
            + " FROM "
            + table
            + " c JOIN "
            + org
            + " o ON o.org_id = c.org_id"
            + page.where()
            + " ORDER BY c.org_id, "
            + (table.equals(report) ? "c.report_year" : "c.ord");
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setFetchSize(1000);
      page.bind(s);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Row row = rows.get(r.getString(1));
          if (row == null) {
            continue; // saved into the page's range after the main rows were read
          }
          if (r.getLong(2) != row.version) {
            return false;
          }
          reader.read(row, r);
        }
      }
    }
    return true;
  }

  /**
   * Reads the landings of a page whose organizations all have one area key, from the landing index
   * by street: the rows of that key between the page's first and last id, each with the version of
   * the organization that wrote it (rows of organizations outside the page are skipped); false if
   * one was written by another version than the main row read.
   */
  private boolean landingsOfArea(Connection c, Map<String, Row> rows, Row first, Row last)
      throws SQLException {
    boolean any = false;
    for (Row row : rows.values()) {
      if (row.landings > 0) {
        any = true;
        break;
      }
    }
    if (!any) {
      return true;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT org_id, org_version, community, from_day, until_day FROM "
                + landing
                + " WHERE area_key = ? AND org_id >= ? AND org_id <= ?"
                + " ORDER BY area_key, org_id, ord")) {
      s.setFetchSize(1000);
      s.setString(1, first.areaKey);
      s.setString(2, first.id);
      s.setString(3, last.id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Row row = rows.get(r.getString(1));
          if (row == null) {
            continue; // not on the page: filtered out, or saved after the main rows were read
          }
          if (r.getLong(2) != row.version) {
            return false;
          }
          row.landingList.add(landingOf(r, 3));
        }
      }
    }
    return true;
  }

  private static Landing landingOf(ResultSet r, int at) throws SQLException {
    int until = r.getInt(at + 2);
    LocalDate end = r.wasNull() ? null : LocalDate.ofEpochDay(until);
    return new Landing(
        DivisionCode.parse(r.getString(at)), LocalDate.ofEpochDay(r.getInt(at + 1)), end);
  }

  private boolean loadChildren(
      Connection c, Map<String, Row> rows, Filter page, Row areaFirst, Row areaLast)
      throws SQLException {
    try {
      return children(
              c,
              rows,
              page,
              report,
              "c.report_year, c.submitted_on",
              row -> row.reports,
              (row, r) ->
                  row.reportList.add(
                      new AnnualReport(Year.of(r.getInt(3)), LocalDate.ofEpochDay(r.getInt(4)))))
          && children(
              c,
              rows,
              page,
              grade,
              "c.grade_level, c.score, c.awarded_on, c.expires_on",
              row -> row.grades,
              (row, r) ->
                  row.gradeList.add(
                      new GradeAward(
                          gradeOf(r.getInt(3)),
                          r.getInt(4),
                          LocalDate.ofEpochDay(r.getInt(5)),
                          LocalDate.ofEpochDay(r.getInt(6)))))
          && children(
              c,
              rows,
              page,
              member,
              "c.federation_id",
              row -> row.members,
              (row, r) -> row.memberList.add(OrganizationId.of(r.getString(3))))
          && (areaFirst != null
              ? landingsOfArea(c, rows, areaFirst, areaLast)
              : children(
                  c,
                  rows,
                  page,
                  landing,
                  "c.community, c.from_day, c.until_day",
                  row -> row.landings,
                  (row, r) -> row.landingList.add(landingOf(r, 3))))
          && children(
              c,
              rows,
              page,
              detail,
              "c.legal_rep, c.email, c.website, c.addr_place, c.addr_line, c.biz_scope,"
                  + " c.sup_unit, c.founded_on, c.incubator, c.inc_from, c.inc_until, c.inc_grad,"
                  + " c.closed_on",
              row -> row.details,
              (row, r) -> row.detailRow = readDetail(r))
          && children(
              c,
              rows,
              page,
              contact,
              "c.kind, c.person_name, c.title, c.phone, c.personal",
              row -> row.contacts,
              (row, r) -> {
                row.contactRows++;
                String kind = r.getString(3);
                String phone = r.getString(6);
                boolean personal = r.getInt(7) == 1;
                ContactPhone p = phone == null ? null : new ContactPhone(phone, personal);
                if ("P".equals(kind) && p != null) {
                  row.phoneList.add(p);
                } else if ("C".equals(kind)) {
                  row.contactList.add(new ContactPerson(r.getString(4), r.getString(5), p));
                } else {
                  throw Columns.rowInvalid("kind", contact);
                }
              })
          && children(
              c,
              rows,
              page,
              attr,
              "c.attr_key, c.attr_value",
              row -> row.attrs,
              (row, r) -> row.attrMap.put(r.getString(3), r.getString(4)));
    } catch (SansheException e) {
      if (e instanceof JdbcException || e.errorCode() == JdbcError.JDBC_ROW_INVALID) {
        throw e;
      }
      throw Rows.corrupt("org_id", org, e);
    } catch (DateTimeException e) {
      throw Columns.rowInvalid("org_id", org);
    }
  }

  private static LocalDate day(ResultSet r, int column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? null : LocalDate.ofEpochDay(v);
  }

  private RegistrationDetails readDetail(ResultSet r) throws SQLException {
    String place = r.getString(6);
    String line = r.getString(7);
    String incubator = r.getString(11);
    return new RegistrationDetails(
        r.getString(3),
        r.getString(4),
        r.getString(5),
        null,
        null,
        place == null ? null : new RegisteredAddress(DivisionCode.parse(place), line),
        r.getString(8),
        r.getString(9),
        day(r, 10),
        null,
        incubator == null
            ? null
            : new Incubation(OrganizationId.of(incubator), day(r, 12), day(r, 13), day(r, 14)),
        day(r, 15));
  }

  private EvaluationGrade gradeOf(int level) {
    for (EvaluationGrade g : EvaluationGrade.values()) {
      if (g.level() == level) {
        return g;
      }
    }
    throw Columns.rowInvalid("grade_level", grade);
  }

  // ------------------------------------------------------------------ writes

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is changed), or {@code JDBC_CONFLICT} when
   *     a race is lost in {@link TransactionMode#EXTERNAL} mode
   * @throws SansheException with {@code JDBC_TEXT_TOO_LONG} or {@code JDBC_TEXT_INVALID} for text
   *     the columns cannot hold
   */
  @Override
  public Organization save(Organization organization) {
    Objects.requireNonNull(organization, "organization");
    checkText(organization);
    Organization stored = organization.storedAs(organization.version() + 1);
    List<OutboxEvent> events = outbox == null ? List.of() : events(organization, stored.version());
    for (int attempt = 1; ; attempt++) {
      try {
        jdbc.inTransaction(
            "save organization",
            c -> {
              checkHolders(c, organization);
              if (organization.version() == 0) {
                insert(c, List.of(stored));
              } else {
                update(c, organization.version(), stored);
              }
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
        // another server won a unique key first: say which, as the read would have
        jdbc.read("check organization", c -> checkHolders(c, organization));
        if (attempt >= WRITE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static void checkText(Organization o) {
    Rows.text("org_id", o.id().value(), 64);
    Rows.text("org_name", o.name(), 200);
    for (OrganizationId m : o.memberships()) {
      Rows.text("federation_id", m.value(), 64);
    }
  }

  /** Refuses the write as the in-memory store does, from the rows holding its keys. */
  private Void checkHolders(Connection c, Organization o) throws SQLException {
    long current = -1;
    String usccHolder = null;
    String hubHolder = null;
    String federationHolder = null;
    String uscc = o.uscc().map(UnifiedSocialCreditCode::value).orElse(null);
    String hub = o.hubOf().map(DivisionCode::value).orElse(null);
    String federation = o.federationOf().map(DivisionCode::value).orElse(null);
    try (PreparedStatement s = c.prepareStatement(holders)) {
      s.setString(1, o.id().value());
      Columns.setText(s, 2, uscc);
      Columns.setText(s, 3, hub);
      Columns.setText(s, 4, federation);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String id = r.getString(1);
          if (id.equals(o.id().value())) {
            current = r.getLong(2);
            continue;
          }
          if (uscc != null && uscc.equals(r.getString(3))) {
            usccHolder = id;
          }
          if (hub != null && hub.equals(r.getString(4))) {
            hubHolder = id;
          }
          if (federation != null && federation.equals(r.getString(5))) {
            federationHolder = id;
          }
        }
      }
    }
    if (current >= 0 && o.version() == 0) {
      throw new RegistryException(RegistryError.ORGANIZATION_ID_DUPLICATE, o.id());
    }
    long stored = Math.max(0, current);
    if (o.version() != stored) {
      throw new StaleVersionException(
          RegistryError.ORGANIZATION_VERSION_CONFLICT, o.id(), o.version(), stored);
    }
    if (usccHolder != null) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_USCC_DUPLICATE, o.uscc().get(), OrganizationId.of(usccHolder));
    }
    if (hubHolder != null) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_HUB_TAKEN, o.hubOf().get(), OrganizationId.of(hubHolder));
    }
    if (federationHolder != null) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_FEDERATION_TAKEN,
          o.federationOf().get(),
          OrganizationId.of(federationHolder));
    }
    return null;
  }

  private void update(Connection c, long readVersion, Organization o) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(updateOrg)) {
      bindData(s, 1, o);
      s.setString(DATA_COUNT + 1, o.id().value());
      s.setLong(DATA_COUNT + 2, readVersion);
      if (s.executeUpdate() != 1) {
        throw new StaleVersionException(
            RegistryError.ORGANIZATION_VERSION_CONFLICT,
            o.id(),
            readVersion,
            currentVersion(c, o.id()));
      }
    }
    for (String table : List.of(report, grade, member, landing, domain, detail, contact, attr)) {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE org_id = ?")) {
        s.setString(1, o.id().value());
        s.executeUpdate();
      }
    }
    insertChildren(c, List.of(o));
  }

  private long currentVersion(Connection c, OrganizationId id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT version FROM " + org + " WHERE org_id = ?")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  /** Inserts new organizations with their lists, in batches. */
  private void insert(Connection c, List<Organization> list) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(insertOrg)) {
      int queued = 0;
      for (Organization o : list) {
        s.setString(1, o.id().value());
        bindData(s, 2, o);
        s.addBatch();
        if (++queued % Rows.BATCH == 0) {
          s.executeBatch();
        }
      }
      if (queued % Rows.BATCH != 0) {
        s.executeBatch();
      }
    }
    insertChildren(c, list);
  }

  private void bindData(PreparedStatement s, int at, Organization o) throws SQLException {
    String division = o.division().value();
    Optional<UnifiedSocialCreditCode> uscc = o.uscc();
    LocalDate registeredOn =
        o.standing() instanceof LegalStanding.Registered r ? r.registeredOn() : null;
    LegalStanding.Filed filed = o.standing() instanceof LegalStanding.Filed f ? f : null;
    s.setLong(at, o.version());
    s.setString(at + 1, o.name());
    s.setString(at + 2, o.legalForm().name());
    s.setString(at + 3, o.status().name());
    s.setString(at + 4, division);
    s.setString(at + 5, areaKey(o.division()));
    s.setString(at + 6, division.substring(0, 6));
    Columns.setText(s, at + 7, uscc.map(UnifiedSocialCreditCode::value).orElse(null));
    Columns.setDate(s, at + 8, "registeredOn", registeredOn);
    Columns.setText(s, at + 9, filed == null ? null : filed.filingDivision().value());
    Columns.setDate(s, at + 10, "filedOn", filed == null ? null : filed.filedOn());
    Columns.setText(s, at + 11, o.hubOf().map(DivisionCode::value).orElse(null));
    Columns.setText(s, at + 12, o.federationOf().map(DivisionCode::value).orElse(null));
    s.setInt(at + 13, Columns.presetDomainMask(o.domains()));
    s.setInt(at + 14, o.certifiedWorkers().assistant());
    s.setInt(at + 15, o.certifiedWorkers().intermediate());
    s.setInt(at + 16, o.certifiedWorkers().senior());
    s.setInt(at + 17, o.annualReports().size());
    s.setInt(at + 18, o.grades().size());
    s.setInt(at + 19, o.memberships().size());
    s.setInt(at + 20, o.landings().size());
    RegistrationDetails d = o.details();
    s.setInt(at + 21, hasDetailRow(d) ? 1 : 0);
    s.setInt(at + 22, d.phones().size() + d.contacts().size());
    s.setInt(at + 23, d.attributes().size());
    Columns.setText(s, at + 24, Columns.domainCodes(o.domains()));
  }

  private static boolean hasDetailRow(RegistrationDetails d) {
    return d.legalRepresentative() != null
        || d.email() != null
        || d.website() != null
        || d.address() != null
        || d.businessScope() != null
        || d.supervisingUnit() != null
        || d.foundedOn() != null
        || d.incubation() != null
        || d.closedOn() != null;
  }

  private void insertChildren(Connection c, List<Organization> list) throws SQLException {
    try (Batch reports =
            new Batch(
                c,
                "INSERT INTO " + report + " (org_id, report_year, submitted_on) VALUES (?, ?, ?)");
        Batch grades =
            new Batch(
                c,
                "INSERT INTO "
                    + grade
                    + " (org_id, ord, grade_level, score, awarded_on, expires_on)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
        Batch members =
            new Batch(
                c, "INSERT INTO " + member + " (org_id, ord, federation_id) VALUES (?, ?, ?)");
        Batch landings =
            new Batch(
                c,
                "INSERT INTO "
                    + landing
                    + " (org_id, ord, community, from_day, until_day, area_key, org_version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        Batch domains =
            new Batch(c, "INSERT INTO " + domain + " (org_id, domain_code) VALUES (?, ?)");
        Batch details =
            new Batch(
                c,
                "INSERT INTO "
                    + detail
                    + " (org_id, ord, legal_rep, email, website, addr_place, addr_line, biz_scope,"
                    + " sup_unit, founded_on, incubator, inc_from, inc_until, inc_grad, closed_on)"
                    + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Batch contacts =
            new Batch(
                c,
                "INSERT INTO "
                    + contact
                    + " (org_id, ord, kind, person_name, title, phone, personal)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        Batch attrs =
            new Batch(
                c,
                "INSERT INTO "
                    + attr
                    + " (org_id, ord, attr_key, attr_value) VALUES (?, ?, ?, ?)")) {
      for (Organization o : list) {
        String id = o.id().value();
        String area = areaKey(o.division());
        for (AnnualReport r : o.annualReports()) {
          PreparedStatement s = reports.statement();
          s.setString(1, id);
          s.setInt(2, r.year().getValue());
          Columns.setDate(s, 3, "submittedOn", r.submittedOn());
          reports.add();
        }
        int ord = 0;
        for (GradeAward g : o.grades()) {
          PreparedStatement s = grades.statement();
          s.setString(1, id);
          s.setInt(2, ord++);
          s.setInt(3, g.grade().level());
          s.setInt(4, g.score());
          Columns.setDate(s, 5, "awardedOn", g.awardedOn());
          Columns.setDate(s, 6, "expiresOn", g.expiresOn());
          grades.add();
        }
        ord = 0;
        for (OrganizationId m : o.memberships()) {
          PreparedStatement s = members.statement();
          s.setString(1, id);
          s.setInt(2, ord++);
          s.setString(3, m.value());
          members.add();
        }
        ord = 0;
        for (Landing l : o.landings()) {
          PreparedStatement s = landings.statement();
          s.setString(1, id);
          s.setInt(2, ord++);
          s.setString(3, l.community().value());
          Columns.setDate(s, 4, "from", l.from());
          Columns.setDate(s, 5, "until", l.until());
          s.setString(6, area);
          s.setLong(7, o.version());
          landings.add();
        }
        for (ServiceDomain sd : o.domains()) {
          PreparedStatement s = domains.statement();
          s.setString(1, id);
          s.setString(2, sd.code());
          domains.add();
        }
        RegistrationDetails d = o.details();
        if (hasDetailRow(d)) {
          PreparedStatement s = details.statement();
          s.setString(1, id);
          Columns.setText(s, 2, d.legalRepresentative());
          Columns.setText(s, 3, d.email());
          Columns.setText(s, 4, d.website());
          Columns.setText(s, 5, d.address() == null ? null : d.address().place().value());
          Columns.setText(s, 6, d.address() == null ? null : d.address().line());
          Columns.setText(s, 7, d.businessScope());
          Columns.setText(s, 8, d.supervisingUnit());
          Columns.setDate(s, 9, "foundedOn", d.foundedOn());
          Incubation inc = d.incubation();
          Columns.setText(s, 10, inc == null ? null : inc.incubator().value());
          Columns.setDate(s, 11, "incubationFrom", inc == null ? null : inc.from());
          Columns.setDate(s, 12, "incubationUntil", inc == null ? null : inc.until());
          Columns.setDate(s, 13, "graduatedOn", inc == null ? null : inc.graduatedOn());
          Columns.setDate(s, 14, "closedOn", d.closedOn());
          details.add();
        }
        ord = 0;
        for (ContactPhone p : d.phones()) {
          PreparedStatement s = contacts.statement();
          s.setString(1, id);
          s.setInt(2, ord++);
          s.setString(3, "P");
          Columns.setText(s, 4, null);
          Columns.setText(s, 5, null);
          s.setString(6, p.number());
          s.setInt(7, p.personal() ? 1 : 0);
          contacts.add();
        }
        for (ContactPerson p : d.contacts()) {
          PreparedStatement s = contacts.statement();
          s.setString(1, id);
          s.setInt(2, ord++);
          s.setString(3, "C");
          s.setString(4, p.name());
          Columns.setText(s, 5, p.title());
          Columns.setText(s, 6, p.phone() == null ? null : p.phone().number());
          s.setInt(7, p.phone() != null && p.phone().personal() ? 1 : 0);
          contacts.add();
        }
        ord = 0;
        for (Map.Entry<String, String> e : d.attributes().entrySet()) {
          PreparedStatement s = attrs.statement();
          s.setString(1, id);
          s.setInt(2, ord++);
          s.setString(3, e.getKey());
          s.setString(4, e.getValue());
          attrs.add();
        }
      }
    }
  }

  /** A prepared statement prepared on first use and sent in batches; closing sends the rest. */
  static final class Batch implements AutoCloseable {
    private final Connection c;
    private final String sql;
    private PreparedStatement statement;
    private int queued;

    Batch(Connection c, String sql) {
      this.c = c;
      this.sql = sql;
    }

    PreparedStatement statement() throws SQLException {
      if (statement == null) {
        statement = c.prepareStatement(sql);
      }
      return statement;
    }

    void add() throws SQLException {
      statement.addBatch();
      if (++queued % Rows.BATCH == 0) {
        statement.executeBatch();
      }
    }

    @Override
    public void close() throws SQLException {
      if (statement == null) {
        return;
      }
      try (PreparedStatement s = statement) {
        if (queued % Rows.BATCH != 0) {
          s.executeBatch();
        }
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The checks read the stored keys the batch uses (in chunks); the rows are then written in one
   * transaction with batched statements. A unique key won by another server during the write rolls
   * everything back and is reported by index like any other problem.
   *
   * @throws JdbcException if the database fails (nothing is stored)
   */
  @Override
  public void saveAll(List<Organization> organizations, Problems earlier) {
    Objects.requireNonNull(organizations, "organizations");
    Objects.requireNonNull(earlier, "earlier");
    List<Organization> stored = new ArrayList<>(organizations.size());
    Problems.Builder textProblems = Problems.builder().addAll(earlier);
    for (int i = 0; i < organizations.size(); i++) {
      Organization o = organizations.get(i);
      if (o == null) {
        continue;
      }
      try {
        checkText(o);
      } catch (SansheException e) {
        textProblems.add("[" + i + "]", e);
      }
      stored.add(o.storedAs(Math.max(1, o.version())));
    }
    Problems checked = textProblems.build();
    List<OutboxEvent> events = new ArrayList<>();
    if (outbox != null) {
      for (Organization o : organizations) {
        if (o != null && !o.events().isEmpty()) {
          events.addAll(events(o, Math.max(1, o.version())));
        }
      }
    }
    for (int attempt = 1; ; attempt++) {
      try {
        jdbc.inTransaction(
            "import organizations",
            c -> {
              checkBatch(c, organizations, checked).throwIfErrors();
              insert(c, inStreetOrder(stored));
              if (outbox != null) {
                outbox.append(c, events);
              }
              return null;
            });
        return;
      } catch (JdbcException e) {
        if (!e.isConflict() || jdbc.transactionMode() == TransactionMode.EXTERNAL) {
          throw e;
        }
        jdbc.read("check organizations", c -> checkBatch(c, organizations, checked))
            .throwIfErrors();
        if (attempt >= WRITE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * The organizations in the order of the street listings (area key, then id), so that an import
   * writes the rows of one street next to each other: a listing of the street then reads a few
   * table pages instead of one page per organization, and the street index grows at its end.
   */
  private static List<Organization> inStreetOrder(List<Organization> list) {
    String[] keys = new String[list.size()];
    Integer[] order = new Integer[list.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = areaKey(list.get(i).division());
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int byArea = keys[a].compareTo(keys[b]);
          return byArea != 0
              ? byArea
              : list.get(a).id().value().compareTo(list.get(b).id().value());
        });
    List<Organization> sorted = new ArrayList<>(keys.length);
    for (Integer i : order) {
      sorted.add(list.get(i));
    }
    return sorted;
  }

  /** The in-memory store's checks of a batch, against the stored keys and within the batch. */
  private Problems checkBatch(Connection c, List<Organization> list, Problems earlier)
      throws SQLException {
    List<String> ids = new ArrayList<>();
    List<String> usccs = new ArrayList<>();
    List<String> hubs = new ArrayList<>();
    List<String> federations = new ArrayList<>();
    for (Organization o : list) {
      if (o != null) {
        ids.add(o.id().value());
        o.uscc().ifPresent(u -> usccs.add(u.value()));
        o.hubOf().ifPresent(h -> hubs.add(h.value()));
        o.federationOf().ifPresent(f -> federations.add(f.value()));
      }
    }
    Map<String, String> storedIds = holdersOf(c, "org_id", ids);
    Map<String, String> storedUsccs = holdersOf(c, "uscc", usccs);
    Map<String, String> storedHubs = holdersOf(c, "hub_of", hubs);
    Map<String, String> storedFederations = holdersOf(c, "federation_of", federations);
    Problems.Builder problems = Problems.builder().addAll(earlier);
    Map<String, Integer> batchIds = new HashMap<>();
    Map<String, String> batchUsccs = new HashMap<>();
    Map<String, String> batchHubs = new HashMap<>();
    Map<String, String> batchFederations = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Organization o = list.get(i);
      if (o == null) {
        continue;
      }
      try {
        String id = o.id().value();
        if (batchIds.putIfAbsent(id, i) != null || storedIds.containsKey(id)) {
          throw new RegistryException(RegistryError.ORGANIZATION_ID_DUPLICATE, o.id());
        }
        checkAgainst(o, storedUsccs, storedHubs, storedFederations);
        checkAgainst(o, batchUsccs, batchHubs, batchFederations);
        o.uscc().ifPresent(u -> batchUsccs.put(u.value(), id));
        o.hubOf().ifPresent(h -> batchHubs.put(h.value(), id));
        o.federationOf().ifPresent(f -> batchFederations.put(f.value(), id));
      } catch (RegistryException e) {
        problems.add("[" + i + "]", e);
      }
    }
    return problems.build();
  }

  private static void checkAgainst(
      Organization o,
      Map<String, String> usccs,
      Map<String, String> hubs,
      Map<String, String> federations) {
    String id = o.id().value();
    if (o.uscc().isPresent()) {
      String holder = usccs.get(o.uscc().get().value());
      if (holder != null && !holder.equals(id)) {
        throw new RegistryException(
            RegistryError.ORGANIZATION_USCC_DUPLICATE, o.uscc().get(), OrganizationId.of(holder));
      }
    }
    if (o.hubOf().isPresent()) {
      String holder = hubs.get(o.hubOf().get().value());
      if (holder != null && !holder.equals(id)) {
        throw new RegistryException(
            RegistryError.ORGANIZATION_HUB_TAKEN, o.hubOf().get(), OrganizationId.of(holder));
      }
    }
    if (o.federationOf().isPresent()) {
      String holder = federations.get(o.federationOf().get().value());
      if (holder != null && !holder.equals(id)) {
        throw new RegistryException(
            RegistryError.ORGANIZATION_FEDERATION_TAKEN,
            o.federationOf().get(),
            OrganizationId.of(holder));
      }
    }
  }

  /** Maps each stored value of a key column among the given ones to the organization holding it. */
  private Map<String, String> holdersOf(Connection c, String column, List<String> values)
      throws SQLException {
    Map<String, String> found = new HashMap<>();
    if (values.isEmpty()) {
      return found;
    }
    Rows.inChunks(
        c,
        "SELECT " + column + ", org_id FROM " + org + " WHERE " + column + " IN ",
        "",
        values,
        r -> found.put(r.getString(1), r.getString(2)));
    return found;
  }

  static String areaKey(DivisionCode division) {
    String v = division.value();
    return v.length() > 9 ? v.substring(0, 9) : v;
  }

  @Override
  public String toString() {
    return "JdbcOrganizations[" + org + "]";
  }
}
