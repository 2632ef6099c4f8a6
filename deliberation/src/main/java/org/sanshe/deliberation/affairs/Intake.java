package org.sanshe.deliberation.affairs;

import java.time.Clock;
import java.util.Objects;
import org.sanshe.core.intake.ChannelCatalogue;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.internal.Optimistic;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The intake desk of community matters: records what the channels report and triages each matter to
 * a resolution path. Time comes from the injected clock, ids from the injected source.
 *
 * <p>Correct over any {@link Matters} store, and with several servers sharing one: a command loads
 * a fresh matter, applies itself and stores the matter at the next version; it holds no lock. When
 * another writer stored the matter first ({@code AFFAIRS_VERSION_CONFLICT}), {@link
 * #triage(MatterId, ActorId, ResolutionPath, String)} runs again on the newer state (up to {@value
 * Optimistic#ATTEMPTS} times), where a triage that happened meanwhile refuses it with {@code
 * AFFAIRS_ALREADY_TRIAGED}: of two servers triaging at once one succeeds. The overload taking an
 * expected version (a portal's edit form, {@code If-Match}) never re-runs: a matter at another
 * version is refused at once with {@code AFFAIRS_VERSION_CONFLICT}.
 *
 * <p>Immutable and thread-safe when its store is.
 */
public final class Intake {

  private final Matters matters;
  private final Clock clock;
  private final IdSource ids;
  private final ChannelCatalogue channels;
  private final MatterCategoryCatalogue categories;

  /**
   * Creates the desk.
   *
   * @param matters the store, not null
   * @param clock the clock, not null
   * @param ids the id source, not null
   */
  public Intake(Matters matters, Clock clock, IdSource ids) {
    this(matters, clock, ids, ChannelCatalogue.presets(), null);
  }

  private Intake(
      Matters matters,
      Clock clock,
      IdSource ids,
      ChannelCatalogue channels,
      MatterCategoryCatalogue categories) {
    this.matters = Objects.requireNonNull(matters, "matters");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.channels = channels;
    this.categories = categories;
  }

  /**
   * Returns this desk accepting the channels of a catalogue (the presets plus the place's own
   * channels). A new desk accepts the {@link ChannelCatalogue#presets()}.
   *
   * @param catalogue the channels accepted, not null
   * @return the new desk
   */
  public Intake withChannels(ChannelCatalogue catalogue) {
    return new Intake(
        matters, clock, ids, Objects.requireNonNull(catalogue, "catalogue"), categories);
  }

  /**
   * Returns this desk accepting only the categories of a catalogue. A new desk accepts every
   * well-formed category.
   *
   * @param catalogue the categories accepted, not null
   * @return the new desk
   */
  public Intake withCategories(MatterCategoryCatalogue catalogue) {
    return new Intake(
        matters, clock, ids, channels, Objects.requireNonNull(catalogue, "catalogue"));
  }

  /**
   * Records a reported matter under a new id.
   *
   * @param by who records it (a grid worker, a hotline operator, an integration), not null
   * @param report the report, not null
   * @return the event, naming the new matter
   * @throws AffairsException with {@code AFFAIRS_MATTER_DUPLICATE} if the id source repeats
   * @throws org.sanshe.core.error.SansheException with {@code CATALOGUE_ENTRY_UNKNOWN} for a
   *     channel or category the desk's catalogues do not list (nothing is recorded)
   */
  public MatterRecorded record(ActorId by, MatterReport report) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(report, "report");
    channels.require(report.channel());
    if (categories != null) {
      categories.require(report.category());
    }
    Matter matter = Matter.record(MatterId.of(ids.nextId()), report, by, clock.instant());
    matters.add(matter);
    return matter.recorded();
  }

  /**
   * Triages a matter.
   *
   * @param id the matter, not null
   * @param by who triages it, not null
   * @param path the path, not null
   * @param reason why, not blank
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_MATTER_UNKNOWN}, {@code AFFAIRS_ALREADY_TRIAGED}
   *     or {@code AFFAIRS_TEXT_BLANK}
   */
  public MatterTriaged triage(MatterId id, ActorId by, ResolutionPath path, String reason) {
    return triageAt(id, by, path, reason, Optimistic.ANY_VERSION);
  }

  /**
   * Triages a matter the caller saw at a version.
   *
   * @param id the matter, not null
   * @param by who triages it, not null
   * @param path the path, not null
   * @param reason why, not blank
   * @param expectedVersion the version the caller saw, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if the matter is at another
   *     version (nothing changes), or as {@link #triage(MatterId, ActorId, ResolutionPath, String)}
   * @throws org.sanshe.core.error.SansheException with {@code ARGUMENT_INVALID} for a version below
   *     1
   */
  public MatterTriaged triage(
      MatterId id, ActorId by, ResolutionPath path, String reason, long expectedVersion) {
    return triageAt(id, by, path, reason, Optimistic.expected(expectedVersion));
  }

  private MatterTriaged triageAt(
      MatterId id, ActorId by, ResolutionPath path, String reason, long expected) {
    Objects.requireNonNull(id, "id");
    return Optimistic.run(
        Optimistic.MATTER,
        id,
        expected,
        true,
        () ->
            matters
                .find(id)
                .orElseThrow(() -> new AffairsException(AffairsError.AFFAIRS_MATTER_UNKNOWN, id)),
        Matter::version,
        m -> m.triage(by, path, reason, clock.instant()),
        matters::update);
  }
}
