package org.sanshe.testkit.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.registry.division.Divisions;
import org.sanshe.core.registry.organization.NewOrganization;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.deliberation.ballot.ApprovalBallot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.counting.Candidates;
import org.sanshe.testkit.fixture.RegistryFixture;
import org.sanshe.testkit.fixture.SurveyFixture;
import org.sanshe.testkit.fixture.TimeBankFixture;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.service.ServiceDraft;

class SeededGeneratorTest {

  private static final DivisionCode GULOU = DivisionCode.parse("320106");
  private static final LocalDate ON = LocalDate.of(2026, 3, 1);
  private static final Candidates ABCD = Candidates.of("a", "b", "c", "d");

  @Test
  void the_same_seed_gives_the_same_data() {
    SeededGenerator one = SeededGenerator.withSeed(42);
    SeededGenerator two = SeededGenerator.withSeed(42);
    assertThat(one.divisions(2, 3).all()).isEqualTo(two.divisions(2, 3).all());
    assertThat(one.uscc(GULOU)).isEqualTo(two.uscc(GULOU));
    assertThat(one.volunteers(GULOU, ON, 5)).isEqualTo(two.volunteers(GULOU, ON, 5));
    assertThat(one.approvalBallots(ABCD, 20)).isEqualTo(two.approvalBallots(ABCD, 20));
    assertThat(one.rankedBallots(ABCD, 20)).isEqualTo(two.rankedBallots(ABCD, 20));
    assertThat(
            levels(
                one.surveyResponses(
                    SurveyFixture.questionnaire(),
                    SurveyFixture.worker("w"),
                    SurveyFixture.YEAR,
                    10)))
        .isEqualTo(
            levels(
                two.surveyResponses(
                    SurveyFixture.questionnaire(),
                    SurveyFixture.worker("w"),
                    SurveyFixture.YEAR,
                    10)));
    assertThat(one.seed()).isEqualTo(42);
  }

  @Test
  void different_seeds_give_different_data() {
    assertThat(SeededGenerator.withSeed(1).rankedBallots(ABCD, 30))
        .isNotEqualTo(SeededGenerator.withSeed(2).rankedBallots(ABCD, 30));
  }

  @Test
  void generated_credit_codes_and_identity_numbers_are_valid() {
    for (long seed = 0; seed < 50; seed++) {
      SeededGenerator g = SeededGenerator.withSeed(seed);
      UnifiedSocialCreditCode code = g.uscc(g.district());
      assertThat(UnifiedSocialCreditCode.isValid(code.value())).as(code.value()).isTrue();
      g.volunteers(GULOU, ON, 3)
          .forEach(
              v -> {
                assertThat(v.age()).isBetween(18, 75);
                assertThat(
                        org.sanshe.core.identifier.ResidentIdNumber.isValid(
                            v.idNumber().unmaskedValue()))
                    .isTrue();
              });
    }
  }

  @Test
  void generated_divisions_form_a_tree() {
    Divisions d = SeededGenerator.withSeed(7).divisions(3, 4);
    assertThat(d.size()).isEqualTo(1 + 3 + 12);
    DivisionCode district = d.all().get(0).code();
    assertThat(d.children(district)).hasSize(3);
    assertThat(d.subtree(district)).hasSize(16);
  }

  @Test
  void generated_organizations_register_in_a_generated_directory() {
    SeededGenerator g = SeededGenerator.withSeed(11);
    Divisions d = g.divisions(2, 2);
    List<NewOrganization> forms = g.organizations(d, 25);
    RegistryFixture registry =
        new RegistryFixture(org.sanshe.testkit.fixture.DistrictFixture.clock(), d);
    forms.forEach(f -> registry.registry().create(f));
    assertThat(registry.organizations().size()).isEqualTo(25);
  }

  @Test
  void generated_service_records_are_all_accepted_by_the_bank() {
    TimeBankFixture f = new TimeBankFixture();
    SeededGenerator g = SeededGenerator.withSeed(5);
    List<Volunteer> volunteers = g.volunteers(GULOU, ON, 3);
    volunteers.forEach(v -> f.openIndividual(v.party(), v.account(), v.age()));
    Instant now = f.clock().instant();
    List<ServiceDraft> drafts = g.serviceRecords(volunteers, TimeBankFixture.ORGANIZATION, now, 10);
    assertThat(drafts).hasSize(30);
    for (ServiceDraft draft : drafts) {
      f.bank().services().record(TimeBankFixture.COORDINATOR, draft);
    }
    assertThat(drafts)
        .allMatch(dr -> !dr.end().isAfter(now) && dr.served().compareTo(Duration.ZERO) > 0)
        .allMatch(dr -> !dr.volunteer().equals(dr.beneficiary()))
        .noneMatch(dr -> dr.beneficiary().equals(PartyId.of("vol-1")));
  }

  @Test
  void every_generated_ballot_names_only_candidates() {
    BallotBox<ApprovalBallot> approvals = SeededGenerator.withSeed(3).approvalBallots(ABCD, 40);
    BallotBox<RankedBallot> rankings = SeededGenerator.withSeed(3).rankedBallots(ABCD, 40);
    ABCD.checkNamedIn(approvals);
    ABCD.checkNamedIn(rankings);
    assertThat(approvals.voters()).isEqualTo(40);
    assertThat(rankings.distinct()).allMatch(c -> c.ballot().length() == 4);
  }

  private static List<String> levels(List<Response> responses) {
    return responses.stream().map(r -> r.key() + java.util.Arrays.toString(r.levels())).toList();
  }
}
