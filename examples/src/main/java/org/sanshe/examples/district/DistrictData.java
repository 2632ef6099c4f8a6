package org.sanshe.examples.district;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.ResidentIdNumber;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.registry.division.Divisions;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.organization.ServiceDomainCatalogue;

/**
 * The example's own small data: two streets and three communities of Yuhuatai district, Nanjing
 * (雨花台区, 320114), hand-written in {@code divisions.csv} beside this class, and the synthetic
 * personal data the scenario must never print whole. Immutable.
 */
public final class DistrictData {

  /** Beijing time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** 邻里互助: neighbourly mutual aid, a service domain of this district's own (not a preset). */
  public static final ServiceDomain NEIGHBOUR_AID = ServiceDomain.of("NEIGHBOUR_AID");

  /** The district's service domains: the presets and its own neighbourly mutual aid. */
  public static final ServiceDomainCatalogue SERVICE_DOMAINS =
      ServiceDomainCatalogue.presets().with(NEIGHBOUR_AID, "邻里互助", "Neighbourly mutual aid");

  /** Monday 2 March 2026, 09:00 Beijing time: when the working month starts. */
  public static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

  /** The id of the district's time-bank ledger in the database: 雨花台区's division code. */
  public static final String DISTRICT_LEDGER = "320114";

  /** Yuhuatai district, Nanjing. */
  public static final DivisionCode DISTRICT = DivisionCode.parse("320114");

  /** Yuhua street (雨花街道). */
  public static final DivisionCode YUHUA_STREET = DivisionCode.parse("320114001");

  /** Saihongqiao street (赛虹桥街道). */
  public static final DivisionCode SAIHONGQIAO_STREET = DivisionCode.parse("320114002");

  /** Yuhua community (雨花社区). */
  public static final DivisionCode YUHUA_COMMUNITY = DivisionCode.parse("320114001001");

  /** Dingqiang community (丁墙社区). */
  public static final DivisionCode DINGQIANG_COMMUNITY = DivisionCode.parse("320114001002");

  /** Saihongqiao community (赛虹桥社区). */
  public static final DivisionCode SAIHONGQIAO_COMMUNITY = DivisionCode.parse("320114002001");

  /** The first seventeen digits of the volunteer's (synthetic) resident ID number. */
  private static final String VOLUNTEER_ID_BODY = "32011419800315002";

  /** Synthetic mobile numbers of residents who report matters; never printed whole. */
  public static final List<String> REPORTER_PHONES =
      List.of("13905170001", "13905170002", "13905170003", "13905170004", "13905170005");

  private DistrictData() {}

  /**
   * Loads the divisions from the example's resource.
   *
   * @return the directory of the district, its two streets and three communities
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Divisions divisions() {
    try (InputStream in = DistrictData.class.getResourceAsStream("divisions.csv")) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("divisions.csv is missing"));
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return Divisions.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the volunteer's synthetic resident ID number (check character computed).
   *
   * @return the number, valid under GB 11643
   */
  public static ResidentIdNumber volunteerIdNumber() {
    return ResidentIdNumber.parse(volunteerIdNumberText());
  }

  /**
   * Returns the volunteer's synthetic resident ID number as text, for tests that check it is never
   * printed.
   *
   * @return the eighteen characters
   */
  public static String volunteerIdNumberText() {
    return VOLUNTEER_ID_BODY + ResidentIdNumber.checkCharacter(VOLUNTEER_ID_BODY);
  }

  /**
   * Returns a valid civil-affairs credit code registered in Yuhuatai: the organization-code check
   * (GB 11714, position 17) and the GB 32100 check character are both computed.
   *
   * @param category the civil-affairs category character: 1 social group, 2 social service agency,
   *     3 foundation
   * @param serial a serial number below 10^8
   * @return the code
   */
  public static UnifiedSocialCreditCode creditCode(char category, long serial) {
    String subject = String.format("%08d", serial);
    int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (subject.charAt(i) - '0') * weights[i];
    }
    int r = 11 - sum % 11;
    char organizationCheck = r == 10 ? 'X' : r == 11 ? '0' : (char) ('0' + r);
    String body = "5" + category + DISTRICT.value() + subject + organizationCheck;
    return UnifiedSocialCreditCode.parse(body + UnifiedSocialCreditCode.checkCharacter(body));
  }
}
