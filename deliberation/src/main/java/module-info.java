/**
 * Sanshe deliberation: community matters and 622 triage, escalation, consultations, quorum and
 * thresholds, voting methods and participatory budgeting.
 */
module org.sanshe.deliberation {
  requires transitive org.sanshe.core;
}
