package org.sanshe.core.registry.programme;

import java.util.Objects;
import org.sanshe.core.registry.project.Need;

/**
 * A need on the guidance list with its status. Holds no personal data (a {@link Need} describes the
 * need, not the resident). Immutable and thread-safe; nulls are refused.
 *
 * @param need the need
 * @param status its status
 */
public record GuidedNeed(Need need, NeedStatus status) {
  /** Checks for nulls. */
  public GuidedNeed {
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(status, "status");
  }
}
