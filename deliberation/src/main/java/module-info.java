/**
 * Sanshe deliberation: community matters and 622 triage, escalation, consultations, quorum and
 * thresholds, voting methods and participatory budgeting.
 */
module org.sanshe.deliberation {
  requires transitive org.sanshe.core;

  exports org.sanshe.deliberation.ballot;
  exports org.sanshe.deliberation.voting;
  exports org.sanshe.deliberation.budgeting;
  exports org.sanshe.deliberation.pabulib;
  exports org.sanshe.deliberation.preflib;
}
