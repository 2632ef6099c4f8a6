package org.sanshe.deliberation.affairs;

import java.time.Clock;
import java.util.Objects;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.error.AffairsError;
import org.sanshe.deliberation.affairs.error.AffairsException;

/**
 * The intake desk of community matters: records what the channels report and triages each matter to
 * a resolution path. Time comes from the injected clock, ids from the injected source. Thread-safe
 * when its store is: a command locks the matter's object, which serializes commands on one matter
 * when the store hands out one instance per matter (as the in-memory store does).
 */
public final class Intake {

  private final Matters matters;
  private final Clock clock;
  private final IdSource ids;

  /**
   * Creates the desk.
   *
   * @param matters the store, not null
   * @param clock the clock, not null
   * @param ids the id source, not null
   */
  public Intake(Matters matters, Clock clock, IdSource ids) {
    this.matters = Objects.requireNonNull(matters, "matters");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /**
   * Records a reported matter under a new id.
   *
   * @param report the report, not null
   * @return the event, naming the new matter
   * @throws AffairsException with {@code AFFAIRS_MATTER_DUPLICATE} if the id source repeats
   */
  public MatterRecorded record(MatterReport report) {
    Objects.requireNonNull(report, "report");
    Matter matter = Matter.record(MatterId.of(ids.nextId()), report, clock.instant());
    matters.add(matter);
    return matter.recorded();
  }

  /**
   * Triages a matter.
   *
   * @param id the matter, not null
   * @param path the path, not null
   * @param reason why, not blank
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_MATTER_UNKNOWN}, {@code AFFAIRS_ALREADY_TRIAGED}
   *     or {@code AFFAIRS_TEXT_BLANK}
   */
  public MatterTriaged triage(MatterId id, ResolutionPath path, String reason) {
    Objects.requireNonNull(id, "id");
    Matter matter =
        matters
            .find(id)
            .orElseThrow(() -> new AffairsException(AffairsError.AFFAIRS_MATTER_UNKNOWN, id));
    synchronized (matter) {
      MatterTriaged event = matter.triage(path, reason, clock.instant());
      matters.update(matter);
      return event;
    }
  }
}
