package org.sanshe.core.registry.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.project.NeedId;

/**
 * A call for applications (申报批次) of a programme: open from {@code opensOn} to {@code closesOn}
 * inclusive, unless closed early on {@code closedOn} (applications on or after that day are
 * refused), covering needs of the guidance list.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id, unique in its programme
 * @param title the title, not blank
 * @param opensOn the first day applications are taken
 * @param closesOn the last day, not before {@code opensOn}
 * @param covers the needs covered, ordered and distinct
 * @param closedOn the day it was closed early, or empty
 */
public record Call(
    CallId id,
    String title,
    LocalDate opensOn,
    LocalDate closesOn,
    List<NeedId> covers,
    Optional<LocalDate> closedOn) {

  /**
   * Checks the components.
   *
   * @throws org.sanshe.core.registry.RegistryException with {@code REGISTRY_FIELD_MISSING} or
   *     {@code PROGRAMME_SETTING_INVALID}
   */
  public Call {
    Checks.required(id, "id");
    Checks.required(opensOn, "opensOn");
    Checks.required(closesOn, "closesOn");
    Checks.required(covers, "covers");
    Checks.required(closedOn, "closedOn");
    title = Checks.name(title, Wording.of("The call's title", "申报批次名称"));
    if (closesOn.isBefore(opensOn)) {
      throw Checks.invalid(
          Wording.of("The call's closing date", "申报截止日期"),
          Wording.of("not before its opening date", "不得早于开始日期"));
    }
    covers = List.copyOf(new TreeSet<>(covers));
  }

  /**
   * Tells whether the call takes applications on a day.
   *
   * @param date the day, not null
   * @return true within the dates and before an early close
   */
  public boolean isOpenOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(opensOn)
        && !date.isAfter(closesOn)
        && (closedOn.isEmpty() || date.isBefore(closedOn.get()));
  }
}
