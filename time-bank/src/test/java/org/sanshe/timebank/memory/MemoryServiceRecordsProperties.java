package org.sanshe.timebank.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.timebank.Theories.qt;

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
import org.sanshe.timebank.service.ServiceDraft;
import org.sanshe.timebank.service.ServiceRecord;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.service.ServiceStatus;

/**
 * The array-backed {@link MemoryServiceRecords} against the simplest model of the port: a map in
 * insertion order, filtered on every read.
 */
class MemoryServiceRecordsProperties {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  @Test
  void the_store_reads_as_a_map_in_insertion_order_filtered_on_every_read() {
    qt(200)
        .forAll(longs().all(), integers().between(1, 600))
        .checkAssert(MemoryServiceRecordsProperties::readsAsTheModel);
  }

  private static void readsAsTheModel(long seed, int steps) {
    SplittableRandom random = new SplittableRandom(seed);
    MemoryServiceRecords store = new MemoryServiceRecords();
    Map<ServiceRecordId, ServiceRecord> model = new LinkedHashMap<>();
    for (int step = 0; step < steps; step++) {
      int op = random.nextInt(10);
      if (model.isEmpty() || op < 5) {
        ServiceRecord r = record(random, ServiceRecordId.of("r" + random.nextInt(steps * 2)));
        if (model.containsKey(r.id())) {
          assertThatThrownBy(() -> store.add(r)).hasMessageContaining("SERVICE_DUPLICATE");
        } else {
          store.add(r);
          model.put(r.id(), r);
        }
      } else if (op < 9) {
        List<ServiceRecordId> ids = new ArrayList<>(model.keySet());
        ServiceRecord next = record(random, ids.get(random.nextInt(ids.size())));
        store.update(next);
        model.put(next.id(), next);
      } else {
        ServiceRecord unknown = record(random, ServiceRecordId.of("unknown-" + step));
        assertThatThrownBy(() -> store.update(unknown)).hasMessageContaining("NOT_STORED");
      }
      if (step % 50 == 0 || step == steps - 1) {
        check(store, model, random);
      }
    }
  }

  private static void check(
      MemoryServiceRecords store,
      Map<ServiceRecordId, ServiceRecord> model,
      SplittableRandom random) {
    for (ServiceRecord r : model.values()) {
      assertThat(store.find(r.id())).containsSame(r);
    }
    assertThat(store.find(ServiceRecordId.of("absent"))).isEmpty();
    List<ServiceRecord> all = new ArrayList<>(model.values());
    for (int v = 0; v < 6; v++) {
      PartyId volunteer = PartyId.of("v" + v);
      assertThat(store.ofVolunteer(volunteer))
          .containsExactlyElementsOf(
              all.stream().filter(r -> r.draft().volunteer().equals(volunteer)).toList());
    }
    for (int g = 0; g < 4; g++) {
      PartyId org = PartyId.of("org" + g);
      List<ServiceRecord> queue =
          all.stream()
              .filter(r -> r.status() == ServiceStatus.RECORDED)
              .filter(r -> r.draft().organization().equals(org))
              .toList();
      int max = 1 + random.nextInt(7);
      List<ServiceRecord> read = new ArrayList<>();
      ServiceRecordId after = null;
      while (true) {
        List<ServiceRecord> page = store.awaitingVerification(org, after, max);
        assertThat(page.size()).isLessThanOrEqualTo(max);
        if (page.isEmpty()) {
          break;
        }
        read.addAll(page);
        after = page.get(page.size() - 1).id();
      }
      assertThat(read).containsExactlyElementsOf(queue);
      // after any stored record, waiting or not, the page goes on after its place in the order
      ServiceRecord pivot = all.get(random.nextInt(all.size()));
      int at = all.indexOf(pivot);
      List<ServiceRecord> rest =
          all.subList(at + 1, all.size()).stream()
              .filter(r -> r.status() == ServiceStatus.RECORDED)
              .filter(r -> r.draft().organization().equals(org))
              .limit(max)
              .toList();
      assertThat(store.awaitingVerification(org, pivot.id(), max)).containsExactlyElementsOf(rest);
      assertThat(store.awaitingVerification(org, ServiceRecordId.of("absent"), max)).isEmpty();
    }
  }

  private static ServiceRecord record(SplittableRandom random, ServiceRecordId id) {
    Instant start = T0.plusSeconds(random.nextInt(100) * 3_600L);
    ServiceDraft draft =
        new ServiceDraft(
            PartyId.of("v" + random.nextInt(6)),
            AccountId.of("acct-" + random.nextInt(6)),
            PartyId.of("org" + random.nextInt(4)),
            "elder-care",
            null,
            start,
            start.plusSeconds(3_600),
            "",
            null);
    ServiceStatus status = ServiceStatus.values()[random.nextInt(ServiceStatus.values().length)];
    return new ServiceRecord(
        id,
        draft,
        PartyId.of("coord"),
        start,
        status,
        status == ServiceStatus.RECORDED ? TimeCredit.ZERO : TimeCredit.ofMinutes(60),
        null,
        null,
        null);
  }
}
