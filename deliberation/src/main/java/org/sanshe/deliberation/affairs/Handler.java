package org.sanshe.deliberation.affairs;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionLevel;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The named body a matter is dispatched to: a community, a social organization of the registry, a
 * department of a {@link DepartmentCatalogue}, or a street's office meeting. Refers to them by id
 * only. Whether such a body exists is a {@link HandlerDirectory}'s question, asked by the {@link
 * MatterDesk} before a dispatch. Immutable; compares by kind, then code; {@link #toString()} is
 * {@code KIND:code}, which {@link #parse(String)} reads back.
 *
 * @param kind the kind
 * @param code a 12-digit community code, an organization id, a department code, or a 9-digit street
 *     or town code, by kind
 */
public record Handler(HandlerKind kind, String code) implements Comparable<Handler> {

  private static final Wording WHAT = Wording.of("handler", "承办主体");

  /**
   * Checks the code against the kind.
   *
   * @throws NullPointerException if a component is null
   * @throws AffairsException with {@code AFFAIRS_ID_INVALID} when the code does not fit the kind
   */
  public Handler {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    boolean ok =
        switch (kind) {
          case COMMUNITY -> DivisionCode.isValid(code) && code.length() == 12;
          case OFFICE_MEETING -> DivisionCode.isValid(code) && code.length() == 9;
          case SOCIAL_ORGANIZATION -> organizationId(code);
          case DEPARTMENT -> CatalogueEntry.isCode(code);
        };
    if (!ok) {
      throw new AffairsException(AffairsError.AFFAIRS_ID_INVALID, WHAT);
    }
  }

  private static boolean organizationId(String code) {
    try {
      OrganizationId.of(code);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Returns a community as handler.
   *
   * @param community a village-level (12-digit) code, not null
   * @return the handler
   * @throws AffairsException with {@code AFFAIRS_ID_INVALID} for a code above village level
   */
  public static Handler community(DivisionCode community) {
    Objects.requireNonNull(community, "community");
    return new Handler(HandlerKind.COMMUNITY, community.value());
  }

  /**
   * Returns a social organization as handler.
   *
   * @param organization its registry id, not null
   * @return the handler
   */
  public static Handler organization(OrganizationId organization) {
    return new Handler(
        HandlerKind.SOCIAL_ORGANIZATION,
        Objects.requireNonNull(organization, "organization").value());
  }

  /**
   * Returns a department as handler.
   *
   * @param department its catalogue code (see {@link CatalogueEntry}), not null
   * @return the handler
   */
  public static Handler department(String department) {
    return new Handler(HandlerKind.DEPARTMENT, department);
  }

  /**
   * Returns a street's or town's office meeting as handler.
   *
   * @param street a township-level (9-digit) code, not null
   * @return the handler
   */
  public static Handler officeMeeting(DivisionCode street) {
    Objects.requireNonNull(street, "street");
    if (street.level() != DivisionLevel.TOWNSHIP) {
      throw new AffairsException(AffairsError.AFFAIRS_ID_INVALID, WHAT);
    }
    return new Handler(HandlerKind.OFFICE_MEETING, street.value());
  }

  /**
   * Reads {@code KIND:code}.
   *
   * @param text the text, not null
   * @return the handler
   * @throws AffairsException with {@code AFFAIRS_ID_INVALID}
   */
  public static Handler parse(String text) {
    Objects.requireNonNull(text, "text");
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new AffairsException(AffairsError.AFFAIRS_ID_INVALID, WHAT);
    }
    HandlerKind kind;
    try {
      kind = HandlerKind.valueOf(text.substring(0, colon));
    } catch (IllegalArgumentException e) {
      throw new AffairsException(AffairsError.AFFAIRS_ID_INVALID, WHAT);
    }
    return new Handler(kind, text.substring(colon + 1));
  }

  @Override
  public int compareTo(Handler other) {
    int c = kind.compareTo(other.kind);
    return c != 0 ? c : code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return kind + ":" + code;
  }
}
