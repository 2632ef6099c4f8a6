/**
 * The error codes ({@link org.sanshe.deliberation.error.AffairsError}, catalog {@code affairs}) and
 * the base exception shared by the affairs, escalation, consultation, vote and contest packages.
 */
package org.sanshe.deliberation.error;
