package org.sanshe.core.registry.organization;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.registry.division.Divisions;

/** Factories for organization tests. */
public final class OrganizationFixture {

  /** The fixed time of the test clock. */
  public static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  /** A fixed clock. */
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** Yuhuatai district. */
  public static final DivisionCode DISTRICT = DivisionCode.parse("320114");

  /** Yuhua street. */
  public static final DivisionCode STREET = DivisionCode.parse("320114001");

  /** Saihongqiao street. */
  public static final DivisionCode OTHER_STREET = DivisionCode.parse("320114002");

  /** A community of Yuhua street. */
  public static final DivisionCode COMMUNITY = DivisionCode.parse("320114001001");

  /** Another community of Yuhua street. */
  public static final DivisionCode OTHER_COMMUNITY = DivisionCode.parse("320114001002");

  /** A community of Saihongqiao street. */
  public static final DivisionCode FAR_COMMUNITY = DivisionCode.parse("320114002001");

  private OrganizationFixture() {}

  /**
   * Returns a small directory: the district, two streets, three communities.
   *
   * @return the directory
   */
  public static Divisions divisions() {
    return Divisions.load(
        new StringReader(
            """
            level,code,name,parentCode,areaCode,cityCode,provinceCode
            area,320114,"雨花台区",3201,320114,3201,32
            street,320114001,"雨花街道",320114,320114,3201,32
            street,320114002,"赛虹桥街道",320114,320114,3201,32
            village,320114001001,"雨花社区居委会",320114001,320114,3201,32
            village,320114001002,"丁墙社区居委会",320114001,320114,3201,32
            village,320114002001,"赛虹桥社区",320114002,320114,3201,32
            """));
  }

  /**
   * Returns a valid civil-affairs credit code numbered n: both check characters computed.
   *
   * @param category the category character: 1, 2, 3 or 9
   * @param n a number below 10^8
   * @return the code
   */
  public static UnifiedSocialCreditCode uscc(char category, long n) {
    String subject = String.format("%08d", n);
    int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (subject.charAt(i) - '0') * weights[i];
    }
    int r = 11 - sum % 11;
    char orgCheck = r == 10 ? 'X' : r == 11 ? '0' : (char) ('0' + r);
    String body = "5" + category + "320114" + subject + orgCheck;
    return UnifiedSocialCreditCode.parse(body + UnifiedSocialCreditCode.checkCharacter(body));
  }

  /**
   * Returns a social service agency registered on a date, not yet stored.
   *
   * @param id the id
   * @param n the number of its credit code
   * @param registeredOn the registration date
   * @return the organization
   */
  public static Organization registered(String id, long n, LocalDate registeredOn) {
    return Organization.create(
        new OrganizationId(id),
        NewOrganization.registered(
            "雨花助老服务中心" + id,
            LegalForm.SOCIAL_SERVICE_AGENCY,
            COMMUNITY,
            uscc('2', n),
            registeredOn),
        CLOCK);
  }

  /**
   * Returns an active registered organization.
   *
   * @param id the id
   * @param n the number of its credit code
   * @param registeredOn the registration date
   * @return the organization
   */
  public static Organization active(String id, long n, LocalDate registeredOn) {
    return registered(id, n, registeredOn).activate(CLOCK);
  }

  /**
   * Returns a filed community social organization, not yet stored.
   *
   * @param id the id
   * @return the organization
   */
  public static Organization filed(String id) {
    return Organization.create(
        new OrganizationId(id),
        NewOrganization.filed("丁墙舞蹈队" + id, OTHER_COMMUNITY, STREET, LocalDate.of(2024, 5, 6)),
        CLOCK);
  }
}
