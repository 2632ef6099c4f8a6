package org.sanshe.timebank.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sanshe.core.identifier.ResidentIdNumber;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.authorization.Authorization;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.service.ServiceRecord;
import org.sanshe.timebank.service.ServiceRecords;
import org.sanshe.timebank.service.ServiceStatus;

/**
 * Issues the data of service-record certificates, free of charge, by a coordinator of the issuing
 * organization. Only current, verified records count; corrected ones are replaced by their
 * corrections. Thread-safe if its ports are.
 */
public final class Certificates {

  private final ServiceRecords records;
  private final Authorization authorization;
  private final IdSource numbers;
  private final Clock clock;
  private final ZoneId zone;

  /** Creates the service from the parts a {@link Builder} holds; see {@link #builder()}. */
  private Certificates(
      ServiceRecords records,
      Authorization authorization,
      IdSource numbers,
      Clock clock,
      ZoneId zone) {
    this.records = Objects.requireNonNull(records, "records");
    this.authorization = Objects.requireNonNull(authorization, "authorization");
    this.numbers = Objects.requireNonNull(numbers, "numbers");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Starts a builder: set {@code records}, {@code authorization}, {@code numbers}, {@code clock},
   * {@code zone} (required); every other part has the default its setter names.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Certificates} from named parts. Not thread-safe; build once. */
  public static final class Builder {

    private ServiceRecords records;
    private Authorization authorization;
    private IdSource numbers;
    private Clock clock;
    private ZoneId zone;

    private Builder() {}

    /**
     * Sets the service records; required.
     *
     * @param records the value, not null
     * @return this builder
     */
    public Builder records(ServiceRecords records) {
      this.records = Objects.requireNonNull(records, "records");
      return this;
    }

    /**
     * Sets the authorization rule; required.
     *
     * @param authorization the value, not null
     * @return this builder
     */
    public Builder authorization(Authorization authorization) {
      this.authorization = Objects.requireNonNull(authorization, "authorization");
      return this;
    }

    /**
     * Sets the source of certificate numbers; required.
     *
     * @param numbers the value, not null
     * @return this builder
     */
    public Builder numbers(IdSource numbers) {
      this.numbers = Objects.requireNonNull(numbers, "numbers");
      return this;
    }

    /**
     * Sets the clock; required.
     *
     * @param clock the value, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the zone of calendar days; required.
     *
     * @param zone the value, not null
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Builds it.
     *
     * @return a new instance over the parts set
     * @throws NullPointerException naming the first required part not set
     */
    public Certificates build() {
      return new Certificates(records, authorization, numbers, clock, zone);
    }
  }

  /**
   * Issues a certificate over the verified service of a volunteer between two days.
   *
   * @param actor a coordinator of the issuer, not null
   * @param issuer the issuing organization, not null
   * @param volunteer the volunteer, not null
   * @param name the volunteer's name, masked in the result, not null
   * @param idNumber the volunteer's resident ID number, masked in the result, not null
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the certificate data
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_NOT_AUTHORIZED} if the
   *     actor does not coordinate the issuer
   */
  public ServiceCertificate issue(
      PartyId actor,
      PartyId issuer,
      PartyId volunteer,
      String name,
      ResidentIdNumber idNumber,
      LocalDate from,
      LocalDate to) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(idNumber, "idNumber");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_CERTIFICATE_PERIOD_INVALID);
    }
    authorization.mayCertifyFor(actor, issuer).orThrow();
    Map<String, long[]> totals = new TreeMap<>();
    Map<String, TreeSet<String>> categories = new TreeMap<>();
    long total = 0;
    for (ServiceRecord r : records.ofVolunteer(volunteer)) {
      if (r.status() != ServiceStatus.VERIFIED) {
        continue;
      }
      LocalDate day = r.draft().start().atZone(zone).toLocalDate();
      if (day.isBefore(from) || day.isAfter(to)) {
        continue;
      }
      String key = r.draft().organization().value() + " " + YearMonth.from(day);
      long[] t = totals.computeIfAbsent(key, k -> new long[2]);
      t[0]++;
      t[1] = Math.addExact(t[1], r.credited().toMinutes());
      categories.computeIfAbsent(key, k -> new TreeSet<>()).add(r.draft().category());
      total = Math.addExact(total, r.credited().toMinutes());
    }
    List<ServiceCertificate.Line> lines = new ArrayList<>();
    for (Map.Entry<String, long[]> e : totals.entrySet()) {
      String[] parts = e.getKey().split(" ");
      lines.add(
          new ServiceCertificate.Line(
              PartyId.of(parts[0]),
              YearMonth.parse(parts[1]),
              (int) e.getValue()[0],
              TimeCredit.ofMinutes(e.getValue()[1]),
              new ArrayList<>(categories.get(e.getKey()))));
    }
    return new ServiceCertificate(
        numbers.nextId(),
        maskName(name),
        idNumber.masked(),
        volunteer,
        from,
        to,
        lines,
        TimeCredit.ofMinutes(total),
        issuer,
        actor,
        LocalDate.ofInstant(clock.instant(), zone));
  }

  /**
   * Masks a name: the first character stays, every other becomes {@code *}.
   *
   * @param name the name, not null
   * @return the masked name
   */
  public static String maskName(String name) {
    Objects.requireNonNull(name, "name");
    int[] cps = name.strip().codePoints().toArray();
    if (cps.length == 0) {
      return "";
    }
    StringBuilder b = new StringBuilder().appendCodePoint(cps[0]);
    for (int i = 1; i < cps.length; i++) {
      b.append('*');
    }
    return b.toString();
  }
}
