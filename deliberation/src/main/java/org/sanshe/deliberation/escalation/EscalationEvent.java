package org.sanshe.deliberation.escalation;

import java.time.Instant;
import org.sanshe.deliberation.affairs.MatterId;

/** Something that happened to an escalation case. Implementations are immutable records. */
public sealed interface EscalationEvent permits CaseOpened, CaseEscalated, CaseClosed {

  /**
   * Returns the case.
   *
   * @return the case id
   */
  CaseId caseId();

  /**
   * Returns the matter the case is about.
   *
   * @return the matter id
   */
  MatterId matter();

  /**
   * Returns when it was recorded.
   *
   * @return the instant
   */
  Instant at();
}
