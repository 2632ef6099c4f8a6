package org.sanshe.timebank.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.credit.TimeCredit;

/**
 * The data of a service-record certificate (志愿服务记录证明): the volunteer's masked identity, verified
 * hours per organization and month, the issuer, the date and the certificate number. Holds no
 * unmasked personal data, so it may be logged and printed. Immutable.
 *
 * @param number the certificate number
 * @param maskedName the volunteer's name, masked after the first character
 * @param maskedIdNumber the volunteer's resident ID number, masked
 * @param volunteer the volunteer's party id
 * @param from the first day covered
 * @param to the last day covered
 * @param lines verified hours per organization and month
 * @param total the total verified hours
 * @param issuer the issuing organization
 * @param issuedBy the coordinator who issued it
 * @param issuedOn the issue date
 */
public record ServiceCertificate(
    String number,
    String maskedName,
    String maskedIdNumber,
    PartyId volunteer,
    LocalDate from,
    LocalDate to,
    List<Line> lines,
    TimeCredit total,
    PartyId issuer,
    PartyId issuedBy,
    LocalDate issuedOn) {

  /**
   * Checks for nulls and copies the lines.
   *
   * @throws NullPointerException if a component is null
   */
  public ServiceCertificate {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(maskedName, "maskedName");
    Objects.requireNonNull(maskedIdNumber, "maskedIdNumber");
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    lines = List.copyOf(lines);
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(issuedBy, "issuedBy");
    Objects.requireNonNull(issuedOn, "issuedOn");
  }

  /**
   * Verified hours of one organization in one month.
   *
   * @param organization the recording organization
   * @param month the month
   * @param services how many services
   * @param hours the verified hours
   * @param categories the service categories, sorted
   */
  public record Line(
      PartyId organization,
      YearMonth month,
      int services,
      TimeCredit hours,
      List<String> categories) {
    /**
     * Copies the categories.
     *
     * @throws NullPointerException if a component is null
     */
    public Line {
      Objects.requireNonNull(organization, "organization");
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(hours, "hours");
      categories = List.copyOf(categories);
    }
  }
}
