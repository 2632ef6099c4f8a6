/**
 * Proposal contests combining judges' weighted scores with public votes, and year-end assessment
 * grades decided by vote; exact arithmetic throughout.
 */
package org.sanshe.deliberation.contest;
