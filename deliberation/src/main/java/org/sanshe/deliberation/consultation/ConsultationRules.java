package org.sanshe.deliberation.consultation;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The configurable rules of consultations: which parties must take part in each form, and how long
 * a decision is publicized (preset 7 days). The preset {@link #standard()} requires all five
 * parties for councils and hearings, the Party organization, residents' committee and residents for
 * reviews, and the residents' committee and residents for dialogues and online deliberation; it is
 * an illustration, places configure their own. Immutable and thread-safe.
 */
public final class ConsultationRules {

  /** The longest publicity period: 366 days. */
  public static final Duration MAX_PUBLICITY = Duration.ofDays(366);

  private static final Set<Party> FIVE =
      EnumSet.of(
          Party.PARTY_ORGANIZATION,
          Party.RESIDENTS_COMMITTEE,
          Party.SOCIAL_ORGANIZATION,
          Party.RESIDENT_UNIT,
          Party.RESIDENT);

  private static final ConsultationRules STANDARD =
      of(
          Map.of(
              Form.COUNCIL, FIVE,
              Form.HEARING, FIVE,
              Form.REVIEW,
                  EnumSet.of(Party.PARTY_ORGANIZATION, Party.RESIDENTS_COMMITTEE, Party.RESIDENT),
              Form.DIALOGUE, EnumSet.of(Party.RESIDENTS_COMMITTEE, Party.RESIDENT),
              Form.ONLINE, EnumSet.of(Party.RESIDENTS_COMMITTEE, Party.RESIDENT)),
          Duration.ofDays(7));

  private final Map<Form, Set<Party>> required;
  private final Duration publicity;

  private ConsultationRules(Map<Form, Set<Party>> required, Duration publicity) {
    this.required = required;
    this.publicity = publicity;
  }

  /**
   * Returns the preset: see the class description; publicity 7 days.
   *
   * @return the preset
   */
  public static ConsultationRules standard() {
    return STANDARD;
  }

  /**
   * Returns configured rules.
   *
   * @param required the parties required per form (a missing form requires none), not null
   * @param publicity how long decisions are publicized, positive, not null
   * @return the rules
   * @throws AffairsException with {@code CONSULTATION_PUBLICITY_PERIOD_INVALID}
   */
  public static ConsultationRules of(Map<Form, ? extends Set<Party>> required, Duration publicity) {
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(publicity, "publicity");
    if (publicity.isZero() || publicity.isNegative() || publicity.compareTo(MAX_PUBLICITY) > 0) {
      throw new AffairsException(AffairsError.CONSULTATION_PUBLICITY_PERIOD_INVALID, publicity);
    }
    EnumMap<Form, Set<Party>> copy = new EnumMap<>(Form.class);
    for (Form form : Form.values()) {
      Set<Party> parties = required.get(form);
      copy.put(form, parties == null ? Set.of() : Set.copyOf(parties));
    }
    return new ConsultationRules(copy, publicity);
  }

  /**
   * Returns a copy with one form's required parties changed.
   *
   * @param form the form, not null
   * @param parties the parties, not null
   * @return the new rules
   */
  public ConsultationRules requiring(Form form, Set<Party> parties) {
    EnumMap<Form, Set<Party>> copy = new EnumMap<>(required);
    copy.put(Objects.requireNonNull(form, "form"), Objects.requireNonNull(parties, "parties"));
    return of(copy, publicity);
  }

  /**
   * Returns a copy with another publicity period.
   *
   * @param period the period, positive, not null
   * @return the new rules
   * @throws AffairsException with {@code CONSULTATION_PUBLICITY_PERIOD_INVALID}
   */
  public ConsultationRules publicizedFor(Duration period) {
    return of(required, period);
  }

  /**
   * Returns the parties a form requires.
   *
   * @param form the form, not null
   * @return an unmodifiable set
   */
  public Set<Party> required(Form form) {
    return required.get(Objects.requireNonNull(form, "form"));
  }

  /**
   * Returns the publicity period.
   *
   * @return the duration
   */
  public Duration publicity() {
    return publicity;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConsultationRules other
        && required.equals(other.required)
        && publicity.equals(other.publicity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(required, publicity);
  }

  @Override
  public String toString() {
    return "ConsultationRules[" + required + ", publicity " + publicity + "]";
  }
}
