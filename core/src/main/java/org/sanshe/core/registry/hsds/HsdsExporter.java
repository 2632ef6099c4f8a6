package org.sanshe.core.registry.hsds;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.division.Division;
import org.sanshe.core.registry.division.Divisions;
import org.sanshe.core.registry.organization.ContactPerson;
import org.sanshe.core.registry.organization.ContactPhone;
import org.sanshe.core.registry.organization.Landing;
import org.sanshe.core.registry.organization.LegalStanding;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.RegistrationDetails;
import org.sanshe.core.registry.organization.ServiceDomain;

/**
 * Exports organizations to HSDS 3.0 shaped records so portals can publish a standard directory.
 *
 * <ul>
 *   <li>HSDS ids are UUIDs: they are derived from the registry ids as name-based (version 3) UUIDs,
 *       so the same organization always gets the same HSDS id.
 *   <li>The credit code goes into an {@code organization_identifier} with the org-id.guide scheme
 *       {@link #ORG_ID_GUIDE_USCI} (configurable).
 *   <li>Each service domain becomes a {@code service}.
 *   <li>Each community the organization serves in on the export date becomes a {@code service_area}
 *       of each of its services, named from the division directory, with the division code and its
 *       scheme ({@link DivisionCodeScheme}). Communities are areas served, not places: they are
 *       never written as {@code location}s.
 *   <li>Locations are the organization's real places. The registry's records hold a registered
 *       address (a place in the division directory and a line) but no postal code, which an HSDS
 *       3.0 {@code address} requires; rather than make one up, the exporter writes a {@code
 *       location} only for each {@link HsdsPlace} the caller supplies, and links every service to
 *       it with a {@code service_at_location}; with no places it writes no location at all.
 * </ul>
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

  /** The {@code extent_type} of service areas: the extent is text, not a polygon. */
  static final String EXTENT_TYPE_TEXT = "text";

  private static final Wording PLACES = Wording.of("The places' keys", "场所标识");
  private static final Wording UNIQUE = Wording.of("must be unique", "不能重复");

  private final Divisions divisions;
  private final String usciScheme;

  /**
   * Creates an exporter.
   *
   * @param divisions the directory naming communities, not null
   * @param usciScheme the {@code identifier_scheme} for credit codes, not null
   */
  public HsdsExporter(Divisions divisions, String usciScheme) {
    this.divisions = Objects.requireNonNull(divisions, "divisions");
    this.usciScheme = Objects.requireNonNull(usciScheme, "usciScheme");
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
   * Exports one organization as of a date, without locations (the registry holds no postal code,
   * which an HSDS address requires).
   *
   * @param o the organization, not null
   * @param on the date deciding which landings count, not null
   * @return the HSDS records
   */
  public HsdsEntry export(Organization o, LocalDate on) {
    return export(o, on, List.of());
  }

  /**
   * Exports one organization as of a date, with the real places the caller knows it delivers its
   * services at.
   *
   * @param o the organization, not null
   * @param on the date deciding which landings count, not null
   * @param places the organization's places, not null, keys unique; may be empty
   * @return the HSDS records
   * @throws SansheException with {@code ARGUMENT_INVALID} if two places share a key
   */
  public HsdsEntry export(Organization o, LocalDate on, List<HsdsPlace> places) {
    Objects.requireNonNull(o, "o");
    Objects.requireNonNull(on, "on");
    List<HsdsPlace> placeList = List.copyOf(places);
    Set<String> keys = new HashSet<>();
    for (HsdsPlace p : placeList) {
      if (!keys.add(p.key())) {
        throw new SansheException(CoreError.ARGUMENT_INVALID, PLACES, UNIQUE);
      }
    }
    String key = o.id().value();
    String orgId = uuid("organization", key);
    List<HsdsOrganizationIdentifier> identifiers = new ArrayList<>(1);
    o.uscc()
        .ifPresent(
            u ->
                identifiers.add(
                    new HsdsOrganizationIdentifier(
                        uuid("organization_identifier", key),
                        orgId,
                        usciScheme,
                        "unified_social_credit_code",
                        u.value())));
    List<HsdsLocation> locations = new ArrayList<>(placeList.size());
    for (HsdsPlace p : placeList) {
      locations.add(
          new HsdsLocation(
              uuid("location", key + "/" + p.key()), "physical", orgId, p.name(), p.description()));
    }
    Set<DivisionCode> communities = new LinkedHashSet<>();
    for (Landing l : o.landings()) {
      if (l.activeOn(on)) {
        communities.add(l.community());
      }
    }
    String status = serviceStatus(o);
    List<HsdsService> services = new ArrayList<>();
    for (ServiceDomain d : o.domains()) {
      String serviceKey = key + "/" + d.code();
      String serviceId = uuid("service", serviceKey);
      String label = d.code().toLowerCase(Locale.ROOT).replace('_', ' ');
      List<HsdsServiceArea> areas = new ArrayList<>(communities.size());
      for (DivisionCode c : communities) {
        areas.add(serviceArea(serviceKey, serviceId, c));
      }
      List<HsdsServiceAtLocation> links = new ArrayList<>(locations.size());
      for (HsdsLocation l : locations) {
        links.add(
            new HsdsServiceAtLocation(
                uuid("service_at_location", serviceKey + "/" + l.id()),
                serviceId,
                l.id(),
                label + " services by " + o.name() + " at " + l.name()));
      }
      services.add(
          new HsdsService(
              serviceId,
              orgId,
              o.name() + " - " + label,
              label + " services by " + o.name(),
              status,
              areas,
              links));
    }
    return new HsdsEntry(organization(o, on, orgId, identifiers, locations), services);
  }

  private HsdsServiceArea serviceArea(String serviceKey, String serviceId, DivisionCode c) {
    DivisionCodeScheme scheme = DivisionCodeScheme.of(c);
    String name = divisions.find(c).map(Division::name).orElse(c.value());
    return new HsdsServiceArea(
        uuid("service_area", serviceKey + "/" + c.value()),
        serviceId,
        name,
        name + ", " + scheme.label() + " " + c.value(),
        scheme.label() + " " + c.value(),
        EXTENT_TYPE_TEXT);
  }

  private static HsdsOrganization organization(
      Organization o,
      LocalDate on,
      String orgId,
      List<HsdsOrganizationIdentifier> identifiers,
      List<HsdsLocation> locations) {
    Integer year = o.standing() == null ? null : o.standing().since().getYear();
    String form = o.legalForm().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String standing =
        o.standing() instanceof LegalStanding.Filed
            ? "filed"
            : o.standing() instanceof LegalStanding.Registered ? "registered" : "unregistered";
    String grade = o.gradeOn(on).map(g -> ", evaluation grade " + g.grade().label()).orElse("");
    RegistrationDetails d = o.details();
    String key = o.id().value();
    List<HsdsPhone> phones = new ArrayList<>();
    int n = 0;
    for (ContactPhone p : d.phones()) {
      if (!p.personal()) {
        phones.add(new HsdsPhone(uuid("phone", key + "/" + n), orgId, null, p.number()));
      }
      n++;
    }
    List<HsdsContact> contacts = new ArrayList<>();
    int c = 0;
    for (ContactPerson p : d.contacts()) {
      String contactId = uuid("contact", key + "/" + c);
      List<HsdsPhone> own =
          p.phone() == null || p.phone().personal()
              ? List.of()
              : List.of(
                  new HsdsPhone(
                      uuid("phone", key + "/contact/" + c), null, contactId, p.phone().number()));
      contacts.add(new HsdsContact(contactId, orgId, masked(p.name()), p.title(), own));
      c++;
    }
    return new HsdsOrganization(
        orgId,
        o.name(),
        o.name() + ": " + form + ", " + standing + grade,
        year,
        form + " (" + standing + ", " + o.status().name().toLowerCase(Locale.ROOT) + ")",
        identifiers,
        locations,
        d.email(),
        d.website(),
        phones,
        contacts);
  }

  private static String masked(String name) {
    int first = Character.charCount(name.codePointAt(0));
    return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
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
    return "HsdsExporter[" + usciScheme + "]";
  }
}
