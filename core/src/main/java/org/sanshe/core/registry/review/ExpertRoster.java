package org.sanshe.core.registry.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Ids;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ExpertScore;
import org.sanshe.core.registry.project.Project;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ReviewPolicy;
import org.sanshe.core.registry.project.ReviewStage;
import org.sanshe.core.registry.review.ExpertRosterEvent.ExpertEnrolled;
import org.sanshe.core.registry.review.ExpertRosterEvent.ExpertSeated;
import org.sanshe.core.registry.review.ExpertRosterEvent.PanelDrawn;
import org.sanshe.core.registry.review.ExpertRosterEvent.RosterOpened;
import org.sanshe.core.registry.review.ExpertRosterEvent.TiesDeclared;

/**
 * A district's expert roster for a funding year (专家库): the {@link ExpertPool} of enrolled experts
 * with their declared ties, and the record of every review {@link Panel} drawn from it that year
 * (seed, candidates, members), one per project and review stage. The aggregate a district keeps so
 * that anyone can later {@link Panel#redraw} a panel and see that no tied expert sat on it.
 *
 * <p>One roster per district and year keeps the record bounded (a year's panels) and keeps the ties
 * as they were declared that year; {@link #open} the next year's roster with this year's {@link
 * #pool()} to carry the experts forward.
 *
 * <p>Immutable and thread-safe: a command returns a new roster carrying its event in {@link
 * #pendingEvents()}; a refused command throws {@link RegistryException} and changes nothing. The
 * roster holds no personal data: experts are ids. Null arguments are refused.
 */
public final class ExpertRoster {

  private final ExpertRosterSnapshot state;
  private final ExpertPool pool;
  private final List<ExpertRosterEvent> pending;

  private ExpertRoster(
      ExpertRosterSnapshot state, ExpertPool pool, List<ExpertRosterEvent> pending) {
    this.state = state;
    this.pool = pool;
    this.pending = pending;
  }

  /**
   * Opens a district's roster for a year at version 0.
   *
   * @param district the district, not null
   * @param year the year, 2000 to 2999
   * @param experts the experts it opens with, not null, distinct ids
   * @param actor who acts, an id
   * @param at when, not null
   * @return the roster, raising {@link RosterOpened}
   * @throws RegistryException with {@code PROGRAMME_SETTING_INVALID} (year), {@code
   *     REVIEW_EXPERT_DUPLICATE}, {@code ORGANIZATION_ID_INVALID} (actor) or {@code
   *     REGISTRY_FIELD_MISSING}
   */
  public static ExpertRoster open(
      DivisionCode district, int year, Collection<Expert> experts, String actor, Instant at) {
    actor(actor);
    required(at, "at");
    required(experts, "experts");
    ExpertRoster r =
        restore(new ExpertRosterSnapshot(district, year, 0, List.copyOf(experts), List.of()));
    return r.with(r.state, new RosterOpened(district, year, actor, at, experts.size()));
  }

  /**
   * Rebuilds a roster from a snapshot, checking every rule: the year, a version not negative, each
   * expert once, each project's stage drawn once, and every member and candidate of a panel an
   * enrolled expert. A member may have declared a tie to the applicant after the draw ({@link
   * #declareTies}): the record stays as drawn, and {@link #review} refuses that member's score.
   *
   * @param s the snapshot, not null
   * @return the roster, without pending events
   * @throws RegistryException with {@code REGISTRY_FIELD_MISSING}, {@code
   *     PROGRAMME_SETTING_INVALID}, {@code REVIEW_EXPERT_DUPLICATE}, {@code REVIEW_PANEL_DUPLICATE}
   *     or {@code REVIEW_EXPERT_UNKNOWN}
   */
  public static ExpertRoster restore(ExpertRosterSnapshot s) {
    Objects.requireNonNull(s, "s");
    required(s.district(), "district");
    required(s.experts(), "experts");
    required(s.panels(), "panels");
    if (s.year() < 2000 || s.year() > 2999) {
      throw invalid(
          Wording.of("The roster's year", "专家库年度"), Wording.of("2000 to 2999", "2000 至 2999"));
    }
    if (s.version() < 0) {
      throw invalid(
          Wording.of("The roster's version", "专家库版本"), Wording.of("not negative", "不能为负"));
    }
    Set<String> ids = new HashSet<>();
    for (Expert e : s.experts()) {
      required(e, "expert");
      if (!ids.add(e.id())) {
        throw new RegistryException(RegistryError.REVIEW_EXPERT_DUPLICATE, e.id());
      }
    }
    ExpertPool pool = ExpertPool.of(s.experts());
    Set<String> drawnFor = new HashSet<>();
    for (Panel p : s.panels()) {
      required(p, "panel");
      if (!drawnFor.add(p.project().value() + "/" + p.stage())) {
        throw new RegistryException(RegistryError.REVIEW_PANEL_DUPLICATE, p.project(), p.stage());
      }
      for (String c : p.candidates()) {
        if (pool.find(c).isEmpty()) {
          throw new RegistryException(RegistryError.REVIEW_EXPERT_UNKNOWN, c);
        }
      }
      for (String m : p.seated()) {
        if (pool.find(m).isEmpty()) {
          throw new RegistryException(RegistryError.REVIEW_EXPERT_UNKNOWN, m);
        }
      }
    }
    ExpertRosterSnapshot normalized =
        new ExpertRosterSnapshot(s.district(), s.year(), s.version(), pool.experts(), s.panels());
    return new ExpertRoster(normalized, pool, List.of());
  }

  private static void actor(String actor) {
    if (!Ids.valid(actor)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("actor id", "操作人编号"));
    }
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, field);
    }
    return value;
  }

  private static RegistryException invalid(Wording field, Wording rule) {
    return new RegistryException(RegistryError.PROGRAMME_SETTING_INVALID, field, rule);
  }

  private ExpertRoster with(ExpertRosterSnapshot next, ExpertRosterEvent event) {
    List<ExpertRosterEvent> list = new ArrayList<>(pending);
    list.add(event);
    return new ExpertRoster(next, ExpertPool.of(next.experts()), List.copyOf(list));
  }

  private ExpertRosterSnapshot withExperts(List<Expert> experts) {
    return new ExpertRosterSnapshot(
        state.district(), state.year(), state.version(), experts, state.panels());
  }

  private ExpertRosterSnapshot withPanels(List<Panel> panels) {
    return new ExpertRosterSnapshot(
        state.district(), state.year(), state.version(), state.experts(), panels);
  }

  /**
   * Enrols an expert with declared ties.
   *
   * @param expert the expert, not null, not enrolled yet
   * @param actor who acts, an id
   * @param at when, not null
   * @return the roster, raising {@link ExpertEnrolled}
   * @throws RegistryException with {@code REVIEW_EXPERT_DUPLICATE}
   */
  public ExpertRoster enrol(Expert expert, String actor, Instant at) {
    Objects.requireNonNull(expert, "expert");
    actor(actor);
    required(at, "at");
    if (pool.find(expert.id()).isPresent()) {
      throw new RegistryException(RegistryError.REVIEW_EXPERT_DUPLICATE, expert.id());
    }
    return with(
        withExperts(pool.with(expert).experts()),
        new ExpertEnrolled(state.district(), state.year(), actor, at, expert.id(), expert.ties()));
  }

  /**
   * Replaces an expert's declared ties. Panels drawn before keep their record; a tie declared now
   * stops the expert from being seated or scoring on the tied organization's panels ({@link #seat},
   * {@link #review}).
   *
   * @param expert the expert's id, enrolled
   * @param ties the organizations the expert is tied to, not null
   * @param actor who acts, an id
   * @param at when, not null
   * @return the roster, raising {@link TiesDeclared}
   * @throws RegistryException with {@code REVIEW_EXPERT_UNKNOWN}, or {@code REGISTRY_FIELD_MISSING}
   *     for a null tie
   */
  public ExpertRoster declareTies(
      String expert, Collection<OrganizationId> ties, String actor, Instant at) {
    Objects.requireNonNull(expert, "expert");
    required(ties, "ties");
    actor(actor);
    required(at, "at");
    if (pool.find(expert).isEmpty()) {
      throw new RegistryException(RegistryError.REVIEW_EXPERT_UNKNOWN, expert);
    }
    Expert next = new Expert(expert, new ArrayList<>(ties));
    return with(
        withExperts(pool.with(next).experts()),
        new TiesDeclared(state.district(), state.year(), actor, at, expert, next.ties()));
  }

  /**
   * Draws and records the panel of a project's review stage ({@link Panel#draw} over this roster's
   * pool).
   *
   * @param project the project, not null
   * @param stage the stage, not null
   * @param applicant the implementing organization, not null
   * @param size the number of experts, at least 1
   * @param seed the seed (record where it came from, such as a public lottery number)
   * @param actor who acts, an id
   * @param at when, not null
   * @return the roster, raising {@link PanelDrawn}
   * @throws RegistryException with {@code REVIEW_PANEL_DUPLICATE}, or the codes of {@link
   *     Panel#draw}
   */
  public ExpertRoster draw(
      ProjectId project,
      ReviewStage stage,
      OrganizationId applicant,
      int size,
      long seed,
      String actor,
      Instant at) {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(stage, "stage");
    actor(actor);
    required(at, "at");
    if (panel(project, stage).isPresent()) {
      throw new RegistryException(RegistryError.REVIEW_PANEL_DUPLICATE, project, stage);
    }
    Panel p = Panel.draw(pool, project, stage, applicant, size, seed);
    List<Panel> panels = new ArrayList<>(state.panels());
    panels.add(p);
    return with(
        withPanels(panels),
        new PanelDrawn(
            state.district(), state.year(), actor, at, project, stage, applicant, seed, p.drawn()));
  }

  /**
   * Seats an expert by hand on a recorded panel ({@link Panel#seat}).
   *
   * @param project the project, not null
   * @param stage the stage, not null
   * @param expert the expert's id, not null
   * @param actor who acts, an id
   * @param at when, not null
   * @return the roster, raising {@link ExpertSeated}
   * @throws RegistryException with {@code REVIEW_PANEL_UNKNOWN} or the codes of {@link Panel#seat}
   */
  public ExpertRoster seat(
      ProjectId project, ReviewStage stage, String expert, String actor, Instant at) {
    actor(actor);
    required(at, "at");
    Panel p = requirePanel(project, stage);
    Panel seated = p.seat(pool, expert);
    List<Panel> panels = new ArrayList<>();
    for (Panel x : state.panels()) {
      panels.add(x == p ? seated : x);
    }
    return with(
        withPanels(panels),
        new ExpertSeated(state.district(), state.year(), actor, at, project, stage, expert));
  }

  private Panel requirePanel(ProjectId project, ReviewStage stage) {
    return panel(project, stage)
        .orElseThrow(
            () -> new RegistryException(RegistryError.REVIEW_PANEL_UNKNOWN, project, stage));
  }

  /**
   * Holds a recorded panel's review of its project with the pool as it stands ({@link
   * Panel#review}). The roster does not change; store the returned project.
   *
   * @param target the project, not null
   * @param stage the stage, not null
   * @param heldOn the date, not null
   * @param scores the members' scores, not null
   * @param policy the review policy, not null
   * @param clock the clock, not null
   * @return the project after the review
   * @throws RegistryException with {@code REVIEW_PANEL_UNKNOWN} or the codes of {@link
   *     Panel#review}
   */
  public Project review(
      Project target,
      ReviewStage stage,
      LocalDate heldOn,
      List<ExpertScore> scores,
      ReviewPolicy policy,
      Clock clock) {
    Objects.requireNonNull(target, "target");
    return requirePanel(target.id(), stage).review(pool, target, heldOn, scores, policy, clock);
  }

  /**
   * Returns the panel of a project's stage.
   *
   * @param project the project, not null
   * @param stage the stage, not null
   * @return the panel, if drawn
   */
  public Optional<Panel> panel(ProjectId project, ReviewStage stage) {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(stage, "stage");
    return state.panels().stream()
        .filter(p -> p.project().equals(project) && p.stage() == stage)
        .findFirst();
  }

  /**
   * Returns the panels drawn, in the order drawn.
   *
   * @return an unmodifiable list
   */
  public List<Panel> panels() {
    return state.panels();
  }

  /**
   * Returns the pool of enrolled experts.
   *
   * @return the pool
   */
  public ExpertPool pool() {
    return pool;
  }

  /**
   * Returns the district.
   *
   * @return the code
   */
  public DivisionCode district() {
    return state.district();
  }

  /**
   * Returns the year.
   *
   * @return the year
   */
  public int year() {
    return state.year();
  }

  /**
   * Returns the stored version, 0 before the first save.
   *
   * @return the version
   */
  public long version() {
    return state.version();
  }

  /**
   * Returns the complete state.
   *
   * @return the snapshot
   */
  public ExpertRosterSnapshot snapshot() {
    return state;
  }

  /**
   * Returns the events raised since the roster was read or opened.
   *
   * @return an unmodifiable list, oldest first
   */
  public List<ExpertRosterEvent> pendingEvents() {
    return pending;
  }

  /**
   * Returns the key a store and an outbox know this roster by.
   *
   * @return the district code, a hyphen and the year, such as {@code 320114-2026}
   */
  public String key() {
    return key(state.district(), state.year());
  }

  /**
   * Returns the key of a district's roster for a year.
   *
   * @param district the district, not null
   * @param year the year
   * @return the key, such as {@code 320114-2026}
   */
  public static String key(DivisionCode district, int year) {
    return Objects.requireNonNull(district, "district") + "-" + year;
  }

  /** Equal when the states are; pending events are not compared. */
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof ExpertRoster r && state.equals(r.state));
  }

  @Override
  public int hashCode() {
    return state.hashCode();
  }

  @Override
  public String toString() {
    return "ExpertRoster["
        + key()
        + " v"
        + version()
        + ", "
        + pool.size()
        + " experts, "
        + state.panels().size()
        + " panels]";
  }
}
