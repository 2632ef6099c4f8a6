package org.sanshe.core.registry.party;

import java.time.LocalDate;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.kernel.BoundedText;

/**
 * A joint Party branch of community social organizations (联合党支部) in one street or town; its members
 * are the organizations whose affiliation names it, all of the same street. Immutable and
 * thread-safe; no component is null.
 *
 * @param id the branch's id
 * @param name the branch's name, a checked name of at most 200 code points
 * @param street the street or town (a 9-digit division)
 * @param formedOn the date it was formed
 */
public record JointBranch(PartyRecordId id, String name, DivisionCode street, LocalDate formedOn) {

  /**
   * Checks the components.
   *
   * @throws org.sanshe.core.registry.RegistryException with {@code PARTY_DIVISION_NOT_STREET}
   */
  public JointBranch {
    Objects.requireNonNull(id, "id");
    name =
        BoundedText.name(
            Objects.requireNonNull(name, "name"), Wording.of("branch name", "支部名称"), 200);
    street = Streets.street(street);
    Objects.requireNonNull(formedOn, "formedOn");
  }
}
