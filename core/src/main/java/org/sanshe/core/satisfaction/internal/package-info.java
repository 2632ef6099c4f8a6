/**
 * Numeric routines of satisfaction scoring (distribution quantiles, special functions). Not
 * exported; not part of the API.
 */
package org.sanshe.core.satisfaction.internal;
