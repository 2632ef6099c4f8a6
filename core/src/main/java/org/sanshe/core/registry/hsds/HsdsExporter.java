package org.sanshe.core.registry.hsds;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.division.Division;
import org.sanshe.core.registry.division.Divisions;
import org.sanshe.core.registry.organization.Landing;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.organization.Standing;

/**
 * Exports organizations to HSDS 3.0 shaped records so portals can publish a standard directory.
 *
 * <p>HSDS ids are UUIDs: they are derived from the registry ids as name-based (version 3) UUIDs, so
 * the same organization always gets the same HSDS id. The credit code goes into an {@code
 * organization_identifier} with a configurable org-id.guide scheme; each service domain becomes a
 * {@code service}; each community the organization serves in on the export date becomes a physical
 * {@code location} named from the division directory.
 *
 * <p>Immutable and thread-safe.
 */
public final class HsdsExporter {

  /**
   * The org-id.guide list code of the Unified Social Credit Identifier (统一社会信用代码, GB 32100-2015):
   * {@code CN-USCI}, as listed at {@code https://org-id.guide/list/CN-USCI}. HSDS writes it in
   * {@code organization_identifier.identifier_scheme}, which the specification defines as a scheme
   * according to org-id.guide.
   */
  public static final String ORG_ID_GUIDE_USCI = "CN-USCI";

  private final Divisions divisions;
  private final String usccScheme;

  /**
   * Creates an exporter.
   *
   * @param divisions the directory naming communities, not null
   * @param usccScheme the {@code identifier_scheme} for credit codes, not null
   */
  public HsdsExporter(Divisions divisions, String usccScheme) {
    this.divisions = Objects.requireNonNull(divisions, "divisions");
    this.usccScheme = Objects.requireNonNull(usccScheme, "usccScheme");
  }

  /**
   * Creates an exporter with {@link #ORG_ID_GUIDE_USCI}.
   *
   * @param divisions the directory, not null
   */
  public HsdsExporter(Divisions divisions) {
    this(divisions, ORG_ID_GUIDE_USCI);
  }

  /**
   * Returns the HSDS id of a registry id.
   *
   * @param kind the kind of record, such as {@code organization}
   * @param key the registry key
   * @return a name-based UUID
   */
  static String uuid(String kind, String key) {
    return UUID.nameUUIDFromBytes(("sanshe:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /**
   * Exports one organization as of a date.
   *
   * @param o the organization, not null
   * @param on the date deciding which landings count, not null
   * @return the HSDS records
   */
  public HsdsEntry export(Organization o, LocalDate on) {
    Objects.requireNonNull(o, "o");
    Objects.requireNonNull(on, "on");
    String orgId = uuid("organization", o.id().value());
    List<HsdsOrganizationIdentifier> identifiers = new ArrayList<>(1);
    o.uscc()
        .ifPresent(
            u ->
                identifiers.add(
                    new HsdsOrganizationIdentifier(
                        uuid("organization_identifier", o.id().value()),
                        orgId,
                        usccScheme,
                        "unified_social_credit_code",
                        u.value())));
    Set<DivisionCode> communities = new LinkedHashSet<>();
    for (Landing l : o.landings()) {
      if (l.activeOn(on)) {
        communities.add(l.community());
      }
    }
    List<HsdsLocation> locations = new ArrayList<>();
    for (DivisionCode c : communities) {
      String name = divisions.find(c).map(Division::name).orElse(c.value());
      locations.add(
          new HsdsLocation(
              uuid("location", o.id().value() + "/" + c.value()),
              "physical",
              orgId,
              name,
              o.name() + " serves in " + name,
              c.value(),
              DivisionCodeScheme.of(c).label()));
    }
    Integer year = o.standing() == null ? null : o.standing().since().getYear();
    String form = o.legalForm().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    String standing =
        o.standing() instanceof Standing.Filed
            ? "filed"
            : o.standing() instanceof Standing.Registered ? "registered" : "unregistered";
    String grade = o.gradeOn(on).map(g -> ", evaluation grade " + g.grade().label()).orElse("");
    HsdsOrganization org =
        new HsdsOrganization(
            orgId,
            o.name(),
            o.name() + ": " + form + ", " + standing + grade,
            year,
            form
                + " ("
                + standing
                + ", "
                + o.status().name().toLowerCase(java.util.Locale.ROOT)
                + ")",
            identifiers,
            locations);
    String status = serviceStatus(o);
    List<HsdsService> services = new ArrayList<>();
    for (ServiceDomain d : o.domains()) {
      String label = d.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      services.add(
          new HsdsService(
              uuid("service", o.id().value() + "/" + d.name()),
              orgId,
              o.name() + " - " + label,
              label + " services by " + o.name(),
              status));
    }
    return new HsdsEntry(org, services);
  }

  private static String serviceStatus(Organization o) {
    return switch (o.status()) {
      case ACTIVE -> "active";
      case SUSPENDED -> "temporarily closed";
      case DEREGISTERED, REVOKED -> "defunct";
      case INCUBATING, FILED, REGISTERED -> "inactive";
    };
  }

  @Override
  public String toString() {
    return "HsdsExporter[" + usccScheme + "]";
  }
}
