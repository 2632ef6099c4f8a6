package org.sanshe.core.registry.division;

/** The kind of a unit below a community, identified by a local code. */
public enum LocalUnitKind {
  /** A grid (网格): an area of a community, the unit of grid management. */
  GRID,
  /** A building (楼栋). */
  BUILDING
}
