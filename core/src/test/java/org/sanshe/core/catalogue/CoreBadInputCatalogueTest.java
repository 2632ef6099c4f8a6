package org.sanshe.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.catalogue.Hostile.MEGA_DIGITS;
import static org.sanshe.core.catalogue.Hostile.MEGA_NAME;
import static org.sanshe.core.catalogue.Hostile.PHONE;
import static org.sanshe.core.catalogue.Hostile.RESIDENT_ID;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.ResidentIdNumber;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.division.Division;
import org.sanshe.core.registry.division.Divisions;
import org.sanshe.core.registry.memory.InMemoryOrganizations;
import org.sanshe.core.registry.organization.CertifiedWorkers;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.NewOrganization;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.project.Need;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.core.registry.worker.CertificateNumber;
import org.sanshe.core.registry.worker.QualificationLevel;
import org.sanshe.core.registry.worker.SocialWorker;
import org.sanshe.core.registry.worker.SocialWorkerId;
import org.sanshe.core.satisfaction.SatisfactionFixtures;
import org.sanshe.core.satisfaction.instrument.ItemId;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;
import org.sanshe.core.satisfaction.instrument.Weight;
import org.sanshe.core.satisfaction.response.Period;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.core.satisfaction.response.SubjectKind;
import org.sanshe.core.satisfaction.score.SatisfactionTally;

/**
 * The core module's bad-input catalogue: hostile and careless inputs to every public parser and the
 * registry's commands, each refused with a coded error, a short message that does not echo the
 * input, no change of state, within a time limit. Run with the rest of the suite; {@link
 * #the_catalogue_tries_at_least_fifty_inputs} keeps it from shrinking.
 */
class CoreBadInputCatalogueTest {

  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final DivisionCode DISTRICT = DivisionCode.parse("320114");
  private static final DivisionCode STREET = DivisionCode.parse("320114001");
  private static final DivisionCode COMMUNITY = DivisionCode.parse("320114001001");
  private static final UnifiedSocialCreditCode SOCIAL_GROUP_CODE =
      UnifiedSocialCreditCode.parse("51100000500002862F");
  private static final UnifiedSocialCreditCode FOUNDATION_CODE =
      UnifiedSocialCreditCode.parse("53100000500019795A");

  /** Hostile number texts, tried against every number parser. */
  static final List<String> NUMBERS =
      List.of(
          MEGA_DIGITS,
          "1e100000000",
          "1E-999999999",
          "١/٢",
          "٣",
          "９",
          "1\u202E2",
          RESIDENT_ID,
          PHONE + "abc",
          "NaN",
          "Infinity",
          "0x1F",
          "1,5",
          "--1",
          "");

  static List<Hostile> catalogue() {
    List<Hostile> all = new ArrayList<>();
    for (String n : NUMBERS) {
      all.add(Hostile.of("Fraction.parse " + label(n), n, () -> Fraction.parse(n)));
      all.add(Hostile.of("Money.parse " + label(n), n, () -> Money.parse(n)));
      all.add(Hostile.of("Weight.parse " + label(n), n, () -> Weight.parse(n)));
    }
    all.add(Hostile.of("Fraction 1/0", "1/0", () -> Fraction.parse("1/0")));
    all.add(Hostile.of("Fraction half a slash", "1/", () -> Fraction.parse("1/")));
    all.add(
        Hostile.of(
            "Fraction digits on both sides",
            null,
            () -> Fraction.parse(MEGA_DIGITS + "/" + MEGA_DIGITS)));
    all.add(Hostile.of("Money three decimals", "1.234", () -> Money.parse("1.234")));
    all.add(
        Hostile.of(
            "Money past a long",
            "99999999999999999999",
            () -> Money.parse("99999999999999999999")));
    all.add(Hostile.of("Weight above one", "1.00001", () -> Weight.parse("1.00001")));
    all.add(Hostile.of("Weight percent above 100", "100.5%", () -> Weight.parse("100.5%")));
    all.add(Hostile.of("Weight negative", "-0.1", () -> Weight.parse("-0.1")));

    // Identifiers.
    all.add(
        Hostile.of(
            "resident ID of a megabyte", MEGA_DIGITS, () -> ResidentIdNumber.parse(MEGA_DIGITS)));
    all.add(
        Hostile.of(
            "resident ID lenient of a megabyte",
            MEGA_NAME,
            () -> ResidentIdNumber.parseLenient(MEGA_NAME)));
    all.add(
        Hostile.of(
            "resident ID in Arabic-Indic digits",
            null,
            () -> ResidentIdNumber.parse("١١٠١٠٥١٩٤٩١٢٣١٠٠٢X")));
    all.add(
        Hostile.of(
            "resident ID born in 2099", null, () -> ResidentIdNumber.parse(bornIn2099(), CLOCK)));
    all.add(
        Hostile.of(
            "resident ID with a bidi control",
            null,
            () -> ResidentIdNumber.parse("\u202E1010519491231002X")));
    all.add(
        Hostile.of(
            "division code of a megabyte", MEGA_DIGITS, () -> DivisionCode.parse(MEGA_DIGITS)));
    all.add(
        Hostile.of(
            "division code in Arabic-Indic digits", "٣٢٠١١٤", () -> DivisionCode.parse("٣٢٠١١٤")));
    all.add(
        Hostile.of("division code that is a phone number", PHONE, () -> DivisionCode.parse(PHONE)));
    all.add(
        Hostile.of(
            "credit code of a megabyte",
            MEGA_NAME,
            () -> UnifiedSocialCreditCode.parse(MEGA_NAME)));
    all.add(
        Hostile.of(
            "credit code that is a resident ID",
            RESIDENT_ID,
            () -> UnifiedSocialCreditCode.parse(RESIDENT_ID)));
    all.add(
        Hostile.of("organization id of a megabyte", MEGA_NAME, () -> OrganizationId.of(MEGA_NAME)));
    all.add(
        Hostile.of(
            "organization id with a bidi override",
            "org\u202E1",
            () -> OrganizationId.of("org\u202E1")));
    all.add(
        Hostile.of(
            "organization id of zero-width spaces", null, () -> OrganizationId.of("\u200B\u200B")));
    all.add(
        Hostile.of(
            "social worker id with a Hangul filler", null, () -> new SocialWorkerId("\u3164")));
    all.add(
        Hostile.of(
            "subject id with a right-to-left mark",
            null,
            () -> SubjectId.of(SubjectKind.SOCIAL_WORKER, "w\u200F1")));
    all.add(Hostile.of("subject of a megabyte", MEGA_NAME, () -> SubjectId.parse(MEGA_NAME)));
    all.add(
        Hostile.of(
            "questionnaire id in full-width letters",
            "ｑｕｅｓｔｉｏｎ",
            () -> QuestionnaireId.of("ｑｕｅｓｔｉｏｎ")));
    all.add(Hostile.of("item code of a megabyte", MEGA_DIGITS, () -> ItemId.of(MEGA_DIGITS)));
    all.add(Hostile.of("period that is a phone number", PHONE, () -> Period.parse(PHONE)));
    all.add(Hostile.of("period in full-width digits", "２０２６", () -> Period.parse("２０２６")));
    all.add(
        Hostile.of(
            "certificate number that is a resident ID with a dash",
            null,
            () -> new CertificateNumber(RESIDENT_ID + "-1")));
    all.add(
        Hostile.of(
            "certificate number of a megabyte",
            MEGA_DIGITS,
            () -> new CertificateNumber(MEGA_DIGITS)));

    // The organization registry: names, dates, credit codes.
    InMemoryOrganizations store = new InMemoryOrganizations();
    store.save(
        Organization.create(
            new OrganizationId("o1"),
            NewOrganization.incubating("Sunshine", LegalForm.SOCIAL_GROUP, COMMUNITY),
            CLOCK));
    java.util.function.Supplier<Object> orgs =
        () ->
            store.find(new OrganizationId("o1")).orElseThrow().toString()
                + store.count(org.sanshe.core.registry.organization.OrganizationQuery.all());
    all.add(
        org(
            "a name of zero-width spaces",
            store,
            orgs,
            NewOrganization.incubating("\u200B\u200C\u200D", LegalForm.SOCIAL_GROUP, COMMUNITY)));
    all.add(
        org(
            "a name of bidi controls",
            store,
            orgs,
            NewOrganization.incubating("\u202E\u2066\u2069", LegalForm.SOCIAL_GROUP, COMMUNITY)));
    all.add(
        org(
            "a name hiding a bidi override",
            store,
            orgs,
            NewOrganization.incubating("阳光\u202E社", LegalForm.SOCIAL_GROUP, COMMUNITY)));
    all.add(
        org(
            "a name of a megabyte",
            store,
            orgs,
            NewOrganization.incubating(MEGA_NAME, LegalForm.SOCIAL_GROUP, COMMUNITY)));
    all.add(
        org(
            "a name of Hangul fillers",
            store,
            orgs,
            NewOrganization.incubating("\u3164\u3164", LegalForm.SOCIAL_GROUP, COMMUNITY)));
    all.add(
        org(
            "registered in 2999",
            store,
            orgs,
            NewOrganization.registered(
                "Sunshine",
                LegalForm.SOCIAL_GROUP,
                DISTRICT,
                SOCIAL_GROUP_CODE,
                LocalDate.of(2999, 1, 1))));
    all.add(
        org(
            "registered on LocalDate.MIN",
            store,
            orgs,
            NewOrganization.registered(
                "Sunshine", LegalForm.SOCIAL_GROUP, DISTRICT, SOCIAL_GROUP_CODE, LocalDate.MIN)));
    all.add(
        org(
            "filed on LocalDate.MAX",
            store,
            orgs,
            NewOrganization.filed("Sunshine", COMMUNITY, STREET, LocalDate.MAX)));
    all.add(
        org(
            "a foundation's code for a social group",
            store,
            orgs,
            NewOrganization.registered(
                "Sunshine",
                LegalForm.SOCIAL_GROUP,
                DISTRICT,
                FOUNDATION_CODE,
                LocalDate.of(2020, 1, 1))));
    all.add(
        org(
            "a social group's code for a foundation",
            store,
            orgs,
            NewOrganization.registered(
                "Sunshine",
                LegalForm.FOUNDATION,
                DISTRICT,
                SOCIAL_GROUP_CODE,
                LocalDate.of(2020, 1, 1))));
    Organization o1 = store.find(new OrganizationId("o1")).orElseThrow();
    all.add(
        Hostile.of(
            "registering an incubating organization in 2999",
            null,
            () -> store.save(o1.register(SOCIAL_GROUP_CODE, LocalDate.of(2999, 1, 1), CLOCK)),
            orgs));
    all.add(
        Hostile.of(
            "landing in a community in 3000",
            null,
            () -> store.save(o1.landIn(COMMUNITY, LocalDate.of(3000, 1, 1), CLOCK)),
            orgs));
    all.add(
        Hostile.of(
            "certified workers that overflow",
            null,
            () -> new CertifiedWorkers(Integer.MAX_VALUE, Integer.MAX_VALUE, 1)));
    all.add(Hostile.of("certified workers negative", null, () -> new CertifiedWorkers(-1, 0, 0)));
    all.add(
        Hostile.of(
            "a social worker named in bidi controls",
            null,
            () ->
                SocialWorker.record(
                    new SocialWorkerId("w1"),
                    "\u202A\u202C",
                    QualificationLevel.ASSISTANT,
                    new CertificateNumber("A1234"),
                    CLOCK)));
    all.add(
        Hostile.of(
            "a social worker's name of a megabyte",
            MEGA_NAME,
            () ->
                SocialWorker.record(
                    new SocialWorkerId("w1"),
                    MEGA_NAME,
                    QualificationLevel.ASSISTANT,
                    new CertificateNumber("A1234"),
                    CLOCK)));
    all.add(
        Hostile.of(
            "a need described in a megabyte",
            MEGA_NAME,
            () ->
                new Need(
                    new NeedId("n1"),
                    Channel.GRID,
                    ServiceDomain.presets().get(0),
                    COMMUNITY,
                    LocalDate.of(2026, 1, 1),
                    MEGA_NAME)));

    // Divisions.
    all.add(
        Hostile.of(
            "a division named in zero-width joiners",
            null,
            () -> Division.of(COMMUNITY, "\u200D\u200D")));
    all.add(
        Hostile.of(
            "a division named in a megabyte", MEGA_NAME, () -> Division.of(COMMUNITY, MEGA_NAME)));
    all.add(
        Hostile.of(
            "a division CSV line of a megabyte",
            null,
            () ->
                Divisions.load(
                    new StringReader(
                        Divisions.CSV_HEADER + "\narea,320114," + MEGA_NAME + ",,,,\n"))));
    all.add(
        Hostile.of(
            "a division CSV level that is a resident ID",
            null,
            () ->
                Divisions.load(
                    new StringReader(
                        Divisions.CSV_HEADER + "\n" + RESIDENT_ID + ",320114,雨花台区,,,,\n"))));
    all.add(
        Hostile.of(
            "a division CSV parent that is a phone number",
            null,
            () ->
                Divisions.load(
                    new StringReader(
                        Divisions.CSV_HEADER + "\nstreet,320114001,雨花街道," + PHONE + ",,,\n"))));
    all.add(
        Hostile.of(
            "a division CSV code in Arabic-Indic digits",
            null,
            () ->
                Divisions.load(
                    new StringReader(Divisions.CSV_HEADER + "\narea,٣٢٠١١٤,雨花台区,,,,\n"))));
    all.add(
        Hostile.of(
            "a division CSV with a broken quote",
            null,
            () ->
                Divisions.load(
                    new StringReader(Divisions.CSV_HEADER + "\narea,320114,\"雨花台区,,,,\n"))));

    // Satisfaction: a response never added cannot be removed.
    Questionnaire q = SatisfactionFixtures.twoHalves();
    SatisfactionTally tally = new SatisfactionTally(q);
    SubjectId wang = SatisfactionFixtures.worker("wang");
    tally.add(
        Response.ofLevels(
            q, SatisfactionFixtures.key(1, wang), RespondentCategory.ORDINARY_RESIDENT, 5, 1));
    tally.add(
        Response.ofLevels(
            q, SatisfactionFixtures.key(2, wang), RespondentCategory.ORDINARY_RESIDENT, 1, 5));
    Response never =
        Response.ofLevels(
            q, SatisfactionFixtures.key(3, wang), RespondentCategory.ORDINARY_RESIDENT, 5, 5);
    all.add(
        Hostile.of(
            "removing a response never added",
            null,
            () -> tally.remove(never),
            () -> tally.counts(wang).toString() + tally.responses()));
    return all;
  }

  private static Hostile org(
      String name,
      InMemoryOrganizations store,
      java.util.function.Supplier<Object> state,
      NewOrganization form) {
    return Hostile.of(
        "organization: " + name,
        form.name(),
        () -> store.save(Organization.create(new OrganizationId("o2"), form, CLOCK)),
        state);
  }

  private static String label(String input) {
    return input.length() > 20 ? input.length() + " characters" : "'" + input + "'";
  }

  private static String bornIn2099() {
    String first17 = "11010520990101002";
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  @TestFactory
  Stream<DynamicTest> every_hostile_input_is_refused_cleanly() {
    return catalogue().stream().map(h -> DynamicTest.dynamicTest(h.name(), h::check));
  }

  @Test
  void the_catalogue_tries_at_least_fifty_inputs() {
    assertThat(catalogue()).hasSizeGreaterThanOrEqualTo(50);
  }

  @Test
  void null_arguments_are_named() {
    assertThatThrownBy(() -> ResidentIdNumber.checkCharacter(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> Fraction.parse(null)).hasMessage("text");
    assertThatThrownBy(() -> Weight.parse(null)).hasMessage("text");
  }

  @Test
  void weights_summing_past_an_int_are_not_taken_for_one() {
    // 429,497 items of weight 1 sum to 2^32 + 10,000 basis points, which an int sum reads as 1.
    List<org.sanshe.core.satisfaction.instrument.Item> items = new ArrayList<>();
    org.sanshe.core.satisfaction.instrument.Item one =
        org.sanshe.core.satisfaction.instrument.Item.of(
            "I0", org.sanshe.core.satisfaction.instrument.Scale.FIVE_LEVEL);
    for (int i = 0; i < 429_497; i++) {
      items.add(
          new org.sanshe.core.satisfaction.instrument.Item(
              ItemId.of("I" + i), one.scale(), one.points(), Weight.ONE, false, false));
    }
    Hostile.of(
            "weights summing to 2^32 + 1",
            null,
            () -> Questionnaire.of(QuestionnaireId.of("big"), items))
        .check();
  }
}
