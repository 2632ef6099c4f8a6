package org.sanshe.core.registry.division;

import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionKind;
import org.sanshe.core.identifier.DivisionLevel;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * One administrative division of the directory: its code, name and the code of its parent. Level
 * and kind follow from the code (a community's kind is {@link DivisionKind#COMMUNITY} when digits
 * 10-12 are 001-199, {@link DivisionKind#VILLAGE} for 200-399, and so on).
 *
 * <p>Immutable and thread-safe; equal when code, name and parent are equal.
 */
public final class Division {

  private final DivisionCode code;
  private final String name;
  private final DivisionCode parent;

  private Division(DivisionCode code, String name, DivisionCode parent) {
    this.code = code;
    this.name = name;
    this.parent = parent;
  }

  private static final Wording NAME = Wording.of("The division's name", "区划名称");

  /**
   * Creates a division whose parent is the one its code states ({@link DivisionCode#parent()}).
   *
   * @param code the code, not null
   * @param name the name, not blank
   * @return the division
   * @throws RegistryException with {@code REGISTRY_DIVISION_NAME_BLANK}
   */
  public static Division of(DivisionCode code, String name) {
    Objects.requireNonNull(code, "code");
    return of(code, name, code.parent().orElse(null));
  }

  /**
   * Creates a division with an explicit parent.
   *
   * @param code the code, not null
   * @param name the name, not blank (stripped)
   * @param parent the parent's code, or null for a top division
   * @return the division
   * @throws RegistryException with {@code REGISTRY_DIVISION_NAME_BLANK}
   */
  public static Division of(DivisionCode code, String name, DivisionCode parent) {
    Objects.requireNonNull(code, "code");
    if (name == null || name.isBlank()) {
      throw new RegistryException(RegistryError.REGISTRY_DIVISION_NAME_BLANK, code);
    }
    return new Division(code, BoundedText.name(name, NAME, BoundedText.MAX_NAME_LENGTH), parent);
  }

  /**
   * Returns the code.
   *
   * @return the code
   */
  public DivisionCode code() {
    return code;
  }

  /**
   * Returns the name, such as {@code 新塍镇}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the level from the code.
   *
   * @return the level
   */
  public DivisionLevel level() {
    return code.level();
  }

  /**
   * Returns the kind from the code.
   *
   * @return the kind
   */
  public DivisionKind kind() {
    return code.kind();
  }

  /**
   * Returns the parent's code.
   *
   * @return the parent, empty for a top division
   */
  public Optional<DivisionCode> parent() {
    return Optional.ofNullable(parent);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Division other
        && code.equals(other.code)
        && name.equals(other.name)
        && Objects.equals(parent, other.parent);
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + name.hashCode();
  }

  @Override
  public String toString() {
    return code + " " + name;
  }
}
