package org.sanshe.deliberation.budgeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.ConformanceFiles;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.pabulib.PabulibFile;
import org.sanshe.deliberation.pabulib.PabulibReader;

class PabulibConformanceTest {

  private static PabulibFile file(String name) {
    return PabulibReader.read(ConformanceFiles.require("pabulib/" + name));
  }

  private static List<String> ids(BudgetOutcome outcome) {
    return outcome.selectedIds().stream().map(CandidateId::value).toList();
  }

  private static List<String> marked(PabulibFile file) {
    return file.selectedProjects().stream().map(CandidateId::value).toList();
  }

  @Test
  void greedy_by_approvals_reproduces_warszawa_2017_sadul() {
    PabulibFile f = file("Poland_Warszawa_2017_Sadul.pb");
    BudgetOutcome out = Greedy.bySupport(Support.approvals()).allocate(f.toBudget());
    assertThat(ids(out)).containsExactlyInAnyOrder("1547", "1549");
    assertThat(ids(out)).containsExactlyInAnyOrderElementsOf(marked(f));
  }

  @Test
  void greedy_by_approvals_reproduces_warszawa_2019_okecie_taking_the_cheaper_of_a_tie() {
    PabulibFile f = file("Poland_Warszawa_2019_Okecie.pb");
    BudgetOutcome out = Greedy.bySupport(Support.approvals()).allocate(f.toBudget());
    assertThat(ids(out))
        .containsExactlyInAnyOrder(
            "1015", "1108", "1286", "1332", "1344", "1464", "1518", "1520", "1682", "1868", "1934",
            "2234", "2278", "2368", "2373", "475", "560", "620", "730", "736", "741", "769");
    assertThat(ids(out)).doesNotContain("744");
    assertThat(out.ties())
        .anySatisfy(
            t ->
                assertThat(t.order().stream().map(CandidateId::value).toList())
                    .containsSubsequence("1286", "744"));
    assertThat(out.remaining()).isEqualTo(900_000 - out.totalCost()).isNotNegative();
  }

  @Test
  void greedy_by_rank_points_reproduces_krakow_2019_bienczyce() {
    PabulibFile f = file("Poland_Krakow_2019_Bienczyce.pb");
    BudgetOutcome out = Greedy.bySupport(Support.rankPoints(3, 2, 1)).allocate(f.toBudget());
    assertThat(ids(out)).containsExactly("3", "4", "2", "20", "6", "17", "10");
    for (PabulibFile.Row row : f.projects()) {
      assertThat(out.support().get(CandidateId.of(row.get("project_id"))))
          .isEqualTo(Long.parseLong(row.get("score")));
    }
  }

  @Test
  void greedy_by_points_reproduces_czestochowa_2024_podjasnogorska() {
    PabulibFile f = file("Poland_Czestochowa_2024_Podjasnogorska.pb");
    BudgetOutcome out = Greedy.bySupport(Support.points()).allocate(f.toBudget());
    assertThat(ids(out)).containsExactlyInAnyOrder("112", "348", "611", "639");
    for (PabulibFile.Row row : f.projects()) {
      assertThat(out.support().get(CandidateId.of(row.get("project_id"))))
          .isEqualTo(Long.parseLong(row.get("score")));
    }
  }

  @Test
  void equal_shares_with_add1_reproduces_assen_2024() {
    PabulibFile f = file("Netherlands_Assen_2024.pb");
    BudgetOutcome out =
        EqualShares.costUtilities()
            .withCompletion(EqualShares.Completion.ADD1)
            .allocate(f.toBudget());
    assertThat(ids(out)).containsExactlyInAnyOrder("11", "12", "13", "14", "2", "3", "5", "6", "9");
    assertThat(out.totalCost()).isLessThanOrEqualTo(100_000);
    assertThat(out.rounds()).hasSize(out.selected().size());
  }

  @Test
  void equal_shares_with_add1_reproduces_swiecie_2023() {
    PabulibFile f = file("Poland_Swiecie_2023.pb");
    BudgetOutcome out =
        EqualShares.costUtilities()
            .withCompletion(EqualShares.Completion.ADD1)
            .allocate(f.toBudget());
    assertThat(ids(out))
        .containsExactlyInAnyOrder(
            "c1", "c10", "c11", "c12", "c13", "c14", "c17", "c18", "c19", "c2", "c20", "c21", "c3",
            "c4", "c5", "c7", "c9");
    assertThat(ids(out)).containsExactlyInAnyOrderElementsOf(marked(f));
  }
}
