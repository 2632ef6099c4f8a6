package org.sanshe.deliberation.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.VotingException;
import org.sanshe.deliberation.budgeting.BudgetOutcome;
import org.sanshe.deliberation.budgeting.EqualShares;
import org.sanshe.deliberation.budgeting.Greedy;
import org.sanshe.deliberation.budgeting.ParticipatoryBudget;
import org.sanshe.deliberation.budgeting.Support;

class PabulibDecimalAndLenientTest {

  private static String file(String meta, String projects, String votes) {
    return "META\nkey;value\n"
        + meta
        + "PROJECTS\nproject_id;cost;votes;name\n"
        + projects
        + "VOTES\nvoter_id;vote\n"
        + votes;
  }

  @Test
  void decimal_costs_are_exact_where_floating_point_would_overspend() {
    // 0.1 + 0.2 > 0.3 in double precision; exactly it is equal and both projects fit
    String text =
        file("budget;0.3\nvote_type;approval\n", "a;0.1;2;A\nb;0.2;1;B\n", "1;a,b\n2;a\n");
    PabulibFile f = PabulibReader.parse(text);
    assertThat(f.costScale()).isEqualTo(1);
    assertThat(f.budget()).isEqualTo(3);
    assertThat(f.budgetAmount()).isEqualByComparingTo(new BigDecimal("0.3"));
    ParticipatoryBudget pb = f.toBudget();
    assertThat(pb.currencyUnit()).isEqualTo(10);
    BudgetOutcome out = Greedy.bySupport(Support.approvals()).allocate(pb);
    assertThat(out.selectedIds())
        .containsExactlyInAnyOrder(CandidateId.of("a"), CandidateId.of("b"));
    assertThat(out.remaining()).isZero();
  }

  @Test
  void the_scale_is_the_largest_number_of_decimals_and_trailing_zeros_do_not_count() {
    PabulibFile f =
        PabulibReader.parse(
            file(
                "budget;1000.50\nmax_sum_cost;1000.5\n",
                "a;1200.00;1;A\nb;12.125;1;B\n",
                "1;a\n2;b\n"));
    assertThat(f.costScale()).isEqualTo(3);
    assertThat(f.budget()).isEqualTo(1_000_500);
    assertThat(f.cost(CandidateId.of("a"))).isEqualTo(1_200_000);
    assertThat(f.cost(CandidateId.of("b"))).isEqualTo(12_125);
    assertThat(f.constraints().maxTotalCost()).isEqualTo(1_000_500);
    assertThat(PabulibReader.parse(file("budget;100\n", "a;1200.0;1;A\n", "1;a\n")).costScale())
        .isZero();
  }

  @Test
  void add1_on_a_decimal_budget_raises_one_currency_unit_per_voter() {
    String text = file("budget;10.55\n", "a;4.20;2;A\nb;5.10;1;B\nc;3;1;C\n", "1;a,b\n2;a,c\n");
    ParticipatoryBudget pb = PabulibReader.parse(text).toBudget();
    BudgetOutcome out =
        EqualShares.costUtilities().withCompletion(EqualShares.Completion.ADD1).allocate(pb);
    // floored start: 2 voters, whole currency units: 10.00, in hundredths 1000
    assertThat(out.virtualBudget() % (2 * 100)).isZero();
    assertThat(out.totalCost()).isLessThanOrEqualTo(1055);
  }

  @Test
  void numbers_in_other_scripts_exponents_and_overlong_numbers_are_refused_without_echo() {
    for (String bad :
        List.of(
            "\u0663",
            "\uFF19",
            "1e5",
            "1,5",
            "12.",
            ".5",
            "1.1234567891",
            "9".repeat(41),
            "99999999999999999999",
            "+5",
            "0x10",
            "1 000")) {
      String text = file("budget;100\n", "a;" + bad + ";1;A\n", "1;a\n");
      assertThatThrownBy(() -> PabulibReader.parse(text))
          .as(bad)
          .isInstanceOfSatisfying(
              VotingException.class,
              e -> {
                assertThat(e.code()).isEqualTo("PABULIB_NUMBER_INVALID");
                assertThat(e.getMessage()).contains("Line 6", "cost").doesNotContain(bad);
                assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).doesNotContain(bad);
                assertThat(e.getMessage().length()).isLessThan(300);
              });
    }
  }

  @Test
  void a_max_length_beyond_int_is_kept_as_no_limit_never_truncated() {
    PabulibFile f =
        PabulibReader.parse(file("budget;100\nmax_length;5000000000\n", "a;5;1;A\n", "1;a\n"));
    assertThat(f.constraints().maxLength()).isEqualTo(Integer.MAX_VALUE);
    assertThat(f.toBudget().ballots().voters()).isEqualTo(1);
    assertThat(f.meta()).containsEntry("max_length", "5000000000");
  }

  private static final String IRREGULAR =
      file(
          "budget;100\nvote_type;approval\nmax_length;2\nmax_sum_cost;100\nnum_votes;5\n",
          "a;60;3;A\nb;50;2;B\nc;10;2;C\n",
          "1;a,a\n2;a,zz\n3;a,b,c\n4;c\n");

  @Test
  void lenient_reading_counts_what_the_city_counted_and_reports_each_line() {
    PabulibFile f = PabulibReader.parse(IRREGULAR, ReadMode.LENIENT);
    assertThat(f.irregularities())
        .containsExactly(
            new Irregularity(7, Irregularity.Kind.NUM_VOTES_MISMATCH, "META num_votes"),
            new Irregularity(11, Irregularity.Kind.VOTES_COLUMN_MISMATCH, "votes"),
            new Irregularity(15, Irregularity.Kind.DUPLICATE_PROJECT_IN_VOTE, "vote"),
            new Irregularity(16, Irregularity.Kind.UNKNOWN_PROJECT_IN_VOTE, "vote"),
            new Irregularity(17, Irregularity.Kind.BALLOT_TOO_LONG, "META max_length"),
            new Irregularity(17, Irregularity.Kind.BALLOT_OVER_MAX_SUM_COST, "META max_sum_cost"));
    ParticipatoryBudget pb = f.toBudget();
    assertThat(pb.ballots().voters()).isEqualTo(4);
    assertThat(PabulibWriter.write(f)).isEqualTo(IRREGULAR);
  }

  @Test
  void strict_reading_refuses_the_same_file_at_its_first_fatal_line() {
    assertThatThrownBy(() -> PabulibReader.parse(IRREGULAR))
        .isInstanceOf(VotingException.class)
        .hasMessageContaining("PABULIB_DUPLICATE_KEY")
        .hasMessageContaining("Line 15");
    String overLong = IRREGULAR.replace("1;a,a\n2;a,zz\n", "1;a\n2;a\n");
    PabulibFile f = PabulibReader.parse(overLong);
    assertThatThrownBy(f::toBudget)
        .hasMessageContaining("PABULIB_BALLOT_INVALID")
        .hasMessageContaining("Line 17")
        .hasMessageContaining("max_length");
    assertThat(PabulibReader.parse(overLong, ReadMode.LENIENT).toBudget(ReadMode.LENIENT))
        .isNotNull();
  }

  @Test
  void every_meta_key_is_kept_in_order_and_written_back() {
    String text =
        file(
            "description;x\nbudget;100\nunknown_key;\"a;b\"\nfully_funded;1\nrule;greedy\n",
            "a;5;1;A\n",
            "1;a\n");
    PabulibFile f = PabulibReader.parse(text);
    assertThat(f.meta().keySet())
        .containsExactly("description", "budget", "unknown_key", "fully_funded", "rule");
    assertThat(f.meta()).containsEntry("unknown_key", "a;b");
    assertThat(f.rule()).isEqualTo("greedy");
    assertThat(PabulibReader.parse(PabulibWriter.write(f))).isEqualTo(f);
  }
}
