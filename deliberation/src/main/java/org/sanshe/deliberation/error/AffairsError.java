package org.sanshe.deliberation.error;

import java.util.Locale;
import org.sanshe.core.error.ErrorCode;
import org.sanshe.core.error.MessageCatalog;

/**
 * The error codes of community affairs, escalation, consultations, votes and contests. Messages
 * live in {@code META-INF/sanshe/affairs.properties} and {@code affairs_zh.properties}. Immutable
 * and thread-safe.
 */
public enum AffairsError implements ErrorCode {
  /** A required text was blank; {0} the field. */
  AFFAIRS_TEXT_BLANK,
  /** An identifier was blank, malformed or taken; {0} the kind of id (never the text). */
  AFFAIRS_ID_INVALID,
  /** A place could not be read; {0} the text, {1} the rule. */
  AFFAIRS_PLACE_INVALID,
  /** A category code was malformed (the text is never shown). */
  AFFAIRS_CATEGORY_INVALID,
  /** A report period was empty or reversed; {0} the start, {1} the end. */
  AFFAIRS_PERIOD_INVALID,
  /** A matter was triaged already; {0} the matter, {1} its path. */
  AFFAIRS_ALREADY_TRIAGED,
  /** A matter is unknown; {0} the matter. */
  AFFAIRS_MATTER_UNKNOWN,
  /** A matter with this id exists already; {0} the matter. */
  AFFAIRS_MATTER_DUPLICATE,
  /** A matter's place is not within a community; {0} the place. */
  AFFAIRS_PLACE_NOT_IN_COMMUNITY,
  /** A triage target share was outside 0..1; {0} the path, {1} the share. */
  AFFAIRS_TARGET_INVALID,
  /** A time went backwards; {0} the time given, {1} the latest time recorded. */
  AFFAIRS_TIME_BEFORE_LAST,
  /**
   * A write was based on a version another writer has replaced (optimistic locking); {0} the kind
   * of aggregate, {1} its id, {2} the version read, {3} the version stored.
   */
  AFFAIRS_VERSION_CONFLICT,
  /** A snapshot broke a rule of its aggregate and was not restored; {0} the kind, {1} the rule. */
  AFFAIRS_SNAPSHOT_INVALID,

  /** An escalation deadline was zero or negative or missing; {0} the level, {1} the duration. */
  ESCALATION_DEADLINE_INVALID,
  /** A case is closed; {0} the case. */
  ESCALATION_CASE_CLOSED,
  /** A case is at the top of the ladder; {0} the case, {1} the level. */
  ESCALATION_TOP_LEVEL,
  /** A case could not be closed without a resolution note; {0} the case. */
  ESCALATION_RESOLUTION_NOTE_REQUIRED,
  /** A case is unknown; {0} the case. */
  ESCALATION_CASE_UNKNOWN,
  /** A matter already has an open case; {0} the matter. */
  ESCALATION_CASE_DUPLICATE,

  /**
   * A transition is not allowed from the current status; {0} the consultation, {1} from, {2} to.
   */
  CONSULTATION_ILLEGAL_TRANSITION,
  /** Required parties are missing; {0} the consultation, {1} the form, {2} the missing parties. */
  CONSULTATION_REQUIRED_PARTY_MISSING,
  /** A participant joined twice; {0} the consultation, {1} the participant. */
  CONSULTATION_PARTICIPANT_DUPLICATE,
  /** Participants can no longer join; {0} the consultation, {1} the status. */
  CONSULTATION_PARTICIPATION_CLOSED,
  /** Minutes can only be recorded while deliberating; {0} the consultation, {1} the status. */
  CONSULTATION_MINUTES_NOT_ALLOWED,
  /** An objection was raised outside the publicity period; {0} the consultation, {1} the period. */
  CONSULTATION_OUTSIDE_PUBLICITY,
  /** The publicity period has not ended; {0} the consultation, {1} its end. */
  CONSULTATION_PUBLICITY_NOT_OVER,
  /** Objections are still pending; {0} the consultation, {1} how many. */
  CONSULTATION_OBJECTIONS_PENDING,
  /** An objection is unknown or already ruled; {0} the consultation, {1} the objection. */
  CONSULTATION_OBJECTION_UNKNOWN,
  /** A publicity period was zero or negative; {0} the period. */
  CONSULTATION_PUBLICITY_PERIOD_INVALID,
  /** A consultation is unknown; {0} the consultation. */
  CONSULTATION_UNKNOWN,

  /** A weight (floor area) was zero or negative; {0} the voter, {1} the weight. */
  VOTE_WEIGHT_NOT_POSITIVE,
  /** A floor area could not be read or overflowed; {0} the text, {1} the rule. */
  VOTE_AREA_INVALID,
  /** A voter appears twice in an electorate; {0} the voter. */
  VOTE_ELECTOR_DUPLICATE,
  /** An electorate has no electors. */
  VOTE_ELECTORATE_EMPTY,
  /** A voter is not in the electorate; {0} the vote, {1} the voter. */
  VOTE_VOTER_INELIGIBLE,
  /** A voter has voted already; {0} the vote, {1} the voter. */
  VOTE_DUPLICATE_VOTER,
  /** A ballot came outside the voting window; {0} the vote, {1} the time, {2} the window. */
  VOTE_OUTSIDE_WINDOW,
  /** A voting window was empty or reversed; {0} opens, {1} closes. */
  VOTE_WINDOW_INVALID,
  /** A vote cannot be decided while open; {0} the vote, {1} the closing time. */
  VOTE_STILL_OPEN,
  /** An option is not on the ballot; {0} the vote, {1} the option. */
  VOTE_OPTION_UNKNOWN,
  /** A vote's options were fewer than two or repeated; {0} the options. */
  VOTE_OPTIONS_INVALID,
  /** A rule needs area weights but the electorate counts heads only; {0} the rule. */
  VOTE_AREA_NOT_RECORDED,
  /** A threshold fraction was outside 0..1; {0} the rule, {1} the fraction. */
  VOTE_THRESHOLD_INVALID,
  /** A vote is unknown; {0} the vote. */
  VOTE_UNKNOWN,

  /** A contest entry or judge is unknown; {0} the kind, {1} the id. */
  CONTEST_UNKNOWN,
  /** A contest entry or judge was added twice; {0} the kind, {1} the id. */
  CONTEST_DUPLICATE,
  /** A judge's weight was zero or negative; {0} the judge, {1} the weight. */
  CONTEST_WEIGHT_NOT_POSITIVE,
  /** A score was outside the scale; {0} the score, {1} the maximum. */
  CONTEST_SCORE_OUT_OF_RANGE,
  /** A judge has not scored an entry; {0} the judge, {1} the entry. */
  CONTEST_SCORE_MISSING,
  /** A public vote count was negative; {0} the entry, {1} the count. */
  CONTEST_VOTES_NEGATIVE,
  /** A contest weight or grade band was outside 0..1; {0} the name, {1} the value. */
  CONTEST_FRACTION_INVALID,
  /** A contest has no entries or no judges; {0} what is missing. */
  CONTEST_INCOMPLETE,
  /** A proposal contest is unknown; {0} the contest. */
  CONTEST_NOT_FOUND;

  private static final MessageCatalog MESSAGES = MessageCatalog.load(AffairsError.class, "affairs");

  @Override
  public String code() {
    return name();
  }

  @Override
  public String template(Locale locale) {
    return MESSAGES.template(name(), locale);
  }

  /**
   * Returns this enum's catalog, for completeness tests.
   *
   * @return the catalog
   */
  public static MessageCatalog catalog() {
    return MESSAGES;
  }
}
