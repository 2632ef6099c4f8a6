package org.sanshe.core.registry.organization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * An organization's incubation (孵化): the incubator organization, the agreed period and the
 * graduation date once it graduated (出壳). Immutable and thread-safe; all components but {@code
 * graduatedOn} are non-null.
 *
 * @param incubator the incubating organization (another organization, by id)
 * @param from the first day
 * @param until the agreed end (the day after the last), after {@code from}
 * @param graduatedOn the graduation date, not before {@code from}, or null
 */
public record Incubation(
    OrganizationId incubator, LocalDate from, LocalDate until, LocalDate graduatedOn) {

  /**
   * Checks the components.
   *
   * @throws RegistryException with {@code ORGANIZATION_DATE_ORDER}
   */
  public Incubation {
    Objects.requireNonNull(incubator, "incubator");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (!until.isAfter(from)) {
      throw new RegistryException(RegistryError.ORGANIZATION_DATE_ORDER, until, from);
    }
    if (graduatedOn != null && graduatedOn.isBefore(from)) {
      throw new RegistryException(RegistryError.ORGANIZATION_DATE_ORDER, graduatedOn, from);
    }
  }

  /**
   * Returns the graduation date.
   *
   * @return the date, or empty while incubating
   */
  public Optional<LocalDate> graduation() {
    return Optional.ofNullable(graduatedOn);
  }

  static final Wording GRADUATED = Wording.of("graduated already", "已出壳");
  static final Wording NONE = Wording.of("no incubation", "未孵化");
  static final Wording STARTED = Wording.of("incubated already", "已有孵化记录");
  static final Wording SELF = Wording.of("an organization cannot incubate itself", "组织不能孵化自身");
}
