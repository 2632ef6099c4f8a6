package org.sanshe.core.registry.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ProjectEvent.ProjectDrafted;
import org.sanshe.core.registry.project.ProjectEvent.ProjectFunded;
import org.sanshe.core.registry.project.ProjectEvent.ProjectReviewed;
import org.sanshe.core.registry.project.ProjectEvent.ProjectStatusChanged;

/**
 * A public-welfare project (公益创投 / purchased service): an implementing organization (by id), host
 * communities, the needs it answers, funding per source in {@link Money}, and the lifecycle of
 * {@link ProjectStatus} driven by expert reviews decided by a {@link ReviewPolicy}.
 *
 * <p>Immutable and thread-safe: commands return a new project carrying the raised event in {@link
 * #events()}; refused commands throw {@link RegistryException} and change nothing.
 */
public final class Project {

  private final ProjectSnapshot state;
  private final List<ProjectEvent> events;

  private Project(ProjectSnapshot state, List<ProjectEvent> events) {
    this.state = state;
    this.events = events;
  }

  /**
   * Drafts a project.
   *
   * @param draft the id, title, implementer, host communities and needs, not null
   * @param clock the clock, not null
   * @return the draft, raising {@link ProjectDrafted}
   * @throws RegistryException with {@code PROJECT_TITLE_BLANK}, {@code PROJECT_NO_HOST} or {@code
   *     ORGANIZATION_NOT_COMMUNITY}
   */
  public static Project draft(ProjectDraft draft, Clock clock) {
    Objects.requireNonNull(draft, "draft");
    ProjectId id = draft.id();
    String title = draft.title();
    OrganizationId implementer = draft.implementer();
    List<DivisionCode> hosts = draft.hosts();
    List<NeedId> needs = draft.needs();
    Objects.requireNonNull(clock, "clock");
    Project p =
        restore(
            new ProjectSnapshot(
                id, 0, title, implementer, hosts, needs, Map.of(), ProjectStatus.DRAFT, List.of()));
    return p.with(p.state, new ProjectDrafted(id, clock.instant(), p.title()));
  }

  /**
   * Rebuilds a project from a snapshot, checking its rules.
   *
   * @param s the snapshot, not null
   * @return the project, without pending events
   * @throws RegistryException with {@code REGISTRY_FIELD_MISSING}, {@code PROJECT_TITLE_BLANK},
   *     {@code PROJECT_NO_HOST}, {@code ORGANIZATION_NOT_COMMUNITY} or {@code
   *     PROJECT_FUNDING_NOT_POSITIVE}
   */
  public static Project restore(ProjectSnapshot s) {
    Objects.requireNonNull(s, "s");
    if (s.id() == null) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, "id");
    }
    if (s.implementer() == null) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, "implementer");
    }
    if (s.status() == null) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, "status");
    }
    if (s.title() == null || s.title().isBlank()) {
      throw new RegistryException(RegistryError.PROJECT_TITLE_BLANK);
    }
    if (s.hosts().isEmpty()) {
      throw new RegistryException(RegistryError.PROJECT_NO_HOST);
    }
    for (DivisionCode h : s.hosts()) {
      if (!h.kind().isVillageLevel()) {
        throw new RegistryException(RegistryError.ORGANIZATION_NOT_COMMUNITY, "hosts");
      }
    }
    EnumMap<FundingSource, Money> funding = new EnumMap<>(FundingSource.class);
    for (Map.Entry<FundingSource, Money> e : s.funding().entrySet()) {
      if (e.getValue().fen() <= 0) {
        throw new RegistryException(
            RegistryError.PROJECT_FUNDING_NOT_POSITIVE, e.getKey(), e.getValue());
      }
      funding.put(e.getKey(), e.getValue());
    }
    ProjectSnapshot normalized =
        new ProjectSnapshot(
            s.id(),
            s.version(),
            BoundedText.name(
                s.title(), Wording.of("The project's title", "项目名称"), BoundedText.MAX_NAME_LENGTH),
            s.implementer(),
            List.copyOf(new TreeSet<>(s.hosts())),
            List.copyOf(new TreeSet<>(s.needs())),
            funding,
            s.status(),
            s.reviews());
    return new Project(normalized, List.of());
  }

  private Project with(ProjectSnapshot next, ProjectEvent event) {
    List<ProjectEvent> list = new ArrayList<>(events);
    list.add(event);
    return new Project(next, List.copyOf(list));
  }

  private ProjectSnapshot withStatus(ProjectStatus status, List<Review> reviews) {
    return new ProjectSnapshot(
        state.id(),
        state.version(),
        state.title(),
        state.implementer(),
        state.hosts(),
        state.needs(),
        state.funding(),
        status,
        reviews);
  }

  private void checkMove(ProjectStatus to) {
    if (!state.status().next().contains(to)) {
      throw new RegistryException(RegistryError.PROJECT_TRANSITION_NOT_ALLOWED, state.status(), to);
    }
  }

  private Project move(ProjectStatus to, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    checkMove(to);
    return with(
        withStatus(to, state.reviews()),
        new ProjectStatusChanged(state.id(), clock.instant(), state.status(), to));
  }

  /**
   * Submits the draft for approval review.
   *
   * @param clock the clock, not null
   * @return the project, raising {@link ProjectStatusChanged}
   * @throws RegistryException with {@code PROJECT_TRANSITION_NOT_ALLOWED}
   */
  public Project submit(Clock clock) {
    return move(ProjectStatus.SUBMITTED, clock);
  }

  /**
   * Starts an approved project.
   *
   * @param clock the clock, not null
   * @return the project, raising {@link ProjectStatusChanged}
   * @throws RegistryException with {@code PROJECT_TRANSITION_NOT_ALLOWED}
   */
  public Project start(Clock clock) {
    return move(ProjectStatus.IN_PROGRESS, clock);
  }

  /**
   * Terminates a running project by decision.
   *
   * @param clock the clock, not null
   * @return the project, raising {@link ProjectStatusChanged}
   * @throws RegistryException with {@code PROJECT_TRANSITION_NOT_ALLOWED}
   */
  public Project terminate(Clock clock) {
    return move(ProjectStatus.TERMINATED, clock);
  }

  /**
   * Holds an expert review: the approval review of a submitted project (approved or rejected), the
   * mid-term evaluation of a running one (evaluated or terminated) or the final evaluation
   * (completed or terminated).
   *
   * @param stage the stage, not null
   * @param heldOn the date, not null
   * @param scores the expert scores, not null
   * @param policy the review policy, not null
   * @param clock the clock, not null
   * @return the project, raising {@link ProjectReviewed}
   * @throws RegistryException with {@code PROJECT_TRANSITION_NOT_ALLOWED} (wrong stage for the
   *     status), {@code PROJECT_TOO_FEW_EXPERTS} or {@code PROJECT_EXPERT_DUPLICATE}
   */
  public Project review(
      ReviewStage stage,
      LocalDate heldOn,
      List<ExpertScore> scores,
      ReviewPolicy policy,
      Clock clock) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(heldOn, "heldOn");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(clock, "clock");
    ProjectStatus expected =
        switch (stage) {
          case APPROVAL -> ProjectStatus.SUBMITTED;
          case MIDTERM -> ProjectStatus.IN_PROGRESS;
          case FINAL -> ProjectStatus.MIDTERM_EVALUATED;
        };
    ReviewPolicy.Decision decision = policy.decide(scores);
    ProjectStatus to =
        switch (stage) {
          case APPROVAL -> decision.passed() ? ProjectStatus.APPROVED : ProjectStatus.REJECTED;
          case MIDTERM ->
              decision.passed() ? ProjectStatus.MIDTERM_EVALUATED : ProjectStatus.TERMINATED;
          case FINAL -> decision.passed() ? ProjectStatus.COMPLETED : ProjectStatus.TERMINATED;
        };
    if (state.status() != expected) {
      throw new RegistryException(RegistryError.PROJECT_TRANSITION_NOT_ALLOWED, state.status(), to);
    }
    Review review = new Review(stage, heldOn, scores, decision.passed());
    List<Review> reviews = new ArrayList<>(state.reviews());
    reviews.add(review);
    return with(
        withStatus(to, List.copyOf(reviews)),
        new ProjectReviewed(state.id(), clock.instant(), review, to));
  }

  /**
   * Adds funding from a source (before the project ends).
   *
   * @param source the source, not null
   * @param amount a positive amount, not null
   * @param clock the clock, not null
   * @return the project, raising {@link ProjectFunded}
   * @throws RegistryException with {@code PROJECT_FUNDING_NOT_POSITIVE} or {@code
   *     PROJECT_TRANSITION_NOT_ALLOWED} (the project has ended)
   */
  public Project fund(FundingSource source, Money amount, Clock clock) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(clock, "clock");
    if (amount.fen() <= 0) {
      throw new RegistryException(RegistryError.PROJECT_FUNDING_NOT_POSITIVE, source, amount);
    }
    if (state.status().next().isEmpty()) {
      throw new RegistryException(
          RegistryError.PROJECT_TRANSITION_NOT_ALLOWED, state.status(), state.status());
    }
    EnumMap<FundingSource, Money> funding = new EnumMap<>(FundingSource.class);
    funding.putAll(state.funding());
    funding.merge(source, amount, Money::plus);
    ProjectSnapshot next =
        new ProjectSnapshot(
            state.id(),
            state.version(),
            state.title(),
            state.implementer(),
            state.hosts(),
            state.needs(),
            funding,
            state.status(),
            state.reviews());
    return with(next, new ProjectFunded(state.id(), clock.instant(), source, amount));
  }

  /**
   * Returns this project as stored under a version, without pending events; for stores.
   *
   * @param storedVersion the version
   * @return the stored project
   */
  public Project storedAs(long storedVersion) {
    return new Project(
        new ProjectSnapshot(
            state.id(),
            storedVersion,
            state.title(),
            state.implementer(),
            state.hosts(),
            state.needs(),
            state.funding(),
            state.status(),
            state.reviews()),
        List.of());
  }

  /**
   * Returns the complete state.
   *
   * @return the snapshot
   */
  public ProjectSnapshot snapshot() {
    return state;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public ProjectId id() {
    return state.id();
  }

  /**
   * Returns the stored version.
   *
   * @return the version
   */
  public long version() {
    return state.version();
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String title() {
    return state.title();
  }

  /**
   * Returns the implementing organization.
   *
   * @return its id
   */
  public OrganizationId implementer() {
    return state.implementer();
  }

  /**
   * Returns the host communities.
   *
   * @return an unmodifiable list ordered by code
   */
  public List<DivisionCode> hosts() {
    return state.hosts();
  }

  /**
   * Returns the linked needs.
   *
   * @return an unmodifiable list
   */
  public List<NeedId> needs() {
    return state.needs();
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public ProjectStatus status() {
    return state.status();
  }

  /**
   * Returns the reviews held, oldest first.
   *
   * @return an unmodifiable list
   */
  public List<Review> reviews() {
    return state.reviews();
  }

  /**
   * Returns the funding per source.
   *
   * @return an unmodifiable map in source order
   */
  public Map<FundingSource, Money> funding() {
    EnumMap<FundingSource, Money> m = new EnumMap<>(FundingSource.class);
    m.putAll(state.funding());
    return Collections.unmodifiableMap(m);
  }

  /**
   * Returns the total funding.
   *
   * @return the sum over sources
   */
  public Money totalFunding() {
    Money total = Money.ZERO;
    for (Money m : state.funding().values()) {
      total = total.plus(m);
    }
    return total;
  }

  /**
   * Returns this project with its pending events naming who acted: every pending event still
   * carrying {@link org.sanshe.core.registry.Actors#UNRECORDED} gets the actor; state and version
   * are unchanged. Call it before saving, with the signed-in staff member's or the system's id.
   *
   * @param actor the actor's id, 1 to 64 characters without white space
   * @return the project with its events stamped (this one when nothing is pending)
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID} for a bad actor id
   */
  public Project actedBy(String actor) {
    org.sanshe.core.registry.Actors.check(actor);
    if (events.isEmpty()) {
      return this;
    }
    List<ProjectEvent> stamped = new ArrayList<>(events.size());
    for (ProjectEvent e : events) {
      stamped.add(
          e.actor().equals(org.sanshe.core.registry.Actors.UNRECORDED) ? e.withActor(actor) : e);
    }
    return new Project(state, List.copyOf(stamped));
  }

  /**
   * Returns the events raised since the project was last stored.
   *
   * @return an unmodifiable list
   */
  public List<ProjectEvent> events() {
    return events;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof Project p && state.equals(p.state));
  }

  @Override
  public int hashCode() {
    return state.hashCode();
  }

  @Override
  public String toString() {
    return "Project[" + id() + " v" + version() + " " + title() + " " + status() + "]";
  }
}
