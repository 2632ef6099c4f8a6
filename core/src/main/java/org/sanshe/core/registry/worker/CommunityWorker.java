package org.sanshe.core.registry.worker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.worker.CommunityWorkerEvent.CommunityWorkerAppointed;
import org.sanshe.core.registry.worker.CommunityWorkerEvent.CommunityWorkerCertified;
import org.sanshe.core.registry.worker.CommunityWorkerEvent.CommunityWorkerLeft;
import org.sanshe.core.satisfaction.instrument.IndicatorTree;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.core.satisfaction.response.SubjectKind;

/**
 * A community worker (社区工作者): staff of a residents' committee, appraised mostly by residents'
 * satisfaction ({@link #appraisal()}, the 30/10/60 preset), unlike a certified {@link
 * SocialWorker}, who holds a qualification level. A person who is both has a community-worker
 * record linked to the certified record by {@link #certify(SocialWorkerId, Clock)}; the two records
 * may share an id.
 *
 * <p>Immutable and thread-safe: commands return a new worker carrying the raised event in {@link
 * #events()}; refused commands throw {@link RegistryException} and change nothing. The name is
 * personal data: {@link #toString()} masks it.
 */
public final class CommunityWorker {

  private final CommunityWorkerSnapshot state;
  private final List<CommunityWorkerEvent> events;

  private CommunityWorker(CommunityWorkerSnapshot state, List<CommunityWorkerEvent> events) {
    this.state = state;
    this.events = events;
  }

  /**
   * Appoints a community worker.
   *
   * @param id the id, not null
   * @param name the name, not blank
   * @param community the community or village, not null
   * @param post the post, not null
   * @param since the first day, not null
   * @param clock the clock, not null
   * @return the worker (version 0), raising {@link CommunityWorkerAppointed}
   * @throws RegistryException with {@code WORKER_NAME_BLANK} or {@code ORGANIZATION_NOT_COMMUNITY}
   */
  public static CommunityWorker appoint(
      SocialWorkerId id,
      String name,
      DivisionCode community,
      CommunityWorkerPost post,
      LocalDate since,
      Clock clock) {
    Objects.requireNonNull(clock, "clock");
    CommunityWorker w =
        restore(new CommunityWorkerSnapshot(id, 0, name, community, post, since, null, null));
    return w.with(
        w.state, new CommunityWorkerAppointed(id, clock.instant(), community, post, since));
  }

  /**
   * Rebuilds a worker from a snapshot, checking its rules.
   *
   * @param s the snapshot, not null
   * @return the worker without pending events
   * @throws RegistryException with {@code REGISTRY_FIELD_MISSING}, {@code WORKER_NAME_BLANK},
   *     {@code ORGANIZATION_NOT_COMMUNITY} or {@code ORGANIZATION_DATE_ORDER}
   */
  public static CommunityWorker restore(CommunityWorkerSnapshot s) {
    Objects.requireNonNull(s, "s");
    if (s.id() == null) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, "id");
    }
    if (s.community() == null) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, "community");
    }
    if (s.post() == null) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, "post");
    }
    if (s.since() == null) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, "since");
    }
    if (s.name() == null || s.name().isBlank()) {
      throw new RegistryException(RegistryError.WORKER_NAME_BLANK);
    }
    if (!s.community().kind().isVillageLevel()) {
      throw new RegistryException(RegistryError.ORGANIZATION_NOT_COMMUNITY, "community");
    }
    if (s.leftOn() != null && s.leftOn().isBefore(s.since())) {
      throw new RegistryException(RegistryError.ORGANIZATION_DATE_ORDER, s.leftOn(), s.since());
    }
    String name =
        BoundedText.name(
            s.name(),
            Wording.of("The community worker's name", "社区工作者姓名"),
            SocialWorker.MAX_NAME_LENGTH);
    return new CommunityWorker(
        new CommunityWorkerSnapshot(
            s.id(),
            s.version(),
            name,
            s.community(),
            s.post(),
            s.since(),
            s.certifiedAs(),
            s.leftOn()),
        List.of());
  }

  private CommunityWorker with(CommunityWorkerSnapshot next, CommunityWorkerEvent event) {
    CommunityWorker checked = restore(next);
    List<CommunityWorkerEvent> list = new ArrayList<>(events);
    list.add(event);
    return new CommunityWorker(checked.state, List.copyOf(list));
  }

  /**
   * Links the worker to the same person's certified social-worker record.
   *
   * @param socialWorker the certified record, not null
   * @param clock the clock, not null
   * @return the worker, raising {@link CommunityWorkerCertified}
   */
  public CommunityWorker certify(SocialWorkerId socialWorker, Clock clock) {
    Objects.requireNonNull(socialWorker, "socialWorker");
    Objects.requireNonNull(clock, "clock");
    CommunityWorkerSnapshot s = state;
    return with(
        new CommunityWorkerSnapshot(
            s.id(),
            s.version(),
            s.name(),
            s.community(),
            s.post(),
            s.since(),
            socialWorker,
            s.leftOn()),
        new CommunityWorkerCertified(s.id(), clock.instant(), socialWorker));
  }

  /**
   * Records that the worker left the post.
   *
   * @param on the day after the last day, not before the first
   * @param clock the clock, not null
   * @return the worker, raising {@link CommunityWorkerLeft}
   * @throws RegistryException with {@code ORGANIZATION_DATE_ORDER} or {@code ORGANIZATION_CLOSED}
   *     if the worker left already
   */
  public CommunityWorker leave(LocalDate on, Clock clock) {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(clock, "clock");
    CommunityWorkerSnapshot s = state;
    if (s.leftOn() != null) {
      throw new RegistryException(RegistryError.ORGANIZATION_CLOSED, "LEFT");
    }
    return with(
        new CommunityWorkerSnapshot(
            s.id(), s.version(), s.name(), s.community(), s.post(), s.since(), s.certifiedAs(), on),
        new CommunityWorkerLeft(s.id(), clock.instant(), on));
  }

  /**
   * Returns the appraisal of community workers: the local preset street 30%, peers 10%, residents
   * 60% ({@link IndicatorTree#communityWorker()}).
   *
   * @return the indicator tree
   */
  public static IndicatorTree appraisal() {
    return IndicatorTree.communityWorker();
  }

  /**
   * Returns the worker as the subject of a satisfaction survey.
   *
   * @return the subject of kind {@link SubjectKind#COMMUNITY_WORKER}
   */
  public SubjectId subject() {
    return SubjectId.of(SubjectKind.COMMUNITY_WORKER, state.id().value());
  }

  /**
   * Returns this worker as stored under a version, without pending events; for stores.
   *
   * @param storedVersion the version
   * @return the stored worker
   */
  public CommunityWorker storedAs(long storedVersion) {
    CommunityWorkerSnapshot s = state;
    return new CommunityWorker(
        new CommunityWorkerSnapshot(
            s.id(),
            storedVersion,
            s.name(),
            s.community(),
            s.post(),
            s.since(),
            s.certifiedAs(),
            s.leftOn()),
        List.of());
  }

  /**
   * Returns the complete state.
   *
   * @return the snapshot
   */
  public CommunityWorkerSnapshot snapshot() {
    return state;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public SocialWorkerId id() {
    return state.id();
  }

  /**
   * Returns the stored version.
   *
   * @return the version, 0 before the first save
   */
  public long version() {
    return state.version();
  }

  /**
   * Returns the name (unmasked).
   *
   * @return the name
   */
  public String name() {
    return state.name();
  }

  /**
   * Returns the community served.
   *
   * @return the community
   */
  public DivisionCode community() {
    return state.community();
  }

  /**
   * Returns the post.
   *
   * @return the post
   */
  public CommunityWorkerPost post() {
    return state.post();
  }

  /**
   * Returns the certified social-worker record of the same person.
   *
   * @return the record's id, or empty for a worker without certificate
   */
  public Optional<SocialWorkerId> certifiedAs() {
    return Optional.ofNullable(state.certifiedAs());
  }

  /**
   * Tells whether the worker serves on a day.
   *
   * @param day the day, not null
   * @return true from the first day until the day left
   */
  public boolean servesOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(state.since()) && (state.leftOn() == null || day.isBefore(state.leftOn()));
  }

  /**
   * Returns this worker with its pending events naming who acted: every pending event still
   * carrying {@link org.sanshe.core.registry.Actors#UNRECORDED} gets the actor; state and version
   * are unchanged. Call it before saving, with the signed-in staff member's or the system's id.
   *
   * @param actor the actor's id, 1 to 64 characters without white space
   * @return the worker with its events stamped (this one when nothing is pending)
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID} for a bad actor id
   */
  public CommunityWorker actedBy(String actor) {
    org.sanshe.core.registry.Actors.check(actor);
    if (events.isEmpty()) {
      return this;
    }
    List<CommunityWorkerEvent> stamped = new ArrayList<>(events.size());
    for (CommunityWorkerEvent e : events) {
      stamped.add(
          e.actor().equals(org.sanshe.core.registry.Actors.UNRECORDED) ? e.withActor(actor) : e);
    }
    return new CommunityWorker(state, List.copyOf(stamped));
  }

  /**
   * Returns the events raised since the worker was last stored.
   *
   * @return an unmodifiable list
   */
  public List<CommunityWorkerEvent> events() {
    return events;
  }

  static String mask(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    int first = Character.charCount(name.codePointAt(0));
    return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof CommunityWorker w && state.equals(w.state));
  }

  @Override
  public int hashCode() {
    return state.hashCode();
  }

  /**
   * Returns a description with the name masked (first character kept).
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "CommunityWorker["
        + state.id()
        + " v"
        + state.version()
        + " "
        + mask(state.name())
        + " "
        + state.post()
        + " in "
        + state.community()
        + "]";
  }
}
