package org.sanshe.timebank.activity;

/** Where a volunteer's attendance at an activity stands; it only moves forward. Immutable. */
public enum AttendanceState {
  /** Signed up (报名), not yet arrived. */
  SIGNED_UP,
  /** Checked in (签到). */
  CHECKED_IN,
  /** Checked out (签退), awaiting the coordinator's confirmation. */
  CHECKED_OUT,
  /** Confirmed by a coordinator of the recording organization: a verified service record. */
  CONFIRMED
}
