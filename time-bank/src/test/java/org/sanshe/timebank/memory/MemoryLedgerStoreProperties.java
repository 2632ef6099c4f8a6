package org.sanshe.timebank.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.timebank.Theories.qt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.store.EntryBatch;

/** The journal's pooled client ids against a list of the ids appended. */
class MemoryLedgerStoreProperties {

  @Test
  void every_entry_reads_back_the_client_id_it_was_appended_with() {
    qt(300)
        .forAll(longs().all(), integers().between(1, 400))
        .checkAssert(MemoryLedgerStoreProperties::idsReadBack);
  }

  private static void idsReadBack(long seed, int batches) {
    SplittableRandom random = new SplittableRandom(seed);
    MemoryLedgerStore store = new MemoryLedgerStore(1 + random.nextInt(8));
    List<String> model = new ArrayList<>();
    for (int b = 0; b < batches; b++) {
      EntryBatch batch = new EntryBatch();
      batch.reset(store.lastSequence() + 1);
      int rows = 1 + random.nextInt(6);
      for (int i = 0; i < rows; i++) {
        String id = randomId(random);
        int r = batch.add(1_000L + b, 1L + model.size(), id, 0, 1, 5, (byte) 1, (byte) 1, 0);
        batch.setHash(r, 1, 2, 3, model.size());
        model.add(
            id == null
                ? null
                : new String(
                    id.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1));
      }
      store.append(batch);
    }
    assertThat(store.lastSequence()).isEqualTo(model.size());
    for (int s = 1; s <= model.size(); s++) {
      assertThat(store.clientId(s)).as("entry %d", s).isEqualTo(model.get(s - 1));
      assertThat(store.read(s).clientId()).as("entry %d", s).isEqualTo(model.get(s - 1));
    }
  }

  private static String randomId(SplittableRandom random) {
    int kind = random.nextInt(5);
    if (kind == 0) {
      return null;
    }
    int length = kind == 1 ? 1 : random.nextInt(1, kind == 4 ? 120 : 24);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      // mostly ASCII; now and then a Latin-1 or a wider character, stored as Latin-1 bytes are
      int c = random.nextInt(40);
      s.append(c == 0 ? (char) 0xe9 : c == 1 ? (char) 0x4e2d : (char) random.nextInt(0x21, 0x7f));
    }
    return s.toString();
  }
}
