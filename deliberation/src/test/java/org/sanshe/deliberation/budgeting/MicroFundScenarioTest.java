package org.sanshe.deliberation.budgeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.pabulib.PabulibFile;
import org.sanshe.deliberation.pabulib.PabulibReader;
import org.sanshe.deliberation.pabulib.PabulibWriter;

/**
 * A community micro-fund from ballot collection to published result: the residents' committee
 * records the vote as a Pabulib file, publishes it, and counts it by the greedy rule and by Equal
 * Shares with add1, each result explaining itself.
 */
class MicroFundScenarioTest {

  private static PabulibFile.Row row(String... pairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put(pairs[i], pairs[i + 1]);
    }
    return new PabulibFile.Row(0, fields);
  }

  @Test
  void a_micro_fund_vote_is_recorded_published_and_counted_two_ways() {
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("description", "Micro-fund; Building 3 and 4");
    meta.put("budget", "10000");
    meta.put("vote_type", "approval");
    meta.put("min_length", "1");
    PabulibFile recorded =
        new PabulibFile(
            meta,
            List.of("project_id", "cost", "name"),
            List.of(
                row("project_id", "lift", "cost", "6000", "name", "Lift repair"),
                row("project_id", "bench", "cost", "1500", "name", "Benches, \"shade\" side"),
                row("project_id", "bikes", "cost", "3000", "name", "Bike shed"),
                row("project_id", "mural", "cost", "2500", "name", "Mural")),
            List.of("voter_id", "vote"),
            List.of(
                row("voter_id", "1", "vote", "lift,bench"),
                row("voter_id", "2", "vote", "lift,bench"),
                row("voter_id", "3", "vote", "lift"),
                row("voter_id", "4", "vote", "lift,bikes"),
                row("voter_id", "5", "vote", "bikes,mural"),
                row("voter_id", "6", "vote", "mural")));

    String published = PabulibWriter.write(recorded);
    PabulibFile read = PabulibReader.parse(published);
    assertThat(read).isEqualTo(recorded);
    ParticipatoryBudget budget = read.toBudget();

    BudgetOutcome greedy = Greedy.bySupport(Support.approvals()).allocate(budget);
    assertThat(greedy.selectedIds())
        .extracting(CandidateId::value)
        .containsExactly("lift", "bench", "mural");
    assertThat(greedy.remaining()).isZero();

    BudgetOutcome shares =
        EqualShares.costUtilities().withCompletion(EqualShares.Completion.ADD1).allocate(budget);
    assertThat(shares.totalCost()).isLessThanOrEqualTo(10_000);
    assertThat(shares.rounds()).hasSize(shares.selected().size());
    BudgetOutcome.EqualSharesRound first = shares.rounds().get(0);
    // every payer paid at most the cap, and the payers together covered the cost
    assertThat(first.maxPayment().times(first.payers()).compareTo(Fraction.of(first.cost())))
        .isGreaterThanOrEqualTo(0);
    assertThat(shares.virtualBudget()).isGreaterThanOrEqualTo(9996);
    assertThat(shares.rule()).contains("completion add1", "lower cost");
  }
}
