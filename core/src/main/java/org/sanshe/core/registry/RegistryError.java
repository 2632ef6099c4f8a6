package org.sanshe.core.registry;

import java.util.Locale;
import org.sanshe.core.error.ErrorCode;
import org.sanshe.core.error.MessageCatalog;

/**
 * The error codes of the organization registry. Messages live in {@code
 * META-INF/sanshe/registry.properties} and {@code registry_zh.properties}; the javadoc of each
 * constant names its message arguments.
 */
public enum RegistryError implements ErrorCode {
  /** A division code is not in the directory; {0} the code. */
  REGISTRY_DIVISION_UNKNOWN,
  /** A division CSV has the wrong header; {0} the header expected. */
  REGISTRY_CSV_HEADER,
  /** A CSV row has the wrong number of fields or broken quoting; {0} fields expected, {1} found. */
  REGISTRY_CSV_ROW,
  /** A CSV line was longer than the reader accepts; {0} the maximum in characters. */
  REGISTRY_CSV_LINE_TOO_LONG,
  /** The CSV had so many bad lines that reading stopped; {0} how many were reported. */
  REGISTRY_CSV_TOO_MANY_PROBLEMS,
  /** A division's level column does not match its code; {0} the level, {1} the code. */
  REGISTRY_DIVISION_LEVEL_MISMATCH,
  /** A division code appears twice; {0} the code. */
  REGISTRY_DIVISION_DUPLICATE,
  /**
   * A division's parent is neither in the directory nor the code's prefix; {0} code, {1} parent.
   */
  REGISTRY_DIVISION_PARENT_UNKNOWN,
  /** A division or local unit has no name; {0} the code. */
  REGISTRY_DIVISION_NAME_BLANK,
  /** A local code is not 1 to 32 letters, digits, '-' or '_'; {0} the code. */
  REGISTRY_LOCAL_CODE_INVALID,
  /** A local unit's code is taken in its community; {0} the community, {1} the local code. */
  REGISTRY_LOCAL_UNIT_DUPLICATE,
  /** A local unit is not placed under a community or a grid of it; {0} the code, {1} the parent. */
  REGISTRY_LOCAL_UNIT_PARENT,
  /** Reading input failed; {0} the reason. */
  REGISTRY_READ_FAILED,
  /** A JSON element could not be read; {0} the reason. */
  REGISTRY_JSON_INVALID,
  /** A required field is missing; {0} the field. */
  REGISTRY_FIELD_MISSING,
  /** A page request is out of range; {0} offset, {1} limit. */
  REGISTRY_PAGE_INVALID,

  /** An identifier is blank or too long; {0} the kind of identifier. */
  ORGANIZATION_ID_INVALID,
  /** An organization has no name. */
  ORGANIZATION_NAME_BLANK,
  /** A lifecycle transition is not allowed; {0} from, {1} to. */
  ORGANIZATION_TRANSITION_NOT_ALLOWED,
  /** A grade was awarded to an ineligible organization; {0} the reason, {1} the date. */
  ORGANIZATION_GRADE_INELIGIBLE,
  /** A filed organization was given a credit code; {0} the code. */
  ORGANIZATION_FILED_WITH_USCC,
  /** A registered organization has no credit code. */
  ORGANIZATION_REGISTERED_WITHOUT_USCC,
  /** Only community social organizations are filed; {0} the legal form. */
  ORGANIZATION_FILING_NOT_ALLOWED,
  /** A filing must name a street or town; {0} the division. */
  ORGANIZATION_FILING_DIVISION,
  /** A credit code is already held by another organization; {0} the code, {1} its holder. */
  ORGANIZATION_USCC_DUPLICATE,
  /** An organization id is already taken; {0} the id. */
  ORGANIZATION_ID_DUPLICATE,
  /** An evaluation score is outside 0..1000; {0} the score. */
  ORGANIZATION_SCORE_RANGE,
  /** Grade bands are not strictly descending within 0..1000 or miss a grade; {0} the reason. */
  ORGANIZATION_GRADE_BANDS_INVALID,
  /** An annual report for the year exists already; {0} the year. */
  ORGANIZATION_ANNUAL_REPORT_DUPLICATE,
  /** An annual report's year is after its submission or before registration; {0} the year. */
  ORGANIZATION_ANNUAL_REPORT_YEAR,
  /** A division is not a community or village; {0} the field that names it. */
  ORGANIZATION_NOT_COMMUNITY,
  /** A hub organization must serve a street or town; {0} the division. */
  ORGANIZATION_HUB_DIVISION,
  /** The street has a hub organization already; {0} the street, {1} the hub. */
  ORGANIZATION_HUB_TAKEN,
  /** The community has a federation already; {0} the community, {1} the federation. */
  ORGANIZATION_FEDERATION_TAKEN,
  /** The organization joined is no community federation; {0} its id. */
  ORGANIZATION_NOT_FEDERATION,
  /** The organization is a member of the federation already, or not at all; {0} the federation. */
  ORGANIZATION_MEMBERSHIP,
  /** The organization has landed in the community already; {0} the community. */
  ORGANIZATION_ALREADY_LANDED,
  /** The organization has no open landing in the community; {0} the community. */
  ORGANIZATION_NOT_LANDED,
  /** A date comes before the one it must follow; {0} the date, {1} the earlier bound. */
  ORGANIZATION_DATE_ORDER,
  /**
   * A certified social-worker count is negative or too large; {0} the lowest, {1} the highest count
   * allowed.
   */
  ORGANIZATION_COUNT_NEGATIVE,
  /** A civil-affairs credit code's category contradicts the legal form; {0} the legal form. */
  ORGANIZATION_USCC_CATEGORY,
  /** No organization has this id; {0} the id. */
  ORGANIZATION_NOT_FOUND,
  /** The organization was deregistered or revoked and accepts no change; {0} its status. */
  ORGANIZATION_CLOSED,
  /** A write was based on a stale version; {0} the id, {1} the version read, {2} the current. */
  ORGANIZATION_VERSION_CONFLICT,
  /** The snapshot's status and standing disagree; {0} the status. */
  ORGANIZATION_STANDING_MISMATCH,

  /** A social worker has no name. */
  WORKER_NAME_BLANK,
  /** A certificate number is not 4 to 32 letters or digits; {0} the number. */
  WORKER_CERTIFICATE_INVALID,
  /** A certificate number is already held by another worker; {0} the number. */
  WORKER_CERTIFICATE_DUPLICATE,
  /** A general-practice social worker needs at least one assigned community. */
  WORKER_GENERAL_PRACTICE_WITHOUT_COMMUNITY,
  /** No social worker has this id; {0} the id. */
  WORKER_NOT_FOUND,
  /** A write was based on a stale version; {0} the id, {1} the version read, {2} the current. */
  WORKER_VERSION_CONFLICT,

  /** A need has no description. */
  NEED_DESCRIPTION_BLANK,
  /** A project has no title. */
  PROJECT_TITLE_BLANK,
  /** A project transition is not allowed; {0} from, {1} to. */
  PROJECT_TRANSITION_NOT_ALLOWED,
  /** A project has no host community. */
  PROJECT_NO_HOST,
  /** An expert score is outside 0..100; {0} the score. */
  PROJECT_SCORE_RANGE,
  /** Too few expert scores; {0} the minimum, {1} the number given. */
  PROJECT_TOO_FEW_EXPERTS,
  /** An expert scored twice; {0} the expert. */
  PROJECT_EXPERT_DUPLICATE,
  /** A funding amount is not positive; {0} the source, {1} the amount. */
  PROJECT_FUNDING_NOT_POSITIVE,
  /** No project has this id; {0} the id. */
  PROJECT_NOT_FOUND,
  /** A write was based on a stale version; {0} the id, {1} the version read, {2} the current. */
  PROJECT_VERSION_CONFLICT,
  /** A budget policy setting is out of range; {0} the setting, {1} the value. */
  BUDGET_SETTING_INVALID,
  /** A budget figure is negative or inconsistent; {0} the figure, {1} the value. */
  BUDGET_FIGURE_INVALID,

  // programmes (issue 18)
  /** A programme, call or catalogue field breaks its rule; {0} the field, {1} the rule. */
  PROGRAMME_SETTING_INVALID,
  /** A programme id is taken; {0} the id. */
  PROGRAMME_DUPLICATE,
  /** No programme has this id; {0} the id. */
  PROGRAMME_NOT_FOUND,
  /**
   * A programme write was based on a stale version; {0} the id, {1} the version read, {2} the
   * current.
   */
  PROGRAMME_VERSION_CONFLICT,
  /** A call id is taken in its programme; {0} the call. */
  PROGRAMME_CALL_DUPLICATE,
  /** A programme has no call with this id; {0} the call. */
  PROGRAMME_CALL_UNKNOWN,
  /** An application came to a call that is not open on its date; {0} the call. */
  PROGRAMME_CALL_CLOSED,
  /**
   * An organization does not meet a programme's eligibility; {0} the organization, {1} the rule it
   * fails.
   */
  PROGRAMME_ORGANIZATION_INELIGIBLE,
  /** A call covers a need the guidance list has not accepted; {0} the need. */
  PROGRAMME_NEED_NOT_GUIDED,
  /** A guidance-list need cannot move to this status; {0} the need, {1} from, {2} to. */
  GUIDANCE_NEED_TRANSITION,
  /** An application id is taken, or the project already applied to the call; {0} the id. */
  APPLICATION_DUPLICATE,
  /** No application has this id; {0} the id. */
  APPLICATION_NOT_FOUND,
  /**
   * An application write was based on a stale version; {0} the id, {1} the version read, {2} the
   * current.
   */
  APPLICATION_VERSION_CONFLICT,
  /** An application cannot move to this status; {0} from, {1} to. */
  APPLICATION_TRANSITION_NOT_ALLOWED,
  /**
   * An expert tied to the applicant was drawn or seated on its panel; {0} the expert, {1} the
   * organization.
   */
  REVIEW_EXPERT_TIED,
  /** An expert is not in the pool; {0} the expert. */
  REVIEW_EXPERT_UNKNOWN,
  /** Too few untied experts for a panel; {0} the panel size, {1} the experts available. */
  REVIEW_PANEL_TOO_SMALL,
  /** A score came from an expert not on the panel; {0} the expert. */
  REVIEW_SCORER_NOT_ON_PANEL,
  /** A panel breaks a rule; {0} the rule. */
  REVIEW_PANEL_INVALID,
  /** A budget movement's amount is not positive; {0} the field. */
  BUDGET_AMOUNT_NOT_POSITIVE,
  /** A commitment would take a programme's commitments above its budget; {0} the programme. */
  BUDGET_OVERCOMMITTED,
  /**
   * A payment would exceed the amount committed to a project from a source; {0} the project, {1}
   * the source.
   */
  BUDGET_PAYMENT_ABOVE_COMMITTED,
  /**
   * A return would exceed what was paid to a project from a source; {0} the project, {1} the
   * source.
   */
  BUDGET_RETURN_ABOVE_PAID,
  /** A release would take a commitment below what was paid; {0} the project, {1} the source. */
  BUDGET_RELEASE_ABOVE_UNPAID,
  /** No budget has this programme id; {0} the programme. */
  BUDGET_NOT_FOUND,
  /** A programme's budget exists already; {0} the programme. */
  BUDGET_DUPLICATE,
  /**
   * A budget write was based on a stale version; {0} the programme, {1} the version read, {2} the
   * current.
   */
  BUDGET_VERSION_CONFLICT,
  /** A stored budget breaks a rule; {0} the rule. */
  BUDGET_SNAPSHOT_INVALID,

  // issue 19 (access list, party, records)

  /** A task is listed twice on the access list; {0} the task. */
  ACCESS_TASK_DUPLICATE,
  /** The money that follows a task is negative; {0} the field. */
  ACCESS_FUNDING_NEGATIVE,
  /**
   * A task is not on the access list for the requesting department and has no approval; {0} the
   * task, {1} the approving body.
   */
  ACCESS_TASK_UNLISTED,
  /**
   * An unlisted task's approval does not admit it; {0} the task, {1} the field that fails
   * (approving body or date).
   */
  ACCESS_APPROVAL_INVALID,
  /** An assessment indicator is of a banned kind; {0} the indicator, {1} its kind. */
  ACCESS_INDICATOR_BANNED,
  /** A burden report would have too many periods; {0} the most rows. */
  ACCESS_REPORT_TOO_LONG,
  /**
   * An override lifts or lowers what a preset mandates; {0} the setting, {1} the mandated value.
   */
  REGISTRY_PRESET_OVERRIDE_CONTRADICTS,
  /** A Party record names a division that is not a street or town; {0} the division. */
  PARTY_DIVISION_NOT_STREET,
  /** No joint Party branch has this id; {0} the id. */
  PARTY_BRANCH_UNKNOWN,
  /** A Party record's id is taken; {0} the id. */
  PARTY_RECORD_DUPLICATE,
  /**
   * An organization of another street was put in a joint Party branch; {0} the organization, {1}
   * the branch.
   */
  PARTY_JOINT_BRANCH_OTHER_STREET,
  /** A Party affiliation's kind and branch do not fit; {0} the kind. */
  PARTY_AFFILIATION_INVALID,
  /** An organization has no Party record; {0} the organization. */
  PARTY_ORGANIZATION_UNKNOWN,
  /**
   * An organization's Party record was changed by another writer; {0} the organization, {1} the
   * version read, {2} the version stored.
   */
  PARTY_VERSION_CONFLICT,
  /** A day's count of access decisions is negative (a damaged store); {0} the day. */
  ACCESS_COUNT_NEGATIVE,
  /** An access list is issued by a division below the county; {0} the division. */
  ACCESS_ISSUER_INVALID,
  /**
   * An access list was published by another writer; {0} the issuer, {1} the version read, {2} the
   * version stored.
   */
  ACCESS_LIST_VERSION_CONFLICT,
  /** A registered address names a place not in the division directory; {0} the division. */
  ORGANIZATION_PLACE_UNKNOWN,
  /** A field of an organization's record breaks its rule; {0} the field, {1} the rule. */
  ORGANIZATION_RECORD_INVALID,
  /** An incubation command does not fit the incubation's state; {0} the rule. */
  ORGANIZATION_INCUBATION_INVALID,
  /** A worker is neither a certified social worker nor a community worker. */
  WORKER_ROLE_MISSING,

  // issue 18 (durable guidance lists and expert rosters)

  /** A district has a guidance list for the year already; {0} the district, {1} the year. */
  GUIDANCE_DUPLICATE,
  /** A district has no guidance list for the year; {0} the district, {1} the year. */
  GUIDANCE_NOT_FOUND,
  /**
   * A guidance-list write was based on a stale version; {0} the list's key, {1} the version read,
   * {2} the current.
   */
  GUIDANCE_VERSION_CONFLICT,
  /** A district has an expert roster for the year already; {0} the district, {1} the year. */
  REVIEW_ROSTER_DUPLICATE,
  /** A district has no expert roster for the year; {0} the district, {1} the year. */
  REVIEW_ROSTER_NOT_FOUND,
  /**
   * An expert-roster write was based on a stale version; {0} the roster's key, {1} the version
   * read, {2} the current.
   */
  REVIEW_ROSTER_VERSION_CONFLICT,
  /** An expert is enrolled in the roster already; {0} the expert. */
  REVIEW_EXPERT_DUPLICATE,
  /** A panel was drawn for the project's stage already; {0} the project, {1} the stage. */
  REVIEW_PANEL_DUPLICATE,
  /** No panel was drawn for the project's stage; {0} the project, {1} the stage. */
  REVIEW_PANEL_UNKNOWN,
  /** An organization serves more service domains than allowed; {0} the most allowed. */
  ORGANIZATION_DOMAINS_TOO_MANY;

  private static final MessageCatalog MESSAGES =
      MessageCatalog.load(RegistryError.class, "registry");

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
