package org.sanshe.core.registry.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanshe.core.error.Wording;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.programme.ProgrammeEvent.CallClosed;
import org.sanshe.core.registry.programme.ProgrammeEvent.CallOpened;
import org.sanshe.core.registry.programme.ProgrammeEvent.ProgrammeLaunched;
import org.sanshe.core.registry.project.NeedId;

/**
 * A funding programme (资助计划): a sponsor's budget in {@link Money} for a year, of a {@link
 * ProgrammeKind} (venture philanthropy 公益创投, quality communities, a service-to-residents fund,
 * function transfer), with an {@link Eligibility} rule, opening {@link Call}s that cover needs of
 * the district's {@link GuidanceList}. Organizations apply to a call through {@link
 * Application#submit}; the money is tracked by the programme's {@link ProgrammeBudget}.
 *
 * <p>Immutable and thread-safe: a command returns a new programme carrying its event in {@link
 * #pendingEvents()}; a refused command throws {@link RegistryException} and changes nothing. Null
 * arguments are refused.
 */
public final class Programme {

  private final ProgrammeSnapshot state;
  private final List<ProgrammeEvent> pending;

  private Programme(ProgrammeSnapshot state, List<ProgrammeEvent> pending) {
    this.state = state;
    this.pending = pending;
  }

  /**
   * Launches a programme at version 0.
   *
   * @param id the id, not null
   * @param name the name, not blank
   * @param sponsor the sponsor's name, not blank
   * @param year the funding year, 2000 to 2999
   * @param kind the kind, not null
   * @param budget the budget, positive
   * @param eligibility who may apply, not null
   * @param actor who acts, an id
   * @param at when, not null
   * @return the programme, raising {@link ProgrammeLaunched}
   * @throws RegistryException with {@code PROGRAMME_SETTING_INVALID}, {@code
   *     BUDGET_AMOUNT_NOT_POSITIVE}, {@code REGISTRY_FIELD_MISSING} or {@code
   *     ORGANIZATION_ID_INVALID}
   */
  public static Programme launch(
      ProgrammeId id,
      String name,
      String sponsor,
      int year,
      ProgrammeKind kind,
      Money budget,
      Eligibility eligibility,
      String actor,
      Instant at) {
    Checks.actor(actor);
    Checks.at(at);
    Programme p =
        restore(
            new ProgrammeSnapshot(
                id, 0, name, sponsor, year, kind, budget, eligibility, List.of()));
    return p.with(p.state, new ProgrammeLaunched(id, actor, at, year, kind, p.state.budget()));
  }

  /**
   * Rebuilds a programme from a snapshot, checking every rule.
   *
   * @param s the snapshot, not null
   * @return the programme, without pending events
   * @throws RegistryException with {@code REGISTRY_FIELD_MISSING}, {@code
   *     PROGRAMME_SETTING_INVALID}, {@code BUDGET_AMOUNT_NOT_POSITIVE} or {@code
   *     PROGRAMME_CALL_DUPLICATE}
   */
  public static Programme restore(ProgrammeSnapshot s) {
    Objects.requireNonNull(s, "s");
    Checks.required(s.id(), "id");
    Checks.required(s.kind(), "kind");
    Checks.required(s.eligibility(), "eligibility");
    Checks.required(s.calls(), "calls");
    if (s.version() < 0) {
      throw Checks.invalid(
          Wording.of("The programme's version", "资助计划版本"), Wording.of("not negative", "不能为负"));
    }
    if (s.year() < 2000 || s.year() > 2999) {
      throw Checks.invalid(
          Wording.of("The programme's year", "资助计划年度"), Wording.of("2000 to 2999", "2000 至 2999"));
    }
    Checks.positive(s.budget(), Wording.of("The programme's budget", "资助计划预算"));
    Set<CallId> ids = new HashSet<>();
    for (Call c : s.calls()) {
      Checks.required(c, "call");
      if (!ids.add(c.id())) {
        throw new RegistryException(RegistryError.PROGRAMME_CALL_DUPLICATE, c.id());
      }
    }
    ProgrammeSnapshot normalized =
        new ProgrammeSnapshot(
            s.id(),
            s.version(),
            Checks.name(s.name(), Wording.of("The programme's name", "资助计划名称")),
            Checks.name(s.sponsor(), Wording.of("The programme's sponsor", "资助方")),
            s.year(),
            s.kind(),
            s.budget(),
            s.eligibility(),
            s.calls());
    return new Programme(normalized, List.of());
  }

  private Programme with(ProgrammeSnapshot next, ProgrammeEvent event) {
    List<ProgrammeEvent> list = new ArrayList<>(pending);
    list.add(event);
    return new Programme(next, List.copyOf(list));
  }

  private ProgrammeSnapshot withCalls(List<Call> calls) {
    return new ProgrammeSnapshot(
        state.id(),
        state.version(),
        state.name(),
        state.sponsor(),
        state.year(),
        state.kind(),
        state.budget(),
        state.eligibility(),
        calls);
  }

  /**
   * Opens a call covering needs of the guidance list.
   *
   * @param call the call's id, not null, new in this programme
   * @param title the title, not blank
   * @param opensOn the first day, not null
   * @param closesOn the last day, not before the first
   * @param covers the needs covered, each on the guidance list and not met
   * @param guidance the district's guidance list, not null
   * @param actor who acts, an id
   * @param at when, not null
   * @return the programme, raising {@link CallOpened}
   * @throws RegistryException with {@code PROGRAMME_CALL_DUPLICATE}, {@code
   *     PROGRAMME_NEED_NOT_GUIDED} or {@code PROGRAMME_SETTING_INVALID}
   */
  public Programme openCall(
      CallId call,
      String title,
      LocalDate opensOn,
      LocalDate closesOn,
      List<NeedId> covers,
      GuidanceList guidance,
      String actor,
      Instant at) {
    Checks.actor(actor);
    Checks.at(at);
    Objects.requireNonNull(guidance, "guidance");
    Call c = new Call(call, title, opensOn, closesOn, covers, Optional.empty());
    if (this.call(call).isPresent()) {
      throw new RegistryException(RegistryError.PROGRAMME_CALL_DUPLICATE, call);
    }
    guidance.checkCoverable(c.covers());
    List<Call> calls = new ArrayList<>(state.calls());
    calls.add(c);
    return with(
        withCalls(calls),
        new CallOpened(state.id(), actor, at, call, opensOn, closesOn, c.covers()));
  }

  /**
   * Closes a call early: applications on or after {@code on} are refused.
   *
   * @param call the call, not null
   * @param on the first day without applications, not null
   * @param actor who acts, an id
   * @param at when, not null
   * @return the programme, raising {@link CallClosed}
   * @throws RegistryException with {@code PROGRAMME_CALL_UNKNOWN} or {@code PROGRAMME_CALL_CLOSED}
   *     (already closed early)
   */
  public Programme closeCall(CallId call, LocalDate on, String actor, Instant at) {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(on, "on");
    Checks.actor(actor);
    Checks.at(at);
    Call c =
        this.call(call)
            .orElseThrow(() -> new RegistryException(RegistryError.PROGRAMME_CALL_UNKNOWN, call));
    if (c.closedOn().isPresent()) {
      throw new RegistryException(RegistryError.PROGRAMME_CALL_CLOSED, call);
    }
    List<Call> calls = new ArrayList<>();
    for (Call x : state.calls()) {
      calls.add(
          x.id().equals(call)
              ? new Call(x.id(), x.title(), x.opensOn(), x.closesOn(), x.covers(), Optional.of(on))
              : x);
    }
    return with(withCalls(calls), new CallClosed(state.id(), actor, at, call, on));
  }

  /**
   * Returns a call.
   *
   * @param call the id, not null
   * @return the call, if opened in this programme
   */
  public Optional<Call> call(CallId call) {
    Objects.requireNonNull(call, "call");
    return state.calls().stream().filter(c -> c.id().equals(call)).findFirst();
  }

  /**
   * Returns the complete state.
   *
   * @return the snapshot
   */
  public ProgrammeSnapshot snapshot() {
    return state;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public ProgrammeId id() {
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
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return state.name();
  }

  /**
   * Returns the funding year.
   *
   * @return the year
   */
  public int year() {
    return state.year();
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public ProgrammeKind kind() {
    return state.kind();
  }

  /**
   * Returns the budget.
   *
   * @return the budget
   */
  public Money budget() {
    return state.budget();
  }

  /**
   * Returns who may apply.
   *
   * @return the rule
   */
  public Eligibility eligibility() {
    return state.eligibility();
  }

  /**
   * Returns the calls, in the order opened.
   *
   * @return an unmodifiable list
   */
  public List<Call> calls() {
    return state.calls();
  }

  /**
   * Returns the events raised since the programme was read or launched.
   *
   * @return an unmodifiable list, oldest first
   */
  public List<ProgrammeEvent> pendingEvents() {
    return pending;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof Programme p && state.equals(p.state));
  }

  @Override
  public int hashCode() {
    return state.hashCode();
  }

  @Override
  public String toString() {
    return "Programme[" + id() + " v" + version() + " " + year() + " " + kind() + "]";
  }
}
