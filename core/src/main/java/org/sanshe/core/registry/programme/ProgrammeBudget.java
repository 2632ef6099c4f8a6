package org.sanshe.core.registry.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sanshe.core.error.Wording;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.programme.BudgetEvent.BudgetMoved;
import org.sanshe.core.registry.programme.BudgetEvent.BudgetOpened;
import org.sanshe.core.registry.project.FundingSource;
import org.sanshe.core.registry.project.ProjectId;

/**
 * A programme's budget: planned, committed, paid and returned money per project and funding source,
 * within the programme's ceiling. Its rules, checked on every command and on {@link #restore}:
 *
 * <ul>
 *   <li>the programme never overspends: the commitments of all lines never exceed the ceiling
 *       ({@code BUDGET_OVERCOMMITTED});
 *   <li>a line's payments net of returns never exceed its commitment ({@code
 *       BUDGET_PAYMENT_ABOVE_COMMITTED}); returns never exceed payments ({@code
 *       BUDGET_RETURN_ABOVE_PAID}); a release never takes the commitment below what is paid ({@code
 *       BUDGET_RELEASE_ABOVE_UNPAID}).
 * </ul>
 *
 * <p>Each accepted command is one {@link BudgetMoved} movement, numbered from 1. The aggregate
 * holds the lines and the totals per source, kept incrementally, never the movements: the budget
 * report ({@link #report()}) reads the totals, and the journal of movements is the store's to keep.
 *
 * <p>Immutable and thread-safe: a command returns a new budget carrying its event in {@link
 * #pendingEvents()}; a refused command throws {@link RegistryException} and changes nothing. Null
 * arguments are refused.
 */
public final class ProgrammeBudget {

  private record Key(ProjectId project, FundingSource source) {}

  private static final Comparator<Key> ORDER =
      Comparator.comparing(Key::project).thenComparing(Key::source);

  private final ProgrammeId programme;
  private final long version;
  private final Money ceiling;
  private final long movements;
  private final TreeMap<Key, BudgetFigures> lines;
  private final EnumMap<FundingSource, BudgetFigures> bySource;
  private final BudgetFigures total;
  private final List<BudgetEvent> pending;

  private ProgrammeBudget(
      ProgrammeId programme,
      long version,
      Money ceiling,
      long movements,
      TreeMap<Key, BudgetFigures> lines,
      EnumMap<FundingSource, BudgetFigures> bySource,
      BudgetFigures total,
      List<BudgetEvent> pending) {
    this.programme = programme;
    this.version = version;
    this.ceiling = ceiling;
    this.movements = movements;
    this.lines = lines;
    this.bySource = bySource;
    this.total = total;
    this.pending = pending;
  }

  /**
   * Opens the budget of a programme at version 0, without lines.
   *
   * @param programme the programme, not null
   * @param actor who acts, an id
   * @param at when, not null
   * @return the budget, raising {@link BudgetOpened}
   */
  public static ProgrammeBudget open(Programme programme, String actor, Instant at) {
    Objects.requireNonNull(programme, "programme");
    Checks.actor(actor);
    Checks.at(at);
    return new ProgrammeBudget(
        programme.id(),
        0,
        programme.budget(),
        0,
        new TreeMap<>(ORDER),
        new EnumMap<>(FundingSource.class),
        BudgetFigures.ZERO,
        List.of(new BudgetOpened(programme.id(), actor, at, programme.budget())));
  }

  /**
   * Rebuilds a budget from a snapshot, checking every rule.
   *
   * @param s the snapshot, not null
   * @return the budget, without pending events
   * @throws RegistryException with {@code REGISTRY_FIELD_MISSING} or {@code
   *     BUDGET_SNAPSHOT_INVALID} naming the broken rule
   */
  public static ProgrammeBudget restore(BudgetSnapshot s) {
    Objects.requireNonNull(s, "s");
    Checks.required(s.programme(), "programme");
    Checks.required(s.ceiling(), "ceiling");
    Checks.required(s.lines(), "lines");
    if (s.version() < 0 || s.movements() < 0) {
      throw broken("the version and the number of movements are not negative", "版本与变动数不能为负");
    }
    if (s.ceiling().fen() <= 0) {
      throw broken("the ceiling is positive", "预算须为正数");
    }
    TreeMap<Key, BudgetFigures> lines = new TreeMap<>(ORDER);
    EnumMap<FundingSource, BudgetFigures> bySource = new EnumMap<>(FundingSource.class);
    BudgetFigures total = BudgetFigures.ZERO;
    for (BudgetLine l : s.lines()) {
      Checks.required(l, "line");
      if (!l.figures().consistent()) {
        throw broken(
            "each line has returned <= paid and paid - returned <= committed, none negative",
            "每行退回不超过拨付、净拨付不超过承诺，且均不为负");
      }
      if (lines.put(new Key(l.project(), l.source()), l.figures()) != null) {
        throw broken("each project and source has one line", "每个项目与来源只有一行");
      }
      bySource.merge(l.source(), l.figures(), BudgetFigures::plus);
      total = total.plus(l.figures());
    }
    if (total.committed().compareTo(s.ceiling()) > 0) {
      throw broken("the commitments do not exceed the ceiling", "承诺总额不超过预算");
    }
    if (s.movements() < s.lines().size()) {
      throw broken("every line comes from at least one movement", "每行至少来自一笔变动");
    }
    return new ProgrammeBudget(
        s.programme(), s.version(), s.ceiling(), s.movements(), lines, bySource, total, List.of());
  }

  private static RegistryException broken(String en, String zh) {
    return new RegistryException(RegistryError.BUDGET_SNAPSHOT_INVALID, Wording.of(en, zh));
  }

  /**
   * Plans money for a project from a source.
   *
   * @param project the project, not null
   * @param source the source, not null
   * @param amount a positive amount
   * @param actor who acts, an id
   * @param at when, not null
   * @return the budget, raising {@link BudgetMoved}
   * @throws RegistryException with {@code BUDGET_AMOUNT_NOT_POSITIVE}
   */
  public ProgrammeBudget plan(
      ProjectId project, FundingSource source, Money amount, String actor, Instant at) {
    return move(BudgetMovementKind.PLANNED, project, source, amount, actor, at);
  }

  /**
   * Commits money to a project from a source.
   *
   * @param project the project, not null
   * @param source the source, not null
   * @param amount a positive amount
   * @param actor who acts, an id
   * @param at when, not null
   * @return the budget, raising {@link BudgetMoved}
   * @throws RegistryException with {@code BUDGET_AMOUNT_NOT_POSITIVE} or {@code
   *     BUDGET_OVERCOMMITTED} (the commitments would exceed the ceiling)
   */
  public ProgrammeBudget commit(
      ProjectId project, FundingSource source, Money amount, String actor, Instant at) {
    return move(BudgetMovementKind.COMMITTED, project, source, amount, actor, at);
  }

  /**
   * Pays committed money to a project.
   *
   * @param project the project, not null
   * @param source the source, not null
   * @param amount a positive amount
   * @param actor who acts, an id
   * @param at when, not null
   * @return the budget, raising {@link BudgetMoved}
   * @throws RegistryException with {@code BUDGET_AMOUNT_NOT_POSITIVE} or {@code
   *     BUDGET_PAYMENT_ABOVE_COMMITTED}
   */
  public ProgrammeBudget pay(
      ProjectId project, FundingSource source, Money amount, String actor, Instant at) {
    return move(BudgetMovementKind.PAID, project, source, amount, actor, at);
  }

  /**
   * Records money a project gives back; the commitment shrinks by the same amount, so the programme
   * may commit it again.
   *
   * @param project the project, not null
   * @param source the source, not null
   * @param amount a positive amount
   * @param actor who acts, an id
   * @param at when, not null
   * @return the budget, raising {@link BudgetMoved}
   * @throws RegistryException with {@code BUDGET_AMOUNT_NOT_POSITIVE} or {@code
   *     BUDGET_RETURN_ABOVE_PAID}
   */
  public ProgrammeBudget giveBack(
      ProjectId project, FundingSource source, Money amount, String actor, Instant at) {
    return move(BudgetMovementKind.RETURNED, project, source, amount, actor, at);
  }

  /**
   * Releases an unpaid part of a commitment.
   *
   * @param project the project, not null
   * @param source the source, not null
   * @param amount a positive amount
   * @param actor who acts, an id
   * @param at when, not null
   * @return the budget, raising {@link BudgetMoved}
   * @throws RegistryException with {@code BUDGET_AMOUNT_NOT_POSITIVE} or {@code
   *     BUDGET_RELEASE_ABOVE_UNPAID}
   */
  public ProgrammeBudget release(
      ProjectId project, FundingSource source, Money amount, String actor, Instant at) {
    return move(BudgetMovementKind.RELEASED, project, source, amount, actor, at);
  }

  /**
   * Applies a movement of any kind, checking the rules of its kind.
   *
   * @param kind the kind, not null
   * @param project the project, not null
   * @param source the source, not null
   * @param amount a positive amount
   * @param actor who acts, an id
   * @param at when, not null
   * @return the budget, raising {@link BudgetMoved}
   * @throws RegistryException with the codes of the kind's command
   */
  public ProgrammeBudget move(
      BudgetMovementKind kind,
      ProjectId project,
      FundingSource source,
      Money amount,
      String actor,
      Instant at) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(source, "source");
    Checks.actor(actor);
    Checks.at(at);
    Checks.positive(amount, Wording.of("The movement's amount", "变动金额"));
    Key key = new Key(project, source);
    BudgetFigures line = lines.getOrDefault(key, BudgetFigures.ZERO);
    switch (kind) {
      case COMMITTED -> {
        if (total.committed().plus(amount).compareTo(ceiling) > 0) {
          throw new RegistryException(RegistryError.BUDGET_OVERCOMMITTED, programme);
        }
      }
      case PAID -> {
        if (line.netPaid().plus(amount).compareTo(line.committed()) > 0) {
          throw new RegistryException(
              RegistryError.BUDGET_PAYMENT_ABOVE_COMMITTED, project, source);
        }
      }
      case RETURNED -> {
        if (line.returned().plus(amount).compareTo(line.paid()) > 0) {
          throw new RegistryException(RegistryError.BUDGET_RETURN_ABOVE_PAID, project, source);
        }
      }
      case RELEASED -> {
        if (amount.compareTo(line.unpaid()) > 0) {
          throw new RegistryException(RegistryError.BUDGET_RELEASE_ABOVE_UNPAID, project, source);
        }
      }
      case PLANNED -> {
        // planning has no limit beyond a positive amount
      }
    }
    BudgetFigures delta = BudgetFigures.ZERO.apply(kind, amount);
    TreeMap<Key, BudgetFigures> nextLines = new TreeMap<>(lines);
    nextLines.put(key, line.apply(kind, amount));
    EnumMap<FundingSource, BudgetFigures> nextBySource = new EnumMap<>(bySource);
    nextBySource.merge(source, delta, BudgetFigures::plus);
    List<BudgetEvent> events = new ArrayList<>(pending);
    events.add(new BudgetMoved(programme, actor, at, movements + 1, project, source, kind, amount));
    return new ProgrammeBudget(
        programme,
        version,
        ceiling,
        movements + 1,
        nextLines,
        nextBySource,
        total.plus(delta),
        List.copyOf(events));
  }

  /**
   * Returns the budget report: ceiling, figures per source and in total, from the totals kept.
   *
   * @return the report
   */
  public BudgetReport report() {
    return new BudgetReport(programme, ceiling, bySource, total);
  }

  /**
   * Returns the figures of one line.
   *
   * @param project the project, not null
   * @param source the source, not null
   * @return the figures, {@link BudgetFigures#ZERO} if no money moved there
   */
  public BudgetFigures line(ProjectId project, FundingSource source) {
    return lines.getOrDefault(
        new Key(
            Objects.requireNonNull(project, "project"), Objects.requireNonNull(source, "source")),
        BudgetFigures.ZERO);
  }

  /**
   * Returns a project's figures over all sources.
   *
   * @param project the project, not null
   * @return the sums
   */
  public BudgetFigures project(ProjectId project) {
    Objects.requireNonNull(project, "project");
    BudgetFigures sum = BudgetFigures.ZERO;
    for (Map.Entry<Key, BudgetFigures> e :
        lines
            .subMap(
                new Key(project, FundingSource.values()[0]), true, new Key(project, last()), true)
            .entrySet()) {
      sum = sum.plus(e.getValue());
    }
    return sum;
  }

  private static FundingSource last() {
    FundingSource[] all = FundingSource.values();
    return all[all.length - 1];
  }

  /**
   * Returns the complete state.
   *
   * @return the snapshot, lines ordered by project and source
   */
  public BudgetSnapshot snapshot() {
    List<BudgetLine> out = new ArrayList<>(lines.size());
    lines.forEach((k, f) -> out.add(new BudgetLine(k.project(), k.source(), f)));
    return new BudgetSnapshot(programme, version, ceiling, movements, out);
  }

  /**
   * Returns the programme.
   *
   * @return its id
   */
  public ProgrammeId programme() {
    return programme;
  }

  /**
   * Returns the stored version, 0 before the first save.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * Returns the ceiling.
   *
   * @return the programme's budget
   */
  public Money ceiling() {
    return ceiling;
  }

  /**
   * Returns how many movements were applied.
   *
   * @return the count, which is also the number of the last movement
   */
  public long movements() {
    return movements;
  }

  /**
   * Returns the events raised since the budget was read or opened.
   *
   * @return an unmodifiable list, oldest first
   */
  public List<BudgetEvent> pendingEvents() {
    return pending;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof ProgrammeBudget b && snapshot().equals(b.snapshot()));
  }

  @Override
  public int hashCode() {
    return snapshot().hashCode();
  }

  @Override
  public String toString() {
    return "ProgrammeBudget["
        + programme
        + " v"
        + version
        + ", committed "
        + total.committed()
        + " of "
        + ceiling
        + "]";
  }
}
