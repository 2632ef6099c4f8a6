package org.sanshe.deliberation.consultation;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The configurable rules of consultations: which parties must take part in each form, and how long
 * a decision is publicized (preset 7 days). The preset {@link #standard()} requires all five
 * parties for councils and hearings, the Party organization, residents' committee and residents for
 * reviews, and the residents' committee and residents for dialogues and online deliberation; it is
 * an illustration, places configure their own. A form the rules do not name (an integrator-defined
 * {@link ConsultationForm}, say) requires no party until {@link #requiring(ConsultationForm, Set)}
 * names some. Immutable and thread-safe.
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
      forForms(
          Map.of(
              ConsultationForm.COUNCIL, FIVE,
              ConsultationForm.HEARING, FIVE,
              ConsultationForm.REVIEW,
                  EnumSet.of(Party.PARTY_ORGANIZATION, Party.RESIDENTS_COMMITTEE, Party.RESIDENT),
              ConsultationForm.DIALOGUE, EnumSet.of(Party.RESIDENTS_COMMITTEE, Party.RESIDENT),
              ConsultationForm.ONLINE, EnumSet.of(Party.RESIDENTS_COMMITTEE, Party.RESIDENT)),
          Duration.ofDays(7));

  /** The forms requiring parties, by code; a form not here requires none. */
  private final Map<ConsultationForm, Set<Party>> required;

  private final Duration publicity;

  private ConsultationRules(Map<ConsultationForm, Set<Party>> required, Duration publicity) {
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
   * Returns configured rules for any forms, presets or integrator-defined.
   *
   * @param required the parties required per form (a missing form requires none), not null, no null
   *     key or value
   * @param publicity how long decisions are publicized, positive, not null
   * @return the rules
   * @throws AffairsException with {@code CONSULTATION_PUBLICITY_PERIOD_INVALID}
   */
  public static ConsultationRules forForms(
      Map<ConsultationForm, ? extends Set<Party>> required, Duration publicity) {
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(publicity, "publicity");
    if (publicity.isZero() || publicity.isNegative() || publicity.compareTo(MAX_PUBLICITY) > 0) {
      throw new AffairsException(AffairsError.CONSULTATION_PUBLICITY_PERIOD_INVALID, publicity);
    }
    TreeMap<ConsultationForm, Set<Party>> copy = new TreeMap<>();
    for (Map.Entry<ConsultationForm, ? extends Set<Party>> e : required.entrySet()) {
      Set<Party> parties = e.getValue() == null ? Set.of() : Set.copyOf(e.getValue());
      if (!parties.isEmpty()) {
        copy.put(Objects.requireNonNull(e.getKey(), "form"), parties);
      }
    }
    return new ConsultationRules(Collections.unmodifiableMap(copy), publicity);
  }

  /**
   * Returns configured rules for the former enum's forms.
   *
   * @param required the parties required per form (a missing form requires none), not null
   * @param publicity how long decisions are publicized, positive, not null
   * @return the rules
   * @throws AffairsException with {@code CONSULTATION_PUBLICITY_PERIOD_INVALID}
   * @deprecated use {@link #forForms(Map, Duration)} with {@link ConsultationForm} keys
   */
  @Deprecated(forRemoval = true)
  public static ConsultationRules of(Map<Form, ? extends Set<Party>> required, Duration publicity) {
    Objects.requireNonNull(required, "required");
    Map<ConsultationForm, Set<Party>> open = new HashMap<>();
    for (Map.Entry<Form, ? extends Set<Party>> e : required.entrySet()) {
      open.put(Objects.requireNonNull(e.getKey(), "form").form(), e.getValue());
    }
    return forForms(open, publicity);
  }

  /**
   * Returns a copy with one form's required parties changed.
   *
   * @param form the form, not null
   * @param parties the parties, not null
   * @return the new rules
   */
  public ConsultationRules requiring(ConsultationForm form, Set<Party> parties) {
    Map<ConsultationForm, Set<Party>> copy = new HashMap<>(required);
    copy.put(Objects.requireNonNull(form, "form"), Objects.requireNonNull(parties, "parties"));
    return forForms(copy, publicity);
  }

  /**
   * Returns a copy with one of the former enum's forms' required parties changed.
   *
   * @param form the form, not null
   * @param parties the parties, not null
   * @return the new rules
   * @deprecated use {@link #requiring(ConsultationForm, Set)}
   */
  @Deprecated(forRemoval = true)
  public ConsultationRules requiring(Form form, Set<Party> parties) {
    return requiring(Objects.requireNonNull(form, "form").form(), parties);
  }

  /**
   * Returns a copy with another publicity period.
   *
   * @param period the period, positive, not null
   * @return the new rules
   * @throws AffairsException with {@code CONSULTATION_PUBLICITY_PERIOD_INVALID}
   */
  public ConsultationRules publicizedFor(Duration period) {
    return forForms(required, period);
  }

  /**
   * Returns the parties a form requires; a form the rules do not name requires none.
   *
   * @param form the form, not null
   * @return an unmodifiable set
   */
  public Set<Party> required(ConsultationForm form) {
    return required.getOrDefault(Objects.requireNonNull(form, "form"), Set.of());
  }

  /**
   * Returns the parties one of the former enum's forms requires.
   *
   * @param form the form, not null
   * @return an unmodifiable set
   * @deprecated use {@link #required(ConsultationForm)}
   */
  @Deprecated(forRemoval = true)
  public Set<Party> required(Form form) {
    return required(Objects.requireNonNull(form, "form").form());
  }

  /**
   * Returns the forms that require parties, with their parties, ordered by the form's code.
   *
   * @return an unmodifiable map; a form not in it requires none
   */
  public Map<ConsultationForm, Set<Party>> requirements() {
    return required;
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
