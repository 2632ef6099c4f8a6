package org.sanshe.timebank.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.timebank.TimeBankFixture.COORDINATOR;
import static org.sanshe.timebank.TimeBankFixture.OPERATOR;
import static org.sanshe.timebank.TimeBankFixture.ORG;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.TimeBankFixture;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

/**
 * Recording and verifying many services in linked ledger batches ({@link
 * ServiceRecording#recordAndVerifyAll}) ends exactly where recording and verifying them one by one
 * ends: the same verified records, the same refusals (overlaps, daily maximum, frozen accounts,
 * drafts already verified), the same balances. Random drafts from a printed seed.
 */
class RecordAndVerifyAllProperties {

  private record Refusal(PartyId volunteer, TimeBankError code) {}

  private record Outcome(List<ServiceRecord> done, List<Refusal> refused, List<Long> balances) {}

  private static final int VOLUNTEERS = 40;

  private static TimeBankFixture bank(List<Integer> frozen) {
    TimeBankFixture f = new TimeBankFixture();
    for (int v = 0; v < VOLUNTEERS; v++) {
      PartyId p = PartyId.of("vol-" + v);
      f.ages.put(p, 30);
      f.bank.openAccount(OPERATOR, AccountId.of("acct-" + v), AccountKind.INDIVIDUAL, p);
    }
    for (int v : frozen) {
      f.bank.ledger().freeze(AccountId.of("acct-" + v));
    }
    return f;
  }

  private static List<ServiceDraft> drafts(SplittableRandom r, Instant base) {
    List<ServiceDraft> out = new ArrayList<>();
    int n = 1 + r.nextInt(3 * ServiceRecording.CREDIT_BATCH);
    for (int i = 0; i < n; i++) {
      int v = r.nextInt(VOLUNTEERS);
      Instant start = base.plus(Duration.ofMinutes(30L * r.nextInt(40)));
      Instant end = start.plus(Duration.ofMinutes(30L * (1 + r.nextInt(8))));
      out.add(
          new ServiceDraft(
              PartyId.of("vol-" + v),
              AccountId.of("acct-" + v),
              ORG,
              "environment",
              null,
              start,
              end,
              "河边公园",
              null));
    }
    if (n > 2 && r.nextBoolean()) {
      out.add(out.get(r.nextInt(n))); // a draft given twice
    }
    return out;
  }

  private static Outcome run(TimeBankFixture f, List<ServiceDraft> drafts, boolean batch) {
    List<Refusal> refused = new ArrayList<>();
    List<ServiceRecord> done = new ArrayList<>();
    ServiceRecording services = f.bank.services();
    if (batch) {
      done.addAll(
          services.recordAndVerifyAll(
              COORDINATOR, drafts, (d, e) -> refused.add(new Refusal(d.volunteer(), e.error()))));
    } else {
      for (ServiceDraft d : drafts) {
        try {
          done.add(services.recordAndVerify(COORDINATOR, d));
        } catch (TimeBankException e) {
          refused.add(new Refusal(d.volunteer(), e.error()));
        }
      }
    }
    List<Long> balances = new ArrayList<>();
    for (int v = 0; v < VOLUNTEERS; v++) {
      balances.add(f.bank.ledger().account(AccountId.of("acct-" + v)).balance().toMinutes());
    }
    return new Outcome(done, refused, balances);
  }

  @Test
  void a_batch_ends_where_one_by_one_ends() {
    long seed = new SplittableRandom().nextLong();
    SplittableRandom r = new SplittableRandom(seed);
    for (int round = 0; round < 60; round++) {
      List<Integer> frozen = new ArrayList<>();
      for (int v = 0; v < VOLUNTEERS; v++) {
        // even rounds freeze nobody: every linked batch goes through
        if (round % 2 == 1 && r.nextInt(10) == 0) {
          frozen.add(v);
        }
      }
      TimeBankFixture one = bank(frozen);
      TimeBankFixture all = bank(frozen);
      Instant base = one.clock.instant().minus(Duration.ofDays(1));
      List<ServiceDraft> drafts = drafts(r, base);
      Outcome expected = run(one, drafts, false);
      Outcome actual = run(all, drafts, true);
      assertThat(actual.done()).as("seed %d round %d", seed, round).isEqualTo(expected.done());
      assertThat(actual.refused())
          .as("seed %d round %d", seed, round)
          .containsExactlyInAnyOrderElementsOf(expected.refused());
      assertThat(actual.balances())
          .as("seed %d round %d", seed, round)
          .isEqualTo(expected.balances());
      assertThat(all.bank.ledger().sumOfBalances()).isZero();
      Outcome again = run(all, drafts, true);
      assertThat(again.done())
          .as("a repeated batch records and credits nothing twice (seed %d)", seed)
          .isEqualTo(expected.done());
      assertThat(again.balances()).as("seed %d", seed).isEqualTo(expected.balances());
    }
  }
}
