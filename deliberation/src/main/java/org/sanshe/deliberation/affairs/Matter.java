package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.kernel.PlausibleTime;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * A community public matter (社区公共事务): what was reported, through which channel, where, by whom
 * (masked), how urgent, and, once triaged, the resolution path chosen with its reason.
 *
 * <p>An aggregate: mutable, not thread-safe (each thread works on its own instance, as a store's
 * {@code find} hands out). Commands check everything before changing anything and return the event
 * that happened, which {@link #pendingEvents()} also lists until the matter is stored. {@link
 * #version()} is the stored version it was read at (0 for a new matter), for optimistic writes;
 * {@link #snapshot()} and {@link #restore(MatterSnapshot)} carry the state to and from a store.
 */
public final class Matter {

  private final MatterId id;
  private final MatterReport report;
  private final Instant recordedAt;
  private final long version;
  private final List<MatterEvent> pending = new ArrayList<>();
  private Triage triage;

  private Matter(MatterId id, MatterReport report, Instant recordedAt, long version) {
    this.id = id;
    this.report = report;
    this.recordedAt = recordedAt;
    this.version = version;
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
    Matter matter = new Matter(id, report, recordedAt, 0);
    matter.pending.add(matter.recorded());
    return matter;
  }

  /**
   * Rebuilds a matter from a snapshot, checking every rule the commands guarantee.
   *
   * @param s the snapshot, not null
   * @return the matter at the snapshot's version, with no pending events
   * @throws AffairsException with {@code AFFAIRS_SNAPSHOT_INVALID} naming the rule broken
   */
  public static Matter restore(MatterSnapshot s) {
    Objects.requireNonNull(s, "s");
    if (s.id() == null || s.report() == null || s.recordedAt() == null) {
      throw invalid("id, report and recording time are required", "须有编号、报告和登记时间");
    }
    if (s.version() < 0) {
      throw invalid("the version is not negative", "版本号不为负");
    }
    Instant reported = s.report().reportedAt();
    if (reported.isBefore(PlausibleTime.EARLIEST_INSTANT)
        || reported.getEpochSecond() - PlausibleTime.CLOCK_SKEW.getSeconds()
            > s.recordedAt().getEpochSecond()) {
      throw invalid(
          "a matter is reported before it is recorded, and not before 1900",
          "事项须先报告后登记，且不早于 1900 年");
    }
    if (s.triage() != null && s.triage().triagedAt().isBefore(s.recordedAt())) {
      throw invalid("a matter is triaged after it is recorded", "事项须在登记之后分流");
    }
    Matter matter = new Matter(s.id(), s.report(), s.recordedAt(), s.version());
    matter.triage = s.triage();
    return matter;
  }

  private static final Wording KIND = Wording.of("matter", "事项");

  private static AffairsException invalid(String rule, String ruleZh) {
    return new AffairsException(
        AffairsError.AFFAIRS_SNAPSHOT_INVALID, KIND, Wording.of(rule, ruleZh));
  }

  /**
   * Returns the complete state.
   *
   * @return the snapshot, at this instance's version
   */
  public MatterSnapshot snapshot() {
    return new MatterSnapshot(id, version, report, recordedAt, triage);
  }

  /**
   * Returns the stored version this instance was read at.
   *
   * @return the version, 0 for a matter never stored
   */
  public long version() {
    return version;
  }

  /**
   * Returns the events raised since this instance was created or restored, oldest first.
   *
   * @return an unmodifiable copy
   */
  public List<MatterEvent> pendingEvents() {
    return List.copyOf(pending);
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
    MatterTriaged event = new MatterTriaged(id, path, next.reason(), at);
    pending.add(event);
    return event;
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
