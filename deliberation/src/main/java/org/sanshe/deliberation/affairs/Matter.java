package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.kernel.PlausibleTime;
import org.sanshe.deliberation.affairs.error.AffairsError;
import org.sanshe.deliberation.affairs.error.AffairsException;

/**
 * A community public matter (社区公共事务): what was reported, through which channel, where, by whom
 * (masked), how urgent, and, once triaged, the resolution path chosen with its reason.
 *
 * <p>An aggregate: mutable, not thread-safe (a store serializes access). Commands check everything
 * before changing anything and return the event that happened.
 */
public final class Matter {

  private final MatterId id;
  private final MatterReport report;
  private final Instant recordedAt;
  private Triage triage;

  private Matter(MatterId id, MatterReport report, Instant recordedAt) {
    this.id = id;
    this.report = report;
    this.recordedAt = recordedAt;
  }

  /**
   * Records a reported matter.
   *
   * @param id the new matter's id, not null
   * @param report what was reported, not null
   * @param recordedAt when it is recorded, from the injected clock, not null; the report's time
   *     must not be after it (beyond a few minutes of clock skew) nor before 1900
   * @return the new matter
   */
  public static Matter record(MatterId id, MatterReport report, Instant recordedAt) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(recordedAt, "recordedAt");
    PlausibleTime.notAfter(report.reportedAt(), REPORTED_AT, recordedAt);
    return new Matter(id, report, recordedAt);
  }

  private static final Wording REPORTED_AT = Wording.of("The report time", "报告时间");

  /**
   * Returns the event stating that this matter was recorded.
   *
   * @return the event
   */
  public MatterRecorded recorded() {
    return new MatterRecorded(id, report.channel(), report.place(), report.urgency(), recordedAt);
  }

  /**
   * Triages the matter to a resolution path. A matter is triaged once.
   *
   * @param path the path, not null
   * @param reason why this path, not blank
   * @param at when, from the injected clock, not null
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_ALREADY_TRIAGED}, {@code AFFAIRS_TEXT_BLANK} or
   *     {@code AFFAIRS_TIME_BEFORE_LAST} when {@code at} is before the recording
   */
  public MatterTriaged triage(ResolutionPath path, String reason, Instant at) {
    Objects.requireNonNull(at, "at");
    Triage next = new Triage(path, reason, at);
    if (triage != null) {
      throw new AffairsException(AffairsError.AFFAIRS_ALREADY_TRIAGED, id, triage.path());
    }
    if (at.isBefore(recordedAt)) {
      throw new AffairsException(AffairsError.AFFAIRS_TIME_BEFORE_LAST, at, recordedAt);
    }
    triage = next;
    return new MatterTriaged(id, path, next.reason(), at);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public MatterId id() {
    return id;
  }

  /**
   * Returns what was reported.
   *
   * @return the report
   */
  public MatterReport report() {
    return report;
  }

  /**
   * Returns the community the matter lies in.
   *
   * @return the 12-digit community code
   */
  public DivisionCode community() {
    return report.place().division();
  }

  /**
   * Returns when the matter was recorded.
   *
   * @return the instant
   */
  public Instant recordedAt() {
    return recordedAt;
  }

  /**
   * Returns the triage.
   *
   * @return the triage, or empty while untriaged
   */
  public Optional<Triage> triage() {
    return Optional.ofNullable(triage);
  }

  @Override
  public String toString() {
    return "Matter["
        + id
        + ", "
        + report.channel()
        + ", "
        + report.category()
        + ", "
        + report.place()
        + ", "
        + report.reporter()
        + ", "
        + report.urgency()
        + (triage == null ? "" : ", " + triage.path())
        + "]";
  }
}
