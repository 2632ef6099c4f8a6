package org.sanshe.examples.district;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.SansheException;

/**
 * A district's working month as a list of steps, run in order over one {@link District}. A step
 * that throws is marked FAILED with the error and the later steps still run. Not thread-safe.
 */
public final class DistrictScenario {

  private final List<Step> steps;

  /**
   * Creates a scenario of given steps.
   *
   * @param steps the steps in order, not null
   */
  public DistrictScenario(List<Step> steps) {
    this.steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
  }

  /**
   * Returns the month in 雨花台区: identifiers, organizations, the time bank, matters, votes,
   * satisfaction and the audit.
   *
   * @return the scenario
   */
  public static DistrictScenario workingMonth() {
    return new DistrictScenario(
        List.of(
            new IdentifiersStep(),
            new OrganizationsStep(),
            new VolunteerHoursStep(),
            new GiftStep(),
            new BookingStep(),
            new TriageStep(),
            new EscalationStep(),
            new OwnersVoteStep(),
            new MicroFundStep(),
            new SatisfactionStep(),
            new PatrolStep(),
            new LedgerChainStep(),
            new RestartStep(),
            new OutboxStep()));
  }

  /**
   * Runs every step over a fresh district whose clock starts at {@link DistrictData#START}.
   *
   * @return the report
   */
  public ScenarioReport run() {
    return run(TimeBankStorage.memory());
  }

  /**
   * Runs every step over a fresh district whose time bank lives in a given storage.
   *
   * @param storage where the time bank lives, not null
   * @return the report
   */
  public ScenarioReport run(TimeBankStorage storage) {
    return run(storage, AffairsStorage.memory());
  }

  /**
   * Runs every step over a fresh district whose time bank and affairs live in given storages.
   *
   * @param storage where the time bank lives, not null
   * @param affairs where the registry, matters, cases, votes and their events live, not null
   * @return the report
   */
  public ScenarioReport run(TimeBankStorage storage, AffairsStorage affairs) {
    ScenarioClock clock = new ScenarioClock(DistrictData.START, DistrictData.ZONE);
    District district = new District(clock, storage, affairs);
    List<StepResult> results = new ArrayList<>();
    for (Step step : steps) {
      StepResult.Builder out = new StepResult.Builder();
      try {
        step.run(district, out);
      } catch (SansheException e) {
        out.error(e.getMessage());
      } catch (RuntimeException e) {
        out.error(e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      results.add(out.build(results.size() + 1, step));
    }
    return new ScenarioReport(DistrictData.START, clock.instant(), results);
  }
}
