package org.sanshe.deliberation.affairs;

import java.util.Objects;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * Who took a step on a matter: a staff member's or system's id as the integrator assigns it (a grid
 * worker, a hotline operator, a social worker, a scheduler), or a resident referred to by their
 * keyed hash ({@link #resident(HashedIdentity)}, {@code r:} and the hash), never by name.
 * Immutable; compares by its value.
 *
 * @param value 1 to {@value #MAX_LENGTH} visible characters without white space
 */
public record ActorId(String value) implements Comparable<ActorId> {

  /** The longest actor id: {@value} characters (a resident's {@code r:} and a 64-digit hash). */
  public static final int MAX_LENGTH = 80;

  /**
   * The actor of the steps stored before Sanshe recorded who acted (the recording and triage of
   * matters kept by schema {@code affairs} version 1): {@code unrecorded}. Never use it for new
   * steps.
   */
  public static final ActorId UNRECORDED = new ActorId("unrecorded");

  private static final String RESIDENT = "r:";

  /**
   * Checks the value.
   *
   * @throws NullPointerException if value is null
   * @throws AffairsException with {@code AFFAIRS_ID_INVALID} (the value is never shown)
   */
  public ActorId {
    Objects.requireNonNull(value, "value");
    boolean ok = !value.isEmpty() && value.length() <= MAX_LENGTH;
    for (int i = 0; ok && i < value.length(); i++) {
      char c = value.charAt(i);
      ok = c > ' ' && c < 0x7f;
    }
    if (!ok) {
      throw new AffairsException(
          AffairsError.AFFAIRS_ID_INVALID,
          org.sanshe.core.error.Wording.of("The actor id", "操作人编号"));
    }
  }

  /**
   * Returns a staff member's or system's id.
   *
   * @param value 1 to {@value #MAX_LENGTH} printable ASCII characters without white space
   * @return the actor
   */
  public static ActorId of(String value) {
    return new ActorId(value);
  }

  /**
   * Returns the actor standing for a resident, by keyed hash only.
   *
   * @param resident the resident's hash, not null
   * @return {@code r:} followed by the hash
   */
  public static ActorId resident(HashedIdentity resident) {
    return new ActorId(RESIDENT + Objects.requireNonNull(resident, "resident").hex());
  }

  /**
   * Tells whether this actor stands for a resident.
   *
   * @return true for {@code r:...}
   */
  public boolean isResident() {
    return value.startsWith(RESIDENT);
  }

  @Override
  public int compareTo(ActorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
