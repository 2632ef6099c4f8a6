package org.sanshe.timebank.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.core.catalogue.Hostile.MEGA_DIGITS;
import static org.sanshe.core.catalogue.Hostile.MEGA_NAME;
import static org.sanshe.core.catalogue.Hostile.PHONE;
import static org.sanshe.core.catalogue.Hostile.RESIDENT_ID;
import static org.sanshe.timebank.TimeBankFixture.COORDINATOR;
import static org.sanshe.timebank.TimeBankFixture.ELDER;
import static org.sanshe.timebank.TimeBankFixture.ORG;
import static org.sanshe.timebank.TimeBankFixture.VOLUNTEER;
import static org.sanshe.timebank.TimeBankFixture.VOLUNTEER_ACCOUNT;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sanshe.core.catalogue.Hostile;
import org.sanshe.timebank.TimeBankFixture;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.service.RecordingRules;
import org.sanshe.timebank.service.ServiceDraft;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.service.ServiceRecording;

/**
 * The time bank's bad-input catalogue for its value and service parts: credits, identifiers,
 * service drafts, recording rules and recording. Each hostile input is refused with a coded error,
 * a short message without the input, no change to the ledger or the records, within a time limit.
 */
class TimeBankBadInputCatalogueTest {

  static final List<String> CREDITS =
      List.of(
          MEGA_DIGITS,
          MEGA_DIGITS + "h00m",
          "١h00m",
          "٣h٣٠m",
          "９h00m",
          "1h60m",
          "01h00m",
          "h00m",
          "1h0m",
          "1h00",
          "1.5h",
          "999999999999999999h00m",
          "9223372036854775807h00m",
          RESIDENT_ID,
          PHONE,
          "1h\u202E00m",
          " 1h00m",
          "");

  static final List<String> IDS =
      List.of(
          MEGA_NAME,
          "acct\u202Ewang",
          "\u200B",
          "acct wang",
          "王某",
          "acct/1",
          "",
          RESIDENT_ID + "\u200B");

  static List<Hostile> catalogue() {
    List<Hostile> all = new ArrayList<>();
    for (String c : CREDITS) {
      all.add(Hostile.of("TimeCredit.parse " + label(c), c, () -> TimeCredit.parse(c)));
    }
    for (String id : IDS) {
      all.add(Hostile.of("AccountId " + label(id), id, () -> AccountId.of(id)));
      all.add(Hostile.of("PartyId " + label(id), id, () -> PartyId.of(id)));
      all.add(Hostile.of("TransferId " + label(id), id, () -> TransferId.of(id)));
      all.add(Hostile.of("ServiceRecordId " + label(id), id, () -> ServiceRecordId.of(id)));
    }
    all.add(Hostile.of("hours past a long", null, () -> TimeCredit.ofHours(Long.MAX_VALUE)));
    all.add(
        Hostile.of(
            "credits summing past a long",
            null,
            () -> TimeCredit.ofMinutes(Long.MAX_VALUE).plus(TimeCredit.ofMinutes(1))));
    all.add(
        Hostile.of(
            "credits multiplied past a long",
            null,
            () -> TimeCredit.ofMinutes(Long.MAX_VALUE / 2).multipliedBy(3)));
    all.add(
        Hostile.of(
            "negating the smallest credit",
            null,
            () -> TimeCredit.ofMinutes(Long.MIN_VALUE).negated()));

    ZoneId zone = ZoneId.of("Asia/Shanghai");
    all.add(
        Hostile.of(
            "a recording window of Long.MAX_VALUE seconds",
            null,
            () ->
                new RecordingRules(
                    Duration.ofHours(12), Duration.ofSeconds(Long.MAX_VALUE), zone)));
    all.add(
        Hostile.of(
            "a daily maximum of 25 hours",
            null,
            () -> new RecordingRules(Duration.ofHours(25), Duration.ofDays(30), zone)));
    all.add(
        Hostile.of(
            "a zero daily maximum",
            null,
            () -> new RecordingRules(Duration.ZERO, Duration.ofDays(30), zone)));
    all.add(
        Hostile.of(
            "a negative recording window",
            null,
            () -> new RecordingRules(Duration.ofHours(12), Duration.ofDays(-1), zone)));

    Instant t = Instant.parse("2026-02-28T08:00:00Z");
    all.add(
        Hostile.of(
            "a category of a megabyte",
            MEGA_NAME,
            () -> draft(MEGA_NAME, "centre", t, t.plusSeconds(3600))));
    all.add(
        Hostile.of(
            "a category with a bidi override",
            null,
            () -> draft("elder\u202Ecare", "centre", t, t.plusSeconds(3600))));
    all.add(
        Hostile.of(
            "a place of a megabyte",
            MEGA_NAME,
            () -> draft("elder-care", MEGA_NAME, t, t.plusSeconds(3600))));
    all.add(
        Hostile.of(
            "a place with a bidi isolate",
            null,
            () -> draft("elder-care", "centre\u2066x\u2069", t, t.plusSeconds(3600))));
    all.add(
        Hostile.of(
            "a place with a NUL",
            null,
            () -> draft("elder-care", "centre\u0000", t, t.plusSeconds(3600))));

    TimeBankFixture f = new TimeBankFixture();
    ServiceRecording services = f.bank.services();
    Supplier<Object> state =
        () ->
            f.bank.ledger().lastSequence() + " " + services.records().ofVolunteer(VOLUNTEER).size();
    Instant now = f.clock.instant();
    record("a service from Instant.MIN", all, services, state, Instant.MIN, now.minusSeconds(3600));
    record("a service to Instant.MAX", all, services, state, now.minusSeconds(3600), Instant.MAX);
    record(
        "a service ending in the year 3000",
        all,
        services,
        state,
        Instant.parse("3000-01-01T00:00:00Z"),
        Instant.parse("3000-01-01T01:00:00Z"));
    record(
        "a service ending before it starts",
        all,
        services,
        state,
        now.minusSeconds(3600),
        now.minusSeconds(7200));
    record(
        "a service of no time",
        all,
        services,
        state,
        now.minusSeconds(3600),
        now.minusSeconds(3600));
    record(
        "a service of a hundred years",
        all,
        services,
        state,
        now.minus(Duration.ofDays(36_500)),
        now.minusSeconds(60));
    record(
        "a service in 1899",
        all,
        services,
        state,
        Instant.parse("1899-12-31T08:00:00Z"),
        Instant.parse("1899-12-31T09:00:00Z"));
    return all;
  }

  private static void record(
      String name,
      List<Hostile> all,
      ServiceRecording services,
      Supplier<Object> state,
      Instant start,
      Instant end) {
    all.add(
        Hostile.of(
            name,
            null,
            () ->
                services.record(
                    COORDINATOR,
                    new ServiceDraft(
                        VOLUNTEER,
                        VOLUNTEER_ACCOUNT,
                        ORG,
                        "elder-care",
                        null,
                        start,
                        end,
                        "centre",
                        ELDER)),
            state));
  }

  private static ServiceDraft draft(String category, String place, Instant start, Instant end) {
    return new ServiceDraft(
        VOLUNTEER, VOLUNTEER_ACCOUNT, ORG, category, null, start, end, place, ELDER);
  }

  private static String label(String input) {
    return input.length() > 20 ? input.length() + " characters" : "'" + input + "'";
  }

  @TestFactory
  Stream<DynamicTest> every_hostile_input_is_refused_cleanly() {
    return catalogue().stream().map(h -> DynamicTest.dynamicTest(h.name(), h::check));
  }

  @Test
  void the_catalogue_tries_at_least_fifty_inputs() {
    assertThat(catalogue()).hasSizeGreaterThanOrEqualTo(50);
  }
}
