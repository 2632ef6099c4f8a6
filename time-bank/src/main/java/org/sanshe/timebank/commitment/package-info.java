/**
 * Volunteers' commitments: the minimum of service a year and the providers' age gate, as
 * configurable rules.
 */
package org.sanshe.timebank.commitment;
