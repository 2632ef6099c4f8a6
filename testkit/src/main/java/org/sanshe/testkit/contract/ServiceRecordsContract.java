package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.service.ServiceDraft;
import org.sanshe.timebank.service.ServiceRecord;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.service.ServiceRecords;
import org.sanshe.timebank.service.ServiceStatus;

/**
 * The contract of the {@link ServiceRecords} port. Extend it with a fresh, empty store per test and
 * a way to reopen a store over the same data (as a new process would); every test here must pass.
 *
 * <p>What it holds a store to: every component of a record reads back equal (instants to the
 * nanosecond, before and after 1970; places of up to 200 characters of any script, and the empty
 * place; every optional component present or absent); an update replaces the stored record and
 * keeps its place in the order; {@link ServiceRecords#ofVolunteer(PartyId)} lists records in the
 * order they were added, whatever their ids and times; an id is added once (a {@link
 * TimeBankException} with {@code TIMEBANK_SERVICE_DUPLICATE} for a second add, with {@code
 * TIMEBANK_SERVICE_NOT_STORED} for an update of an unknown id, with nothing changed); and all of it
 * survives a reopen.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class ServiceRecordsContract {

  private static final PartyId WANG = PartyId.of("wang");
  private static final PartyId LI = PartyId.of("li");
  private static final PartyId ORG = PartyId.of("org-xianlin");
  private static final PartyId COORDINATOR = PartyId.of("coord-zhao");
  private static final Instant DAY = Instant.parse("2026-03-02T01:00:00Z");

  /** Creates the contract. */
  protected ServiceRecordsContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract ServiceRecords newRecords();

  /**
   * Returns another instance over the same stored data, as a restarted process or a second server
   * would open it.
   *
   * @param records a store from {@link #newRecords()}
   * @return the other instance (the same instance for a store that lives only in memory)
   */
  protected abstract ServiceRecords reopen(ServiceRecords records);

  private static ServiceDraft draft(PartyId volunteer, Instant start, String place) {
    return new ServiceDraft(
        volunteer,
        AccountId.of("acct-" + volunteer.value()),
        ORG,
        "elder-care",
        null,
        start,
        start.plus(Duration.ofHours(2)),
        place,
        null);
  }

  private static ServiceRecord recorded(String id, ServiceDraft draft, Instant at) {
    return new ServiceRecord(
        ServiceRecordId.of(id),
        draft,
        COORDINATOR,
        at,
        ServiceStatus.RECORDED,
        TimeCredit.ZERO,
        null,
        null,
        null);
  }

  private static ServiceRecord full() {
    ServiceDraft draft =
        new ServiceDraft(
            WANG,
            AccountId.of("acct-wang"),
            ORG,
            "meal-delivery",
            "meal.hot:v2",
            Instant.parse("2026-03-02T01:00:00.123456789Z"),
            Instant.parse("2026-03-02T03:30:00.000000001Z"),
            "仙林街道文苑社区老年食堂 🍚 Room 3-201",
            PartyId.of("resident-0042"));
    return new ServiceRecord(
        ServiceRecordId.of("rec:2026-03_A-1.b"),
        draft,
        COORDINATOR,
        Instant.parse("2026-03-02T04:00:00.000999999Z"),
        ServiceStatus.CORRECTED,
        TimeCredit.ofMinutes(150),
        PartyId.of("coord-qian"),
        ServiceRecordId.of("rec-0"),
        ServiceRecordId.of("rec-2"));
  }

  @Test
  void an_empty_store_finds_nothing() {
    ServiceRecords records = newRecords();
    assertThat(records.find(ServiceRecordId.of("none"))).isEmpty();
    assertThat(records.ofVolunteer(WANG)).isEmpty();
  }

  @Test
  void a_record_with_every_component_present_reads_back_equal_also_after_a_reopen() {
    ServiceRecords records = newRecords();
    ServiceRecord record = full();
    records.add(record);
    assertThat(records.find(record.id())).contains(record);
    ServiceRecords other = reopen(records);
    assertThat(other.find(record.id())).contains(record);
    assertThat(other.ofVolunteer(WANG)).containsExactly(record);
  }

  @Test
  void a_record_with_every_optional_component_absent_and_an_empty_place_reads_back_equal() {
    ServiceRecords records = newRecords();
    ServiceRecord record = recorded("r1", draft(LI, DAY, ""), DAY.plusSeconds(7200));
    records.add(record);
    ServiceRecord read = reopen(records).find(record.id()).orElseThrow();
    assertThat(read).isEqualTo(record);
    assertThat(read.draft().place()).isEmpty();
    assertThat(read.draft().item()).isNull();
    assertThat(read.draft().beneficiary()).isNull();
    assertThat(read.verifiedBy()).isNull();
    assertThat(read.corrects()).isNull();
    assertThat(read.correctedBy()).isNull();
  }

  @Test
  void instants_keep_every_nanosecond_on_both_sides_of_1970() {
    ServiceRecords records = newRecords();
    List<Instant> times =
        List.of(
            Instant.parse("1969-12-31T23:59:59.999999999Z"),
            Instant.parse("1950-06-01T00:00:00.000000001Z"),
            Instant.EPOCH,
            Instant.parse("2026-03-02T01:00:00.000001Z"),
            Instant.parse("2199-12-31T23:59:59.999999999Z"));
    int n = 0;
    for (Instant t : times) {
      ServiceRecord record = recorded("t" + n++, draft(WANG, t, "x"), t.plusNanos(1));
      records.add(record);
      assertThat(reopen(records).find(record.id())).as(t.toString()).contains(record);
    }
  }

  @Test
  void places_of_up_to_200_characters_in_any_script_read_back_equal() {
    ServiceRecords records = newRecords();
    List<String> places =
        List.of(
            "社".repeat(200),
            "a".repeat(200),
            "𠀀".repeat(100), // 100 supplementary characters: 200 UTF-16 units, 400 UTF-8 bytes
            " padded  ",
            "O'Brien \"quoted\" 100% _under_ \\back");
    int n = 0;
    for (String place : places) {
      ServiceRecord record = recorded("p" + n++, draft(WANG, DAY.plusSeconds(n), place), DAY);
      records.add(record);
      assertThat(reopen(records).find(record.id()).orElseThrow().draft().place()).isEqualTo(place);
    }
  }

  @Test
  void adding_an_id_twice_is_refused_and_keeps_the_first() {
    ServiceRecords records = newRecords();
    ServiceRecord first = recorded("r1", draft(WANG, DAY, "first"), DAY);
    records.add(first);
    ServiceRecord second = recorded("r1", draft(LI, DAY, "second"), DAY);
    assertThatThrownBy(() -> records.add(second))
        .isInstanceOf(TimeBankException.class)
        .hasMessageContaining("TIMEBANK_SERVICE_DUPLICATE");
    assertThat(reopen(records).find(first.id())).contains(first);
    assertThat(reopen(records).ofVolunteer(LI)).isEmpty();
    assertThat(reopen(records).ofVolunteer(WANG)).containsExactly(first);
  }

  @Test
  void ids_differ_by_case() {
    ServiceRecords records = newRecords();
    ServiceRecord lower = recorded("rec-a", draft(WANG, DAY, "lower"), DAY);
    ServiceRecord upper = recorded("REC-A", draft(WANG, DAY.plusSeconds(9000), "upper"), DAY);
    records.add(lower);
    records.add(upper);
    assertThat(reopen(records).find(ServiceRecordId.of("rec-a"))).contains(lower);
    assertThat(reopen(records).find(ServiceRecordId.of("REC-A"))).contains(upper);
    assertThat(reopen(records).find(ServiceRecordId.of("Rec-A"))).isEmpty();
  }

  @Test
  void an_update_of_an_unknown_id_is_refused_and_adds_nothing() {
    ServiceRecords records = newRecords();
    ServiceRecord ghost = recorded("ghost", draft(WANG, DAY, "x"), DAY);
    assertThatThrownBy(() -> records.update(ghost))
        .isInstanceOf(TimeBankException.class)
        .hasMessageContaining("TIMEBANK_SERVICE_NOT_STORED");
    assertThat(reopen(records).find(ghost.id())).isEmpty();
    assertThat(reopen(records).ofVolunteer(WANG)).isEmpty();
  }

  @Test
  void status_transitions_replace_the_record_and_keep_its_place_in_the_order() {
    ServiceRecords records = newRecords();
    ServiceRecord a = recorded("a", draft(WANG, DAY, "one"), DAY);
    ServiceRecord b = recorded("b", draft(WANG, DAY.plusSeconds(9000), "two"), DAY);
    ServiceRecord c = recorded("c", draft(WANG, DAY.plusSeconds(18000), "three"), DAY);
    records.add(a);
    records.add(b);
    records.add(c);
    ServiceRecord verified = withStatus(a, ServiceStatus.VERIFIED, 120, null);
    records.update(verified);
    assertThat(reopen(records).find(a.id())).contains(verified);
    ServiceRecord corrected = withStatus(verified, ServiceStatus.CORRECTED, 120, "d");
    reopen(records).update(corrected);
    ServiceRecord d =
        new ServiceRecord(
            ServiceRecordId.of("d"),
            draft(WANG, DAY.plusSeconds(30000), "one, corrected"),
            COORDINATOR,
            DAY,
            ServiceStatus.VERIFIED,
            TimeCredit.ofMinutes(90),
            COORDINATOR,
            a.id(),
            null);
    records.add(d);
    assertThat(records.find(a.id())).contains(corrected);
    assertThat(reopen(records).ofVolunteer(WANG)).containsExactly(corrected, b, c, d);
    // updating with the same value again is allowed and changes nothing
    records.update(corrected);
    assertThat(reopen(records).ofVolunteer(WANG)).containsExactly(corrected, b, c, d);
  }

  private static ServiceRecord withStatus(
      ServiceRecord r, ServiceStatus status, long minutes, String correctedBy) {
    return new ServiceRecord(
        r.id(),
        r.draft(),
        r.recordedBy(),
        r.recordedAt(),
        status,
        TimeCredit.ofMinutes(minutes),
        COORDINATOR,
        r.corrects(),
        correctedBy == null ? null : ServiceRecordId.of(correctedBy));
  }

  @Test
  void a_volunteers_records_come_in_the_order_added_not_by_id_or_time() {
    ServiceRecords records = newRecords();
    // ids and times both run against the order of adding
    ServiceRecord r10 = recorded("r10", draft(WANG, DAY.plusSeconds(50000), "x"), DAY);
    ServiceRecord r2 = recorded("r2", draft(LI, DAY.plusSeconds(40000), "x"), DAY);
    ServiceRecord r1 = recorded("r1", draft(WANG, DAY.plusSeconds(30000), "x"), DAY);
    ServiceRecord a0 = recorded("a0", draft(WANG, DAY, "x"), DAY.minusSeconds(1));
    records.add(r10);
    records.add(r2);
    records.add(r1);
    records.add(a0);
    assertThat(records.ofVolunteer(WANG)).containsExactly(r10, r1, a0);
    assertThat(reopen(records).ofVolunteer(WANG)).containsExactly(r10, r1, a0);
    assertThat(reopen(records).ofVolunteer(LI)).containsExactly(r2);
    assertThat(reopen(records).ofVolunteer(PartyId.of("WANG"))).isEmpty();
  }

  @Test
  void random_adds_and_updates_read_back_as_a_plain_map_in_insertion_order_would() {
    long seed = System.nanoTime();
    System.out.println("ServiceRecordsContract seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    ServiceRecords records = newRecords();
    Map<ServiceRecordId, ServiceRecord> model = new LinkedHashMap<>();
    List<PartyId> volunteers = List.of(WANG, LI, PartyId.of("zhang"), PartyId.of("v:9"));
    for (int step = 0; step < 120; step++) {
      if (model.isEmpty() || random.nextInt(3) > 0) {
        ServiceRecord r = randomRecord(random, "x" + step, volunteers);
        records.add(r);
        model.put(r.id(), r);
      } else {
        List<ServiceRecord> existing = new ArrayList<>(model.values());
        ServiceRecord old = existing.get(random.nextInt(existing.size()));
        ServiceStatus status = ServiceStatus.values()[random.nextInt(3)];
        ServiceRecord next =
            withStatus(old, status, random.nextLong(-100_000, 100_000), "y" + step);
        records.update(next);
        model.put(next.id(), next);
      }
    }
    ServiceRecords other = reopen(records);
    for (PartyId v : volunteers) {
      List<ServiceRecord> expected =
          model.values().stream().filter(r -> r.draft().volunteer().equals(v)).toList();
      assertThat(other.ofVolunteer(v)).as("seed " + seed).containsExactlyElementsOf(expected);
    }
    for (ServiceRecord r : model.values()) {
      assertThat(other.find(r.id())).as("seed " + seed).contains(r);
    }
  }

  private static ServiceRecord randomRecord(
      SplittableRandom random, String id, List<PartyId> volunteers) {
    PartyId volunteer = volunteers.get(random.nextInt(volunteers.size()));
    Instant start =
        Instant.ofEpochSecond(
            random.nextLong(-2_000_000_000L, 7_000_000_000L), random.nextInt(1_000_000_000));
    StringBuilder place = new StringBuilder();
    int length = random.nextInt(0, 60);
    for (int i = 0; i < length; i++) {
      place.append(
          (char)
              (random.nextBoolean() ? random.nextInt(0x20, 0x7f) : random.nextInt(0x4e00, 0x9fa6)));
    }
    ServiceDraft draft =
        new ServiceDraft(
            volunteer,
            AccountId.of("acct-" + random.nextInt(5)),
            PartyId.of("org-" + random.nextInt(3)),
            "cat-" + random.nextInt(4),
            random.nextBoolean() ? null : "item-" + random.nextInt(4),
            start,
            start.plusNanos(random.nextLong(0, 86_400_000_000_000L)),
            place.toString(),
            random.nextBoolean() ? null : PartyId.of("res-" + random.nextInt(100)));
    return new ServiceRecord(
        ServiceRecordId.of(id),
        draft,
        PartyId.of("coord-" + random.nextInt(3)),
        start.plusSeconds(random.nextLong(0, 1_000_000)).plusNanos(random.nextInt(1_000_000)),
        ServiceStatus.RECORDED,
        TimeCredit.ZERO,
        null,
        random.nextBoolean() ? null : ServiceRecordId.of("c-" + random.nextInt(50)),
        null);
  }

  @Test
  void records_awaiting_verification_come_per_organization_in_the_order_added_in_pages() {
    ServiceRecords records = newRecords();
    PartyId other = PartyId.of("org-other");
    List<ServiceRecordId> expected = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      PartyId org = i % 4 == 0 ? other : ORG;
      ServiceDraft d =
          new ServiceDraft(
              i % 2 == 0 ? WANG : LI,
              AccountId.of("acct-x"),
              org,
              "elder-care",
              null,
              DAY.plusSeconds(i * 10_000L),
              DAY.plusSeconds(i * 10_000L + 3600),
              "",
              null);
      // ids that do not sort in the order added
      ServiceRecord r = recorded("rec-" + (char) ('z' - i) + "-" + i, d, DAY);
      records.add(r);
      if (org.equals(ORG)) {
        expected.add(r.id());
      }
    }
    // verify two of them: they leave the queue
    for (ServiceRecordId id : List.of(expected.get(2), expected.get(9))) {
      ServiceRecord r = records.find(id).orElseThrow();
      records.update(
          new ServiceRecord(
              r.id(),
              r.draft(),
              r.recordedBy(),
              r.recordedAt(),
              ServiceStatus.VERIFIED,
              TimeCredit.ofMinutes(60),
              COORDINATOR,
              null,
              null));
    }
    List<ServiceRecordId> queue = new ArrayList<>(expected);
    queue.remove(9);
    queue.remove(2);
    ServiceRecords reopened = reopen(records);
    List<ServiceRecordId> read = new ArrayList<>();
    ServiceRecordId after = null;
    while (true) {
      List<ServiceRecord> page = reopened.awaitingVerification(ORG, after, 4);
      if (page.isEmpty()) {
        break;
      }
      page.forEach(r -> read.add(r.id()));
      assertThat(page).allMatch(r -> r.status() == ServiceStatus.RECORDED);
      after = page.get(page.size() - 1).id();
    }
    assertThat(read).containsExactlyElementsOf(queue);
    assertThat(reopened.awaitingVerification(other, null, 100)).hasSize(6);
    assertThat(reopened.awaitingVerification(PartyId.of("org-none"), null, 100)).isEmpty();
    // after a record no longer waiting, the page goes on after its place
    assertThat(reopened.awaitingVerification(ORG, expected.get(2), 2))
        .extracting(ServiceRecord::id)
        .containsExactly(expected.get(3), expected.get(4));
  }
}
