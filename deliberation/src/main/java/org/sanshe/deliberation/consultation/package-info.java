/**
 * Community consultations (社区协商): forms, the lifecycle from proposal to review with a publicity
 * period and objections, required parties per form, minutes, and decisions linked to votes.
 */
package org.sanshe.deliberation.consultation;
