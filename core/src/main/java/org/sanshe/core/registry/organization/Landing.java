package org.sanshe.core.registry.organization;

import java.time.LocalDate;
import java.util.Objects;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * An organization serving in a community (落地) from a date, until a date or open-ended. Immutable.
 *
 * @param community the community or village (12-digit code)
 * @param from the first day
 * @param until the first day it no longer serves there, or null while open
 */
public record Landing(DivisionCode community, LocalDate from, LocalDate until) {

  /**
   * Checks the components.
   *
   * @throws RegistryException with {@code ORGANIZATION_NOT_COMMUNITY} or {@code
   *     ORGANIZATION_DATE_ORDER}
   */
  public Landing {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(from, "from");
    if (!community.kind().isVillageLevel()) {
      throw new RegistryException(RegistryError.ORGANIZATION_NOT_COMMUNITY, "community");
    }
    if (until != null && until.isBefore(from)) {
      throw new RegistryException(RegistryError.ORGANIZATION_DATE_ORDER, until, from);
    }
  }

  /**
   * Tells whether the organization serves in the community on a date.
   *
   * @param date the date, not null
   * @return true if {@code from <= date} and ({@code until} is null or {@code date < until})
   */
  public boolean activeOn(LocalDate date) {
    return !date.isBefore(from) && (until == null || date.isBefore(until));
  }

  /**
   * Tells whether the landing has no end date.
   *
   * @return true while open
   */
  public boolean open() {
    return until == null;
  }
}
