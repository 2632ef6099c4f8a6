package org.sanshe.core.satisfaction.response;

import java.util.Objects;
import org.sanshe.core.identifier.HashedIdentity;

/**
 * What makes a response unique: one respondent answers once per subject and period, even in an
 * anonymous survey (the respondent is a keyed hash). Immutable and thread-safe.
 *
 * @param respondent the keyed hash of the respondent
 * @param subject the subject evaluated
 * @param period the period
 */
public record ResponseKey(HashedIdentity respondent, SubjectId subject, Period period) {

  /** Checks the components are non-null. */
  public ResponseKey {
    Objects.requireNonNull(respondent, "respondent");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(period, "period");
  }
}
