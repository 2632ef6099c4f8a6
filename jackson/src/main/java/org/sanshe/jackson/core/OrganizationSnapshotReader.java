package org.sanshe.jackson.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.AnnualReport;
import org.sanshe.core.registry.organization.CertifiedWorkers;
import org.sanshe.core.registry.organization.EvaluationGrade;
import org.sanshe.core.registry.organization.GradeAward;
import org.sanshe.core.registry.organization.Landing;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.OrganizationSnapshot;
import org.sanshe.core.registry.organization.OrganizationStatus;
import org.sanshe.core.registry.organization.RegistrationDetails;
import org.sanshe.core.registry.organization.ServiceDomain;

/**
 * Reads one {@link OrganizationSnapshot} JSON object straight from the token stream: the fast path
 * of bulk loads and the reader behind {@link RegistryJson}. It always consumes the whole object,
 * even when a value is bad, so a bulk reader can report the element and go on; the first problem is
 * thrown at the end as a {@link SansheException} (for example {@code USCC_CHECK_CHARACTER}, or
 * {@code REGISTRY_JSON_INVALID} naming the field). Unknown fields are refused.
 *
 * <p>Not thread-safe: it caches division codes so that many organizations share one instance per
 * code. Use one reader per thread.
 */
final class OrganizationSnapshotReader {

  private final Map<String, DivisionCode> divisions = new HashMap<>();

  /**
   * Reads the object at the parser's current {@code START_OBJECT} token, leaving the parser on its
   * {@code END_OBJECT}.
   *
   * @param p the parser, not null
   * @return the snapshot
   * @throws SansheException the first problem found, after the object was consumed
   * @throws IOException on a syntax or stream error
   */
  OrganizationSnapshot read(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      SansheException e = invalid("an organization must be a JSON object");
      p.skipChildren();
      throw e;
    }
    JsonStreamContext objectContext = p.getParsingContext();
    OrganizationId id = null;
    long version = 0;
    String name = null;
    LegalForm legalForm = null;
    OrganizationStatus status = null;
    DivisionCode division = null;
    UnifiedSocialCreditCode uscc = null;
    LocalDate registeredOn = null;
    DivisionCode filingDivision = null;
    LocalDate filedOn = null;
    List<AnnualReport> annualReports = List.of();
    List<GradeAward> grades = List.of();
    DivisionCode hubOf = null;
    DivisionCode federationOf = null;
    List<OrganizationId> memberships = List.of();
    List<Landing> landings = List.of();
    Set<ServiceDomain> domains = Set.of();
    CertifiedWorkers certifiedWorkers = null;
    RegistrationDetails details = null;
    SansheException first = null;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String field = p.currentName();
      t = p.nextToken();
      try {
        if (t == JsonToken.VALUE_NULL) {
          continue;
        }
        switch (field) {
          case "id" -> id = new OrganizationId(text(p, field));
          case "version" -> version = number(p, field);
          case "name" -> name = text(p, field);
          case "legalForm" -> legalForm = enumValue(LegalForm.class, text(p, field), field);
          case "status" -> status = enumValue(OrganizationStatus.class, text(p, field), field);
          case "division" -> division = division(text(p, field));
          case "uscc" -> uscc = UnifiedSocialCreditCode.parse(text(p, field));
          case "registeredOn" -> registeredOn = date(text(p, field), field);
          case "filingDivision" -> filingDivision = division(text(p, field));
          case "filedOn" -> filedOn = date(text(p, field), field);
          case "annualReports" -> annualReports = annualReports(p, field);
          case "grades" -> grades = grades(p, field);
          case "hubOf" -> hubOf = division(text(p, field));
          case "federationOf" -> federationOf = division(text(p, field));
          case "memberships" -> memberships = memberships(p, field);
          case "landings" -> landings = landings(p, field);
          case "domains" -> domains = domains(p, field);
          case "certifiedWorkers" -> certifiedWorkers = certifiedWorkers(p, field);
          case "details" -> details = details(p);
          default -> throw invalid("unknown field " + field);
        }
      } catch (SansheException e) {
        if (first == null) {
          first = e;
        }
        while (p.getParsingContext() != objectContext) {
          p.nextToken();
        }
      }
    }
    if (first != null) {
      throw first;
    }
    return new OrganizationSnapshot(
        id,
        version,
        name,
        legalForm,
        status,
        division,
        uscc,
        registeredOn,
        filingDivision,
        filedOn,
        annualReports,
        grades,
        hubOf,
        federationOf,
        memberships,
        landings,
        domains,
        certifiedWorkers,
        details);
  }

  /** Reads the registration details with the parser's mapper; a broken rule is its coded error. */
  private static RegistrationDetails details(JsonParser p) throws IOException {
    try {
      return p.readValueAs(RegistrationDetails.class);
    } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof SansheException s) {
          throw s;
        }
      }
      throw invalid("details: not a registration record");
    }
  }

  private static RegistryException invalid(String reason) {
    return new RegistryException(RegistryError.REGISTRY_JSON_INVALID, reason);
  }

  private static String text(JsonParser p, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw invalid(field + ": expected a string");
    }
    return p.getText();
  }

  private static long number(JsonParser p, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw invalid(field + ": expected a whole number");
    }
    return p.getLongValue();
  }

  private static int intNumber(JsonParser p, String field) throws IOException {
    long n = number(p, field);
    if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
      throw invalid(field + ": number out of range");
    }
    return (int) n;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw invalid(field + ": not one of the allowed values");
    }
  }

  private DivisionCode division(String text) {
    DivisionCode code = divisions.get(text);
    if (code == null) {
      code = DivisionCode.parse(text);
      if (divisions.size() < 100_000) {
        divisions.put(code.value(), code);
      }
    }
    return code;
  }

  /** Parses {@code yyyy-MM-dd} without a formatter. */
  static LocalDate date(String text, String field) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int y = digits(text, 0, 4);
      int m = digits(text, 5, 7);
      int d = digits(text, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
          throw invalid(field + ": not a calendar date");
        }
      }
    }
    throw invalid(field + ": not an ISO date");
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static void startArray(JsonParser p, String field) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw invalid(field + ": expected an array");
    }
  }

  private static void startObject(JsonParser p, String field) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw invalid(field + ": expected an object");
    }
  }

  private static List<AnnualReport> annualReports(JsonParser p, String field) throws IOException {
    startArray(p, field);
    List<AnnualReport> list = new ArrayList<>(4);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      startObject(p, field);
      Year year = null;
      LocalDate submittedOn = null;
      while (p.nextToken() != JsonToken.END_OBJECT) {
        String f = p.currentName();
        p.nextToken();
        switch (f) {
          case "year" -> {
            String y = text(p, f);
            try {
              year = Year.parse(y);
            } catch (DateTimeException e) {
              throw invalid(f + ": not a year");
            }
          }
          case "submittedOn" -> submittedOn = date(text(p, f), f);
          default -> throw invalid("unknown field " + field + "." + f);
        }
      }
      if (year == null || submittedOn == null) {
        throw new RegistryException(
            RegistryError.REGISTRY_FIELD_MISSING, field + ".year/submittedOn");
      }
      list.add(new AnnualReport(year, submittedOn));
    }
    return list;
  }

  private static List<GradeAward> grades(JsonParser p, String field) throws IOException {
    startArray(p, field);
    List<GradeAward> list = new ArrayList<>(2);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      startObject(p, field);
      EvaluationGrade grade = null;
      int score = -1;
      LocalDate awardedOn = null;
      LocalDate expiresOn = null;
      while (p.nextToken() != JsonToken.END_OBJECT) {
        String f = p.currentName();
        p.nextToken();
        switch (f) {
          case "grade" -> grade = EvaluationGrade.parse(text(p, f));
          case "score" -> score = intNumber(p, f);
          case "awardedOn" -> awardedOn = date(text(p, f), f);
          case "expiresOn" -> expiresOn = date(text(p, f), f);
          default -> throw invalid("unknown field " + field + "." + f);
        }
      }
      if (grade == null || awardedOn == null || expiresOn == null) {
        throw new RegistryException(
            RegistryError.REGISTRY_FIELD_MISSING, field + ".grade/awardedOn/expiresOn");
      }
      list.add(new GradeAward(grade, score < 0 ? 0 : score, awardedOn, expiresOn));
    }
    return list;
  }

  private static List<OrganizationId> memberships(JsonParser p, String field) throws IOException {
    startArray(p, field);
    List<OrganizationId> list = new ArrayList<>(2);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(new OrganizationId(text(p, field)));
    }
    return list;
  }

  private List<Landing> landings(JsonParser p, String field) throws IOException {
    startArray(p, field);
    List<Landing> list = new ArrayList<>(2);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      startObject(p, field);
      DivisionCode community = null;
      LocalDate from = null;
      LocalDate until = null;
      while (p.nextToken() != JsonToken.END_OBJECT) {
        String f = p.currentName();
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          continue;
        }
        switch (f) {
          case "community" -> community = division(text(p, f));
          case "from" -> from = date(text(p, f), f);
          case "until" -> until = date(text(p, f), f);
          default -> throw invalid("unknown field " + field + "." + f);
        }
      }
      if (community == null || from == null) {
        throw new RegistryException(
            RegistryError.REGISTRY_FIELD_MISSING, field + ".community/from");
      }
      list.add(new Landing(community, from, until));
    }
    return list;
  }

  private static Set<ServiceDomain> domains(JsonParser p, String field) throws IOException {
    startArray(p, field);
    List<ServiceDomain> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(ServiceDomain.of(text(p, field)));
    }
    return ServiceDomain.sortedSet(list);
  }

  private static CertifiedWorkers certifiedWorkers(JsonParser p, String field) throws IOException {
    startObject(p, field);
    int assistant = 0;
    int intermediate = 0;
    int senior = 0;
    while (p.nextToken() != JsonToken.END_OBJECT) {
      String f = p.currentName();
      p.nextToken();
      switch (f) {
        case "assistant" -> assistant = intNumber(p, f);
        case "intermediate" -> intermediate = intNumber(p, f);
        case "senior" -> senior = intNumber(p, f);
        default -> throw invalid("unknown field " + field + "." + f);
      }
    }
    return assistant == 0 && intermediate == 0 && senior == 0
        ? CertifiedWorkers.NONE
        : new CertifiedWorkers(assistant, intermediate, senior);
  }
}
