package org.sanshe.core.registry.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.programme.ApplicationEvent.ApplicationDecided;
import org.sanshe.core.registry.programme.ApplicationEvent.ApplicationSubmitted;
import org.sanshe.core.registry.project.ProjectId;

/**
 * An organization's application to a call of a programme with a project, perhaps one that won a
 * contest or a residents' vote ({@link ProjectOrigin}). Submitting checks that the call is open on
 * the day and that the organization meets the programme's {@link Eligibility}; the approval review
 * of the project (see {@code org.sanshe.core.registry.review.Panel}) then decides it.
 *
 * <p>Immutable and thread-safe: a command returns a new application carrying its event in {@link
 * #pendingEvents()}; a refused command throws {@link RegistryException} and changes nothing. Null
 * arguments are refused.
 */
public final class Application {

  private final ApplicationSnapshot state;
  private final List<ApplicationEvent> pending;

  private Application(ApplicationSnapshot state, List<ApplicationEvent> pending) {
    this.state = state;
    this.pending = pending;
  }

  /**
   * Submits an application at version 0.
   *
   * @param programme the programme, not null
   * @param applicant the applying organization as read from the registry, not null; its id is the
   *     form's applicant
   * @param form the application, not null
   * @param actor who acts, an id
   * @param at when, not null
   * @return the application, raising {@link ApplicationSubmitted}
   * @throws RegistryException with {@code PROGRAMME_CALL_UNKNOWN}, {@code PROGRAMME_CALL_CLOSED}
   *     (not open on the day), {@code PROGRAMME_ORGANIZATION_INELIGIBLE} (naming the failed rule:
   *     status, registration, domain or grade) or {@code PROGRAMME_SETTING_INVALID} (more than the
   *     programme's budget requested, or the organization is not the form's applicant)
   */
  public static Application submit(
      Programme programme, Organization applicant, NewApplication form, String actor, Instant at) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(form, "form");
    Checks.actor(actor);
    Checks.at(at);
    if (!applicant.id().equals(form.applicant())) {
      throw Checks.invalid(
          Wording.of("The applicant", "申报组织"),
          Wording.of("the organization read is the form's applicant", "读取的组织须为申报表中的组织"));
    }
    Call call =
        programme
            .call(form.call())
            .orElseThrow(
                () -> new RegistryException(RegistryError.PROGRAMME_CALL_UNKNOWN, form.call()));
    if (!call.isOpenOn(form.appliedOn())) {
      throw new RegistryException(RegistryError.PROGRAMME_CALL_CLOSED, form.call());
    }
    Eligibility.Decision d =
        programme.eligibility().check(applicant, form.domain(), form.appliedOn());
    if (d instanceof Eligibility.Ineligible no) {
      throw new RegistryException(
          RegistryError.PROGRAMME_ORGANIZATION_INELIGIBLE, applicant.id(), no.rule().wording());
    }
    if (form.requested().compareTo(programme.budget()) > 0) {
      throw Checks.invalid(
          Wording.of("The amount requested", "申请金额"),
          Wording.of("at most the programme's budget", "不得超过资助计划预算"));
    }
    ApplicationSnapshot s =
        new ApplicationSnapshot(
            form.id(),
            0,
            programme.id(),
            form.call(),
            form.applicant(),
            form.project(),
            form.domain(),
            form.requested(),
            form.appliedOn(),
            form.origin(),
            ApplicationStatus.SUBMITTED);
    return new Application(
        s,
        List.of(
            new ApplicationSubmitted(
                form.id(),
                actor,
                at,
                programme.id(),
                form.call(),
                form.applicant(),
                form.project(),
                form.requested(),
                form.origin())));
  }

  /**
   * Submits several applications to one programme together (the winners of a contest or a vote
   * entering a call): each is checked as {@link #submit} checks it, and the first refusal refuses
   * them all.
   *
   * @param programme the programme, not null
   * @param registry reads an applicant from the organization registry, not null; it must know every
   *     applicant
   * @param forms the applications, not null
   * @param actor who acts, an id
   * @param at when, not null
   * @return the applications in the order given, each at version 0 with its event
   * @throws RegistryException with the codes of {@link #submit}, or {@code
   *     PROGRAMME_SETTING_INVALID} if the registry does not know an applicant
   */
  public static List<Application> submitAll(
      Programme programme,
      java.util.function.Function<OrganizationId, Optional<Organization>> registry,
      List<NewApplication> forms,
      String actor,
      Instant at) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(forms, "forms");
    List<Application> out = new ArrayList<>(forms.size());
    for (NewApplication form : forms) {
      Objects.requireNonNull(form, "form");
      Organization applicant =
          registry
              .apply(form.applicant())
              .orElseThrow(
                  () ->
                      Checks.invalid(
                          Wording.of("The applicant", "申报组织"),
                          Wording.of("is in the organization registry", "须在社会组织名录中")));
      out.add(submit(programme, applicant, form, actor, at));
    }
    return List.copyOf(out);
  }

  /**
   * Rebuilds an application from a snapshot, checking its rules.
   *
   * @param s the snapshot, not null
   * @return the application, without pending events
   * @throws RegistryException with {@code REGISTRY_FIELD_MISSING}, {@code
   *     BUDGET_AMOUNT_NOT_POSITIVE} or {@code PROGRAMME_SETTING_INVALID}
   */
  public static Application restore(ApplicationSnapshot s) {
    Objects.requireNonNull(s, "s");
    Checks.required(s.programme(), "programme");
    Checks.required(s.status(), "status");
    new NewApplication(
        s.id(),
        s.call(),
        s.applicant(),
        s.project(),
        s.domain(),
        s.requested(),
        s.appliedOn(),
        s.origin());
    if (s.version() < 0) {
      throw Checks.invalid(
          Wording.of("The application's version", "申报版本"), Wording.of("not negative", "不能为负"));
    }
    return new Application(s, List.of());
  }

  private Application move(ApplicationStatus to, String actor, Instant at) {
    Checks.actor(actor);
    Checks.at(at);
    if (!state.status().next().contains(to)) {
      throw new RegistryException(
          RegistryError.APPLICATION_TRANSITION_NOT_ALLOWED, state.status(), to);
    }
    ApplicationSnapshot next =
        new ApplicationSnapshot(
            state.id(),
            state.version(),
            state.programme(),
            state.call(),
            state.applicant(),
            state.project(),
            state.domain(),
            state.requested(),
            state.appliedOn(),
            state.origin(),
            to);
    List<ApplicationEvent> list = new ArrayList<>(pending);
    list.add(new ApplicationDecided(state.id(), actor, at, state.status(), to));
    return new Application(next, List.copyOf(list));
  }

  /**
   * Approves the application after the project passed its approval review.
   *
   * @param actor who acts, an id
   * @param at when, not null
   * @return the application, raising {@link ApplicationDecided}
   * @throws RegistryException with {@code APPLICATION_TRANSITION_NOT_ALLOWED}
   */
  public Application approve(String actor, Instant at) {
    return move(ApplicationStatus.APPROVED, actor, at);
  }

  /**
   * Rejects the application.
   *
   * @param actor who acts, an id
   * @param at when, not null
   * @return the application, raising {@link ApplicationDecided}
   * @throws RegistryException with {@code APPLICATION_TRANSITION_NOT_ALLOWED}
   */
  public Application reject(String actor, Instant at) {
    return move(ApplicationStatus.REJECTED, actor, at);
  }

  /**
   * Withdraws the application.
   *
   * @param actor who acts, an id
   * @param at when, not null
   * @return the application, raising {@link ApplicationDecided}
   * @throws RegistryException with {@code APPLICATION_TRANSITION_NOT_ALLOWED}
   */
  public Application withdraw(String actor, Instant at) {
    return move(ApplicationStatus.WITHDRAWN, actor, at);
  }

  /**
   * Returns the complete state.
   *
   * @return the snapshot
   */
  public ApplicationSnapshot snapshot() {
    return state;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public ApplicationId id() {
    return state.id();
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
   * Returns the programme.
   *
   * @return its id
   */
  public ProgrammeId programme() {
    return state.programme();
  }

  /**
   * Returns the call.
   *
   * @return its id
   */
  public CallId call() {
    return state.call();
  }

  /**
   * Returns the applying organization.
   *
   * @return its id
   */
  public OrganizationId applicant() {
    return state.applicant();
  }

  /**
   * Returns the project.
   *
   * @return its id
   */
  public ProjectId project() {
    return state.project();
  }

  /**
   * Returns the amount requested.
   *
   * @return the amount
   */
  public Money requested() {
    return state.requested();
  }

  /**
   * Returns the contest or vote the project came from.
   *
   * @return the origin, or empty
   */
  public Optional<ProjectOrigin> origin() {
    return state.origin();
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public ApplicationStatus status() {
    return state.status();
  }

  /**
   * Returns the events raised since the application was read or submitted.
   *
   * @return an unmodifiable list, oldest first
   */
  public List<ApplicationEvent> pendingEvents() {
    return pending;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof Application a && state.equals(a.state));
  }

  @Override
  public int hashCode() {
    return state.hashCode();
  }

  @Override
  public String toString() {
    return "Application[" + id() + " v" + version() + " " + call() + " " + status() + "]";
  }
}
