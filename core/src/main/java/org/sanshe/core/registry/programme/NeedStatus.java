package org.sanshe.core.registry.programme;

import java.util.Set;

/** The status of a need on the district's guidance list (项目指导目录). */
public enum NeedStatus {
  /** 已采纳: screened into the guidance list; calls may cover it. */
  ACCEPTED,
  /** 已立项资助: a funded project answers it; calls may still cover it. */
  FUNDED,
  /** 已满足: met; final, calls no longer cover it. */
  MET;

  /**
   * Returns the statuses this one may move to.
   *
   * @return an unmodifiable set
   */
  public Set<NeedStatus> next() {
    return switch (this) {
      case ACCEPTED -> Set.of(FUNDED, MET);
      case FUNDED -> Set.of(MET);
      case MET -> Set.of();
    };
  }

  /**
   * Tells whether a call may cover a need in this status.
   *
   * @return true unless met
   */
  public boolean coverable() {
    return this != MET;
  }
}
