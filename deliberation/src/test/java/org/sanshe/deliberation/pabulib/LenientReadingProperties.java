package org.sanshe.deliberation.pabulib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded properties of lenient reading: on random files with injected irregularities, the report is
 * exactly the injected set, every reported line is the real line of the row concerned, and no
 * ballot is invented. The seed of a failing case is in the assertion message.
 */
class LenientReadingProperties {

  private static final long SEED = 0x5A17E16L;

  @Test
  void every_irregularity_is_reported_on_the_line_of_its_row_and_no_ballot_is_invented() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    for (int run = 0; run < 300; run++) {
      long seed = seeds.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      int m = 2 + r.nextInt(6);
      int voters = 1 + r.nextInt(25);
      int maxLength = 1 + r.nextInt(m);
      StringBuilder text = new StringBuilder("META\nkey;value\nbudget;1000\nvote_type;approval\n");
      text.append("max_length;").append(maxLength).append('\n');
      int line = 5;
      boolean numVotesWrong = r.nextInt(4) == 0;
      text.append("num_votes;").append(voters + (numVotesWrong ? 1 : 0)).append('\n');
      line++;
      int numVotesLine = line;
      text.append("PROJECTS\nproject_id;cost;votes;name\n");
      line += 2;
      // ballots first, to know the true counts
      List<List<String>> votes = new ArrayList<>();
      Set<String> expected = new HashSet<>();
      long[] named = new long[m];
      int firstVoteLine = line + m + 3;
      for (int v = 0; v < voters; v++) {
        List<String> vote = new ArrayList<>();
        Set<Integer> chosen = new HashSet<>();
        int k = r.nextInt(m + 1);
        for (int x = 0; x < k; x++) {
          int j = r.nextInt(m);
          if (chosen.add(j)) {
            vote.add("p" + j);
            named[j]++;
          }
        }
        int lineOf = firstVoteLine + v;
        if (chosen.size() > maxLength) {
          expected.add(lineOf + " BALLOT_TOO_LONG");
        }
        if (!vote.isEmpty() && r.nextInt(5) == 0) {
          vote.add(vote.get(0));
          expected.add(lineOf + " DUPLICATE_PROJECT_IN_VOTE");
        }
        if (r.nextInt(6) == 0) {
          vote.add("unknown" + v);
          expected.add(lineOf + " UNKNOWN_PROJECT_IN_VOTE");
        }
        votes.add(vote);
      }
      for (int j = 0; j < m; j++) {
        line++;
        boolean wrong = r.nextInt(4) == 0;
        text.append("p").append(j).append(';').append(1 + r.nextInt(500)).append(';');
        text.append(named[j] + (wrong ? 1 : 0)).append(";name ").append(j).append('\n');
        if (wrong) {
          expected.add(line + " VOTES_COLUMN_MISMATCH");
        }
      }
      text.append("VOTES\nvoter_id;vote\n");
      for (int v = 0; v < voters; v++) {
        text.append("v").append(v).append(';').append(String.join(",", votes.get(v)));
        text.append('\n');
      }
      if (numVotesWrong) {
        expected.add(numVotesLine + " NUM_VOTES_MISMATCH");
      }
      String file = text.toString();
      PabulibFile f = PabulibReader.parse(file, ReadMode.LENIENT);
      Set<String> reported = new HashSet<>();
      String[] lines = file.split("\n", -1);
      for (Irregularity i : f.irregularities()) {
        reported.add(i.line() + " " + i.kind());
        String at = lines[i.line() - 1];
        switch (i.kind()) {
          case NUM_VOTES_MISMATCH -> assertThat(at).as("seed %d", seed).startsWith("num_votes;");
          case VOTES_COLUMN_MISMATCH -> assertThat(at).as("seed %d", seed).startsWith("p");
          default -> assertThat(at).as("seed %d", seed).startsWith("v");
        }
      }
      assertThat(reported).as("seed %d", seed).isEqualTo(expected);
      assertThat(f.toBudget().ballots().voters()).as("seed %d", seed).isEqualTo(voters);
      assertThat(PabulibWriter.write(f)).as("seed %d", seed).isEqualTo(file);
    }
  }
}
