package org.sanshe.testkit.generator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.identifier.PersonalDataHasher;
import org.sanshe.core.identifier.ResidentIdNumber;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.registry.division.Division;
import org.sanshe.core.registry.division.Divisions;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.NewOrganization;
import org.sanshe.core.satisfaction.instrument.Item;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.response.Period;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.ResponseKey;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.deliberation.ballot.ApprovalBallot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.counting.Candidates;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.service.ServiceDraft;

/**
 * Reproducible random test data from a seed: the same seed and the same calls give the same values
 * on every run and every machine ({@link SplittableRandom}). Plain Java, usable from any test
 * framework: a property test passes its own seed in. Every identifier it makes passes its check
 * characters. Not thread-safe: use one generator per thread.
 */
public final class SeededGenerator {

  /** The characters of a credit-code subject body that GB 11714 and GB 32100 both allow. */
  private static final String SUBJECT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final char[] CATEGORIES = {'1', '2', '3', '9'};

  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};

  private static final String[] SERVICES = {"助老", "助残", "环保", "帮扶", "文化", "调解"};

  private static final String[] CATEGORIES_OF_SERVICE = {
    "elder-care", "companionship", "meal-delivery", "tutoring", "cleaning"
  };

  private static final PersonalDataHasher RESPONDENTS =
      PersonalDataHasher.withKey(
          "sanshe-testkit-respondents-key".getBytes(java.nio.charset.StandardCharsets.UTF_8));

  private final long seed;
  private final SplittableRandom random;

  private SeededGenerator(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /**
   * Creates a generator from a seed.
   *
   * @param seed the seed
   * @return the generator
   */
  public static SeededGenerator withSeed(long seed) {
    return new SeededGenerator(seed);
  }

  /**
   * Returns the seed this generator started from, to print when a test fails.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns a random int between bounds.
   *
   * @param origin the least value, inclusive
   * @param bound the bound, exclusive, above origin
   * @return the value
   * @throws IllegalArgumentException if bound is not above origin
   */
  public int between(int origin, int bound) {
    return random.nextInt(origin, bound);
  }

  /**
   * Generates a county-level district code in Jiangsu ({@code 32xxyy}).
   *
   * @return a six-digit code
   */
  public DivisionCode district() {
    return DivisionCode.parse(
        String.format("32%02d%02d", random.nextInt(1, 14), random.nextInt(2, 30)));
  }

  /**
   * Generates a directory: one district, its streets, and communities under each street.
   *
   * @param streets how many streets, 1 to 99
   * @param communitiesPerStreet how many communities each, 1 to 199
   * @return the directory
   * @throws IllegalArgumentException if a count is out of range
   */
  public Divisions divisions(int streets, int communitiesPerStreet) {
    if (streets < 1 || streets > 99 || communitiesPerStreet < 1 || communitiesPerStreet > 199) {
      throw new IllegalArgumentException(
          "streets 1-99 and communities 1-199, were " + streets + ", " + communitiesPerStreet);
    }
    DivisionCode district = district();
    Divisions.Builder b = Divisions.builder();
    b.add(Division.of(district, "测试区" + district.value()));
    for (int s = 1; s <= streets; s++) {
      DivisionCode street = DivisionCode.parse(district.value() + String.format("%03d", s));
      b.add(Division.of(street, surname() + "家街道", district));
      for (int c = 1; c <= communitiesPerStreet; c++) {
        DivisionCode community = DivisionCode.parse(street.value() + String.format("%03d", c));
        b.add(Division.of(community, surname() + "园社区居委会" + c, street));
      }
    }
    return b.build();
  }

  /**
   * Generates a valid civil-affairs credit code in a region: a random category and subject body,
   * both check characters computed.
   *
   * @param region the region, not null
   * @return the code
   */
  public UnifiedSocialCreditCode uscc(DivisionCode region) {
    Objects.requireNonNull(region, "region");
    StringBuilder subject = new StringBuilder(8);
    for (int i = 0; i < 8; i++) {
      subject.append(SUBJECT_CHARS.charAt(random.nextInt(SUBJECT_CHARS.length())));
    }
    return SyntheticIdentifiers.uscc(
        '5', CATEGORIES[random.nextInt(CATEGORIES.length)], region, subject.toString());
  }

  /**
   * Generates a valid synthetic resident identity number for a person born in a range.
   *
   * @param region the region of registration, not null
   * @param bornFrom the earliest birth date, not null
   * @param bornTo the latest birth date, not null, not before bornFrom
   * @return the number
   * @throws IllegalArgumentException if bornTo is before bornFrom
   */
  public ResidentIdNumber residentId(DivisionCode region, LocalDate bornFrom, LocalDate bornTo) {
    long from = bornFrom.toEpochDay();
    long to = bornTo.toEpochDay();
    if (to < from) {
      throw new IllegalArgumentException("bornTo " + bornTo + " is before bornFrom " + bornFrom);
    }
    LocalDate birth = LocalDate.ofEpochDay(random.nextLong(from, to + 1));
    return SyntheticIdentifiers.residentId(region, birth, random.nextInt(1000));
  }

  /**
   * Generates registered organizations homed in random communities (village-level divisions) of a
   * directory, each with a distinct valid credit code of its district.
   *
   * @param divisions the directory, with at least one community, not null
   * @param count how many, not negative
   * @return the registration forms, ready for {@code OrganizationRegistry.create}
   * @throws IllegalArgumentException if the directory has no community or count is negative
   */
  public List<NewOrganization> organizations(Divisions divisions, int count) {
    List<Division> communities = new ArrayList<>();
    for (Division d : divisions.all()) {
      if (d.code().kind().isVillageLevel()) {
        communities.add(d);
      }
    }
    if (communities.isEmpty() || count < 0) {
      throw new IllegalArgumentException("need a community and a count >= 0, count was " + count);
    }
    LegalForm[] forms = {
      LegalForm.SOCIAL_GROUP, LegalForm.SOCIAL_SERVICE_AGENCY, LegalForm.FOUNDATION
    };
    char[] categoryOf = {'1', '2', '3'};
    Set<UnifiedSocialCreditCode> used = new LinkedHashSet<>();
    List<NewOrganization> out = new ArrayList<>(count);
    while (out.size() < count) {
      Division home = communities.get(random.nextInt(communities.size()));
      int f = random.nextInt(forms.length);
      UnifiedSocialCreditCode code =
          SyntheticIdentifiers.civilAffairsUscc(
              categoryOf[f], home.code(), random.nextLong(100_000_000L));
      if (!used.add(code)) {
        continue;
      }
      String service = SERVICES[random.nextInt(SERVICES.length)];
      out.add(
          NewOrganization.registered(
              home.name() + service + (forms[f] == LegalForm.FOUNDATION ? "基金会" : "服务中心"),
              forms[f],
              home.code(),
              code,
              LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000))));
    }
    return out;
  }

  /**
   * Generates volunteers aged 18 to 75 with ids {@code vol-1}, {@code vol-2}, ... and accounts
   * {@code acct-vol-1}, ...
   *
   * @param region the region of their identity numbers, not null
   * @param on the date their ages are taken on, not null
   * @param count how many, not negative
   * @return the volunteers
   */
  public List<Volunteer> volunteers(DivisionCode region, LocalDate on, int count) {
    Objects.requireNonNull(on, "on");
    List<Volunteer> out = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      ResidentIdNumber id = residentId(region, on.minusYears(75), on.minusYears(18).minusDays(1));
      out.add(
          new Volunteer(PartyId.of("vol-" + i), AccountId.of("acct-vol-" + i), id, id.ageOn(on)));
    }
    return out;
  }

  /**
   * Generates service records that meet the default recording rules: for each volunteer, one
   * service a day on the days before {@code notAfter} (so none overlap and none exceeds the daily
   * maximum), 30 minutes to 4 hours in half hours, for a beneficiary who is not the volunteer.
   *
   * @param volunteers the volunteers, not null, not empty
   * @param organization the recording organization, not null
   * @param notAfter the latest end, typically the clock's now, not null
   * @param perVolunteer services per volunteer, 0 to 28 (inside a 30-day recording window)
   * @return the drafts, volunteer by volunteer, newest first
   * @throws IllegalArgumentException if perVolunteer is out of range
   */
  public List<ServiceDraft> serviceRecords(
      List<Volunteer> volunteers, PartyId organization, Instant notAfter, int perVolunteer) {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(notAfter, "notAfter");
    if (perVolunteer < 0 || perVolunteer > 28) {
      throw new IllegalArgumentException("perVolunteer must be 0 to 28, was " + perVolunteer);
    }
    List<ServiceDraft> out = new ArrayList<>();
    for (Volunteer v : volunteers) {
      for (int day = 0; day < perVolunteer; day++) {
        Instant end =
            notAfter.minus(Duration.ofDays(day)).minus(Duration.ofMinutes(random.nextInt(0, 120)));
        Instant start = end.minus(Duration.ofMinutes(30L * random.nextInt(1, 9)));
        out.add(
            new ServiceDraft(
                v.party(),
                v.account(),
                organization,
                CATEGORIES_OF_SERVICE[random.nextInt(CATEGORIES_OF_SERVICE.length)],
                null,
                start,
                end,
                "community centre",
                PartyId.of("resident-" + random.nextInt(1, 1000))));
      }
    }
    return out;
  }

  /**
   * Generates approval ballots: each voter approves each candidate with probability one half, and
   * at least one.
   *
   * @param candidates the candidates, not null
   * @param voters how many ballots, not negative
   * @return the ballot box
   */
  public BallotBox<ApprovalBallot> approvalBallots(Candidates candidates, int voters) {
    BallotBox.Builder<ApprovalBallot> box = BallotBox.builder();
    for (int v = 0; v < voters; v++) {
      List<CandidateId> approved = new ArrayList<>();
      for (CandidateId c : candidates.list()) {
        if (random.nextBoolean()) {
          approved.add(c);
        }
      }
      if (approved.isEmpty()) {
        approved.add(candidates.get(random.nextInt(candidates.size())));
      }
      box.add(ApprovalBallot.of(approved));
    }
    return box.build();
  }

  /**
   * Generates strict ranked ballots that rank every candidate, each a uniform random order.
   *
   * @param candidates the candidates, not null
   * @param voters how many ballots, not negative
   * @return the ballot box
   */
  public BallotBox<RankedBallot> rankedBallots(Candidates candidates, int voters) {
    BallotBox.Builder<RankedBallot> box = BallotBox.builder();
    for (int v = 0; v < voters; v++) {
      List<CandidateId> order = new ArrayList<>(candidates.list());
      for (int i = order.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        CandidateId t = order.get(i);
        order.set(i, order.get(j));
        order.set(j, t);
      }
      box.add(RankedBallot.strict(order));
    }
    return box.build();
  }

  /**
   * Generates survey responses about one subject in one period: each of {@code count} distinct
   * respondents answers every item with a level of its scale; most are ordinary residents.
   *
   * @param questionnaire the questionnaire, not null
   * @param subject the subject, not null
   * @param period the period, not null
   * @param count how many respondents, not negative
   * @return the responses
   */
  public List<Response> surveyResponses(
      Questionnaire questionnaire, SubjectId subject, Period period, int count) {
    Objects.requireNonNull(questionnaire, "questionnaire");
    List<Response> out = new ArrayList<>(count);
    for (int r = 0; r < count; r++) {
      int[] levels = new int[questionnaire.size()];
      for (int i = 0; i < levels.length; i++) {
        Item item = questionnaire.item(i);
        levels[i] = random.nextInt(item.scale().min(), item.scale().max() + 1);
      }
      RespondentCategory category =
          random.nextInt(10) < 8
              ? RespondentCategory.ORDINARY_RESIDENT
              : RespondentCategory.REPRESENTATIVE;
      out.add(
          Response.ofLevels(
              questionnaire, new ResponseKey(respondent(r), subject, period), category, levels));
    }
    return out;
  }

  /**
   * Returns the keyed hash standing for respondent number n, the same in every generator.
   *
   * @param n the respondent number
   * @return the hashed identity
   */
  public static HashedIdentity respondent(int n) {
    return RESPONDENTS.hash("testkit-respondent", "R" + n);
  }

  private String surname() {
    return SURNAMES[random.nextInt(SURNAMES.length)];
  }

  @Override
  public String toString() {
    return "SeededGenerator[seed=" + seed + "]";
  }
}
