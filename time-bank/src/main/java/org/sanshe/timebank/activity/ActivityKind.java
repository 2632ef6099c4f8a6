package org.sanshe.timebank.activity;

/** What an {@link Activity} is. Immutable. */
public enum ActivityKind {
  /** A published volunteer activity (志愿服务活动) volunteers sign up for. */
  ACTIVITY,
  /** A patrol shift (巡查班次), usually opened from a team's rota with its members signed up. */
  PATROL
}
