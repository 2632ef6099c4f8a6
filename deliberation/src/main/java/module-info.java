/**
 * Sanshe deliberation: community matters and 622 triage, escalation, consultations, quorum and
 * thresholds, voting methods and participatory budgeting.
 */
module org.sanshe.deliberation {
  requires transitive org.sanshe.core;

  exports org.sanshe.deliberation.affairs;
  exports org.sanshe.deliberation.error;
  exports org.sanshe.deliberation.memory;
  exports org.sanshe.deliberation.escalation;
  exports org.sanshe.deliberation.consultation;
  exports org.sanshe.deliberation.ownersvote;
  exports org.sanshe.deliberation.contest;
  exports org.sanshe.deliberation.ballot;
  exports org.sanshe.deliberation.counting;
  exports org.sanshe.deliberation.budgeting;
  exports org.sanshe.deliberation.pabulib;
  exports org.sanshe.deliberation.preflib;
}
