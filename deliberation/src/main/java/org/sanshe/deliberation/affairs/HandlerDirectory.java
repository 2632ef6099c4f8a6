package org.sanshe.deliberation.affairs;

import java.util.Objects;
import java.util.function.Predicate;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.KnownDivisions;
import org.sanshe.core.registry.organization.OrganizationId;

/**
 * Answers whether a {@link Handler} exists, so that a dispatch to an unknown one is refused with
 * {@code AFFAIRS_HANDLER_UNKNOWN} before anything changes. {@link #of} combines the sources an
 * integrator has: the division directory for communities and office meetings, the organization
 * registry for social organizations and a {@link DepartmentCatalogue}. Implementations are
 * thread-safe.
 */
@FunctionalInterface
public interface HandlerDirectory {

  /**
   * Tells whether a handler exists.
   *
   * @param handler the handler, not null
   * @return true when matters may be dispatched to it
   */
  boolean exists(Handler handler);

  /**
   * Returns the directory over the usual sources.
   *
   * @param divisions the division directory (core's {@code Divisions} is one), for communities and
   *     streets, not null
   * @param organizations whether an organization is in the registry (for example {@code id ->
   *     organizations.find(id).isPresent()}), not null
   * @param departments the department catalogue, not null
   * @return the directory, thread-safe when its sources are
   */
  static HandlerDirectory of(
      KnownDivisions divisions,
      Predicate<OrganizationId> organizations,
      DepartmentCatalogue departments) {
    Objects.requireNonNull(divisions, "divisions");
    Objects.requireNonNull(organizations, "organizations");
    Objects.requireNonNull(departments, "departments");
    return handler ->
        switch (handler.kind()) {
          case COMMUNITY, OFFICE_MEETING -> divisions.contains(DivisionCode.parse(handler.code()));
          case SOCIAL_ORGANIZATION -> organizations.test(OrganizationId.of(handler.code()));
          case DEPARTMENT -> departments.find(handler.code()).isPresent();
        };
  }
}
