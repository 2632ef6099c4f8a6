package org.sanshe.core.registry.organization;

import java.time.LocalDate;
import java.util.Objects;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;

/**
 * How an organization is recognized: {@link Registered} with civil affairs (legal person, credit
 * code) or {@link Filed} with a street or town (no legal personality, no credit code). Immutable.
 */
public sealed interface LegalStanding {

  /**
   * Returns the date of registration or filing.
   *
   * @return the date
   */
  LocalDate since();

  /**
   * Registered with civil affairs.
   *
   * @param uscc the unified social credit code
   * @param registeredOn the registration date
   */
  record Registered(UnifiedSocialCreditCode uscc, LocalDate registeredOn) implements LegalStanding {
    /** Checks for nulls. */
    public Registered {
      Objects.requireNonNull(uscc, "uscc");
      Objects.requireNonNull(registeredOn, "registeredOn");
    }

    @Override
    public LocalDate since() {
      return registeredOn;
    }
  }

  /**
   * Filed with a street or town.
   *
   * @param filingDivision the street or town (9-digit code)
   * @param filedOn the filing date
   */
  record Filed(DivisionCode filingDivision, LocalDate filedOn) implements LegalStanding {
    /** Checks for nulls. */
    public Filed {
      Objects.requireNonNull(filingDivision, "filingDivision");
      Objects.requireNonNull(filedOn, "filedOn");
    }

    @Override
    public LocalDate since() {
      return filedOn;
    }
  }
}
