package org.sanshe.core.registry;

import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;

/**
 * Who acted, as registry events name it: a staff member's or system's id as the integrator assigns
 * it, 1 to 64 characters without white space, or {@link #UNRECORDED} for events raised without one
 * and events stored before Sanshe recorded who acted. Stateless.
 */
public final class Actors {

  /**
   * The actor of events raised without one and of events stored before actors were recorded (a
   * stored event without an actor reads back with this one): {@value}.
   */
  public static final String UNRECORDED = "unrecorded";

  private Actors() {}

  /**
   * Checks an actor id.
   *
   * @param actor the id, may be null
   * @return the id
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID} (the value is never shown)
   */
  public static String check(String actor) {
    if (!valid(actor)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("actor id", "操作人编号"));
    }
    return actor;
  }

  private static boolean valid(String value) {
    if (value == null || value.isEmpty() || value.length() > 64) {
      return false;
    }
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || !BoundedText.isVisible(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Checks an event's actor: null (an event stored before actors were recorded) becomes {@link
   * #UNRECORDED}.
   *
   * @param actor the id, or null
   * @return the actor
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID}
   */
  public static String orUnrecorded(String actor) {
    return actor == null ? UNRECORDED : check(actor);
  }
}
