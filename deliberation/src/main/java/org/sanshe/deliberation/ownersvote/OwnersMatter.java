package org.sanshe.deliberation.ownersvote;

/**
 * The matters owners decide jointly under Civil Code Art. 278 (民法典第二百七十八条), in the article's order.
 * Items (6) to (8) need the special majority of at least 3/4; the others more than half.
 */
public enum OwnersMatter {
  /** (1) Making or amending the rules of procedure of the owners' assembly. */
  ASSEMBLY_RULES,
  /** (2) Making or amending the management rules of the buildings. */
  MANAGEMENT_RULES,
  /** (3) Electing or replacing the owners' committee or its members. */
  OWNERS_COMMITTEE,
  /** (4) Hiring or dismissing the property service company or other managers. */
  PROPERTY_MANAGER,
  /** (5) Using the maintenance funds of the buildings and their ancillary facilities. */
  USE_MAINTENANCE_FUNDS,
  /** (6) Raising maintenance funds. */
  RAISE_MAINTENANCE_FUNDS,
  /** (7) Rebuilding or reconstructing buildings and their ancillary facilities. */
  REBUILD,
  /** (8) Changing the use of common parts or using them for business. */
  CHANGE_USE_OF_COMMON_PARTS,
  /** (9) Other major matters on the common parts and joint management. */
  OTHER_MAJOR_MATTER;

  /**
   * Returns the item's number in the article.
   *
   * @return 1 to 9
   */
  public int item() {
    return ordinal() + 1;
  }

  /**
   * Tells whether the item needs at least 3/4 of participating area and owners.
   *
   * @return true for items (6) to (8)
   */
  public boolean needsSpecialMajority() {
    return this == RAISE_MAINTENANCE_FUNDS || this == REBUILD || this == CHANGE_USE_OF_COMMON_PARTS;
  }
}
