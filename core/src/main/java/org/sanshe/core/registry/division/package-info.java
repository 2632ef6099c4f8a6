/**
 * The division directory: {@link org.sanshe.core.registry.division.Divisions} of districts, streets
 * and towns, communities and villages (national statistical codes), loaded from CSV, with grids and
 * buildings below a community under local codes.
 */
package org.sanshe.core.registry.division;
