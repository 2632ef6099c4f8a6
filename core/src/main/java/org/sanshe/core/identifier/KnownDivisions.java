package org.sanshe.core.identifier;

/**
 * Answers whether a division code names a division known to the caller, for instance a loaded
 * division directory. Implementations must be thread-safe if shared.
 */
@FunctionalInterface
public interface KnownDivisions {

  /**
   * Tells whether a division is known.
   *
   * @param code the code, not null
   * @return true if known
   */
  boolean contains(DivisionCode code);
}
