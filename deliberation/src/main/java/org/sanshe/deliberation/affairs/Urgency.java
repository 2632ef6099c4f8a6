package org.sanshe.deliberation.affairs;

/** How urgent a matter is; declared from least to most urgent, so the natural order ranks them. */
public enum Urgency {
  /** Routine: the ordinary deadlines apply. */
  ROUTINE,
  /** Urgent: to be handled first. */
  URGENT,
  /** An emergency: a risk to safety or health. */
  EMERGENCY
}
