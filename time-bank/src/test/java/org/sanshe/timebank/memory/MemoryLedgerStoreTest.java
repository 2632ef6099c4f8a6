package org.sanshe.timebank.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.store.ChainHash;
import org.sanshe.timebank.store.EntryBatch;
import org.sanshe.timebank.store.JournalEntry;

class MemoryLedgerStoreTest {

  private final MemoryLedgerStore store = new MemoryLedgerStore(2);

  private void append(int rows, int debit, int credit) {
    EntryBatch b = new EntryBatch();
    b.reset(store.lastSequence() + 1);
    for (int i = 0; i < rows; i++) {
      int r =
          b.add(
              1_000L + i,
              77L + store.lastSequence() + i,
              "id-" + i,
              debit,
              credit,
              5 + i,
              (byte) 3,
              (byte) 1,
              0);
      b.setHash(r, 1, 2, 3, 4 + i);
    }
    store.append(b);
  }

  @Test
  void a_batch_is_appended_whole_and_read_back_by_sequence() {
    append(3, 0, 1);
    append(40, 2, 1);
    assertThat(store.lastSequence()).isEqualTo(43);
    JournalEntry e = store.read(2);
    assertThat(e)
        .isEqualTo(
            new JournalEntry(
                2, 1_001, 78, "id-1", 0, 1, 6, (byte) 3, (byte) 1, 0, new ChainHash(1, 2, 3, 5)));
    assertThat(store.readRange(42, 10))
        .extracting(JournalEntry::sequence)
        .containsExactly(42L, 43L);
    assertThatThrownBy(() -> store.read(44)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void an_append_out_of_sequence_is_refused_whole() {
    append(1, 0, 1);
    EntryBatch b = new EntryBatch();
    b.reset(5);
    b.add(1, 1, null, 0, 1, 1, (byte) 1, (byte) 1, 0);
    assertThatThrownBy(() -> store.append(b)).hasMessageStartingWith("[LEDGER_STORE_SEQUENCE]");
    assertThat(store.lastSequence()).isEqualTo(1);
  }

  @Test
  void an_account_is_read_newest_first() {
    append(2, 0, 1);
    append(2, 2, 3);
    append(1, 1, 2);
    List<Long> ofAccount1 = new ArrayList<>();
    store.scanAccountBackward(1, Long.MAX_VALUE, (s, t, d, c, a, k, p, r) -> ofAccount1.add(s));
    assertThat(ofAccount1).containsExactly(5L, 2L, 1L);
    List<Long> ofAccount2 = new ArrayList<>();
    store.scanAccountBackward(
        2, Long.MAX_VALUE, (s, t, d, c, a, k, p, r) -> ofAccount2.add(s) && ofAccount2.size() < 2);
    assertThat(ofAccount2).containsExactly(5L, 4L);
  }
}
