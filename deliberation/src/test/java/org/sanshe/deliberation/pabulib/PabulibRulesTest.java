package org.sanshe.deliberation.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanshe.deliberation.ConformanceFiles;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.budgeting.BudgetOutcome;

class PabulibRulesTest {

  private static List<String> ids(BudgetOutcome out) {
    return out.selectedIds().stream().map(CandidateId::value).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Poland_Warszawa_2017_Sadul.pb",
        "Poland_Warszawa_2019_Okecie.pb",
        "Poland_Krakow_2019_Bienczyce.pb",
        "Poland_Czestochowa_2024_Podjasnogorska.pb",
        "Netherlands_Assen_2024.pb",
        "Poland_Swiecie_2023.pb"
      })
  void every_conformance_file_is_reproduced_by_its_own_rule_label(String name) {
    PabulibFile f = PabulibReader.read(ConformanceFiles.require("pabulib/" + name));
    PabulibRules.Check check = PabulibRules.check(f);
    assertThat(check.label().text()).isEqualTo(f.rule());
    assertThat(check.missing()).isEmpty();
    assertThat(check.extra()).isEmpty();
    assertThat(check.matches()).isTrue();
    assertThat(check.declared()).isNotEmpty();
  }

  @Test
  void a_difference_from_the_city_is_reported_project_by_project() {
    String text =
        "META\nkey;value\nbudget;100\nrule;greedy\nPROJECTS\nproject_id;cost;selected\n"
            + "a;60;1\nb;50;1\nc;40;0\nVOTES\nvoter_id;vote\n1;a,b,c\n2;a,c\n3;a\n";
    PabulibRules.Check check = PabulibRules.check(PabulibReader.parse(text));
    // greedy by approvals: a (3) fits, c (2) fits, b (1) does not
    assertThat(ids(check.outcome())).containsExactly("a", "c");
    assertThat(check.missing()).containsExactly(CandidateId.of("b"));
    assertThat(check.extra()).containsExactly(CandidateId.of("c"));
    assertThat(check.matches()).isFalse();
  }

  private static PabulibFile greedyFile(String rule, String extraMeta) {
    return PabulibReader.parse(
        "META\nkey;value\nbudget;100\nrule;"
            + rule
            + "\n"
            + extraMeta
            + "PROJECTS\nproject_id;cost\na;60;\nb;50\nc;30\nd;10\n".replace("a;60;\n", "a;60\n")
            + "VOTES\nvoter_id;vote\n1;a,b,c,d\n2;a,b,c\n3;a,b\n4;a\n");
  }

  @Test
  void greedy_skips_no_skip_stops_and_threshold_excludes() {
    // support: a 4, b 3, c 2, d 1
    assertThat(ids(PabulibRules.run(greedyFile("greedy", "")))).containsExactly("a", "c", "d");
    assertThat(ids(PabulibRules.run(greedyFile("greedy-no-skip", "")))).containsExactly("a");
    assertThat(
            ids(
                PabulibRules.run(
                    greedyFile("greedy-threshold", "min_project_score_threshold;2\n"))))
        .containsExactly("a", "c");
    assertThatThrownBy(() -> PabulibRules.run(greedyFile("greedy-threshold", "")))
        .hasMessageContaining("PABULIB_META_MISSING");
  }

  @Test
  void poznan_funds_the_first_project_that_does_not_fit_when_eighty_percent_is_covered() {
    // after a (60), 40 is left: b costs 50, 80% covered -> funded, and the count stops
    BudgetOutcome out =
        PabulibRules.run(greedyFile("greedy", ""), PabulibRules.Label.GREEDY_POZNAN);
    assertThat(ids(out)).containsExactly("a", "b");
    assertThat(out.totalCost()).isEqualTo(110);
    // with b costing 51, 40/51 < 80%: b skipped, the count goes on as plain greedy
    PabulibFile f =
        PabulibReader.parse(PabulibWriter.write(greedyFile("greedy", "")).replace("b;50", "b;51"));
    assertThat(ids(PabulibRules.run(f, PabulibRules.Label.GREEDY_POZNAN)))
        .containsExactly("a", "c", "d");
  }

  @Test
  void the_comparison_step_takes_greedy_only_when_strictly_more_voters_prefer_it() {
    // 3 voters want the big project x; 2 voters each want a small one
    String text =
        "META\nkey;value\nbudget;90\nrule;equalshares-comparison\nPROJECTS\nproject_id;cost\n"
            + "x;90\ny;15\nz;15\nw;30\nVOTES\nvoter_id;vote\n1;x\n2;x\n3;x\n4;y\n5;z,w\n";
    PabulibFile f = PabulibReader.parse(text);
    BudgetOutcome es = PabulibRules.run(f, PabulibRules.Label.EQUALSHARES);
    BudgetOutcome cmp = PabulibRules.run(f);
    // each voter holds 18: x needs 90 from 3 voters (54), not affordable; y and z are
    assertThat(ids(es)).containsExactly("y", "z");
    // greedy takes x (3 approvals): voters 1-3 prefer it, 4 and 5 prefer equal shares: 3 > 2
    assertThat(ids(cmp)).containsExactly("x");
    assertThat(cmp.rule()).contains("3 voters prefer greedy", "2 prefer equal shares");
    PabulibFile add1 =
        PabulibReader.parse(text.replace("equalshares-comparison", "equalshares/add1-comparison"));
    assertThat(PabulibRules.run(add1).rule()).contains("comparison step");
  }

  @Test
  void labels_round_trip_and_unknown_or_exclusive_labels_are_refused_without_echo() {
    for (PabulibRules.Label l : PabulibRules.Label.values()) {
      assertThat(PabulibRules.Label.of(l.text())).isEqualTo(l);
    }
    assertThatThrownBy(() -> PabulibRules.Label.of("secret-rule"))
        .hasMessageContaining("PABULIB_RULE_UNSUPPORTED")
        .hasMessageNotContaining("secret-rule");
    assertThatThrownBy(() -> PabulibRules.run(greedyFile("greedy-exclusive", "")))
        .hasMessageContaining("PABULIB_RULE_UNSUPPORTED");
  }
}
