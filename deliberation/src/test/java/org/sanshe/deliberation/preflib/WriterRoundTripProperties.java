package org.sanshe.deliberation.preflib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.ScoreBallot;
import org.sanshe.deliberation.counting.Candidates;

/**
 * Round trips of the ABIF and PrefLib writers over random elections from a seeded generator (the
 * seed is printed; {@code -Dsanshe.roundtrip.seed=...} replays a run): writing then reading gives
 * the same election, and reading then writing then reading is stable.
 */
class WriterRoundTripProperties {

  private static final long SEED = Long.getLong("sanshe.roundtrip.seed", System.nanoTime());
  private static final int RUNS = 300;

  private static final String[] TOKENS = {
    "A", "Kiss", "Write-in", "c001", "蘇業", "A,X", "C \"q\"", "x y", "#h", "a]b", "[b]", "1", "x/y"
  };
  private static final String[] NAMES = {
    "Bob Kiss (Progressive)", "Doña García Márquez", "Sue Ye (蘇業)", "A, X", "[open", "#1 choice",
    "\"quoted\"", "x: y", "a{b}", "Write-in", "王小明", "tab\there"
  };
  private static final String[] TEXTS = {
    "", "0.1", "Tennessee capitol", "quote \" and \\ slash", "line\nbreak", "# not a comment",
    "蘇業", "{braces}", "6", "true", "\u0001control", "tab\t"
  };

  @Test
  void abif_write_then_read_gives_the_same_election() {
    System.out.println("WriterRoundTripProperties seed " + SEED);
    SplittableRandom random = new SplittableRandom(SEED);
    for (int run = 0; run < RUNS; run++) {
      RankedElection e = abifElection(random);
      String text = AbifWriter.write(e);
      RankedElection back = AbifReader.parse(text);
      assertThat(back).as("seed %d run %d:%n%s", SEED, run, text).isEqualTo(e);
      assertThat(AbifWriter.write(back)).isEqualTo(text);
    }
  }

  @ParameterizedTest
  @EnumSource(PreflibFormat.class)
  void preflib_write_then_read_gives_the_same_election(PreflibFormat format) {
    SplittableRandom random = new SplittableRandom(SEED ^ format.ordinal());
    for (int run = 0; run < RUNS; run++) {
      RankedElection e = preflibElection(random, format);
      String text = PreflibWriter.write(e, format);
      RankedElection back = PreflibReader.parse(text, format);
      assertThat(back).as("seed %d run %d %s:%n%s", SEED, run, format, text).isEqualTo(e);
      assertThat(PreflibWriter.write(back, format)).isEqualTo(text);
    }
  }

  private static final List<String> FILES =
      List.of(
          "{\"title\": \"T\"}\n# c\n=Memph:[Memphis, TN]\n=Nash:[Nashville, TN]\n"
              + "42:Memph/5>Nash/2\n26:Nash/5,Memph\n1:\n",
          "5:[A,X]>[B,Y]>[C,Z]\n4:[A,X]>[B,Y]\n3:[A,X]\n",
          "12: Allie/5, Billy/5, Candace/4\n7: Allie/4, Billy/0, Candace/2\n",
          "=DGM:[Doña García Márquez]\n=\"蘇業\":[Sue Ye (蘇業)]\n27: DGM/5 > \"蘇業\"/1\n");

  @Test
  void abif_read_then_write_then_read_is_stable() {
    for (String file : FILES) {
      RankedElection once = AbifReader.parse(file);
      String written = AbifWriter.write(once);
      assertThat(AbifReader.parse(written)).isEqualTo(once);
      assertThat(AbifWriter.write(AbifReader.parse(written))).isEqualTo(written);
    }
  }

  @Test
  void preflib_read_then_write_then_read_is_stable_on_the_debian_files() {
    for (String name : List.of("00002-00000001.soi", "00002-00000006.soi")) {
      RankedElection once =
          PreflibReader.read(org.sanshe.deliberation.ConformanceFiles.require("ranked/" + name));
      String written = PreflibWriter.write(once, PreflibFormat.SOI);
      assertThat(PreflibReader.parse(written)).isEqualTo(once);
      assertThat(PreflibWriter.write(PreflibReader.parse(written), PreflibFormat.TOI))
          .isEqualTo(written.replace("# DATA TYPE: soi", "# DATA TYPE: toi"));
    }
  }

  @Test
  void an_election_that_does_not_fit_the_format_is_refused_by_code() {
    RankedElection tied = AbifReader.parse("=1:[Ann]\n=2:[Bo]\n3:1=2\n");
    assertThatThrownBy(() -> PreflibWriter.write(tied, PreflibFormat.SOI))
        .hasMessageContaining("PREFLIB_FORMAT_MISMATCH")
        .hasMessageContaining("ties");
    assertThat(PreflibWriter.write(tied, PreflibFormat.TOC)).contains("3: {1,2}");
    RankedElection partial = AbifReader.parse("=1:[Ann]\n=2:[Bo]\n3:1\n");
    assertThatThrownBy(() -> PreflibWriter.write(partial, PreflibFormat.SOC))
        .hasMessageContaining("every candidate");
    RankedElection rated = AbifReader.parse("=1:[Ann]\n=2:[Bo]\n3:1/5>2/1\n");
    assertThatThrownBy(() -> PreflibWriter.write(rated, PreflibFormat.SOC))
        .hasMessageContaining("no ratings");
    assertThat(PreflibWriter.write(rated.withoutRatings(), PreflibFormat.SOC)).contains("3: 1,2");
    assertThatThrownBy(() -> PreflibWriter.write(rated, PreflibFormat.CAT))
        .hasMessageContaining("NUMBER CATEGORIES");
    RankedElection bracket = AbifReader.parse("=A:\"x]y\"\n1:A\n");
    assertThatThrownBy(() -> AbifWriter.write(bracket))
        .hasMessageContaining("PREFLIB_FORMAT_MISMATCH")
        .hasMessageNotContaining("x]y");
    RankedElection named = AbifReader.parse("=Kiss:[Bob Kiss]\n=Wright:[Kurt Wright]\n1:Kiss\n");
    assertThat(PreflibWriter.write(named.withoutRatings(), PreflibFormat.SOI))
        .contains("# ALTERNATIVE NAME 1: Bob Kiss", "# ALTERNATIVE NAME 2: Kurt Wright", "1: 1\n");
  }

  private static RankedElection abifElection(SplittableRandom random) {
    List<String> tokens = pick(random, TOKENS, 1 + random.nextInt(6));
    List<String> names = pick(random, NAMES, tokens.size());
    List<CandidateId> ids = tokens.stream().map(CandidateId::of).toList();
    Map<CandidateId, String> nameMap = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      nameMap.put(ids.get(i), names.get(i));
    }
    List<RankedElection.Vote> votes = new ArrayList<>();
    int n = random.nextInt(8);
    for (int v = 0; v < n; v++) {
      List<Set<CandidateId>> ranks = ranks(random, ids, false);
      Map<CandidateId, Long> ratings = new TreeMap<>();
      for (Set<CandidateId> rank : ranks) {
        for (CandidateId id : rank) {
          if (random.nextInt(3) > 0) {
            ratings.put(id, (long) random.nextInt(11));
          }
        }
      }
      votes.add(
          new RankedElection.Vote(
              new RankedBallot(ranks), ScoreBallot.of(ratings), 1 + random.nextInt(1000)));
    }
    return RankedElection.of(Candidates.of(ids), nameMap, votes, metadata(random, false));
  }

  private static RankedElection preflibElection(SplittableRandom random, PreflibFormat format) {
    int size = 1 + random.nextInt(7);
    List<CandidateId> ids = new ArrayList<>();
    Map<CandidateId, String> nameMap = new LinkedHashMap<>();
    List<String> names = pick(random, NAMES, Math.min(size, NAMES.length));
    for (int i = 0; i < size; i++) {
      CandidateId id = CandidateId.of(Integer.toString(i + 1));
      ids.add(id);
      nameMap.put(id, names.get(i).replace('\t', ' ').replace('\n', ' '));
    }
    Map<String, String> metadata = metadata(random, true);
    int categories = 1 + random.nextInt(3);
    if (format == PreflibFormat.CAT) {
      metadata.put("NUMBER CATEGORIES", Integer.toString(categories));
    }
    if (random.nextBoolean()) {
      metadata.put("DATA TYPE", format.extension());
    }
    List<RankedElection.Vote> votes = new ArrayList<>();
    int n = random.nextInt(8);
    for (int v = 0; v < n; v++) {
      long count = 1 + random.nextInt(1000);
      if (format == PreflibFormat.CAT) {
        Map<CandidateId, Long> ratings = new TreeMap<>();
        for (CandidateId id : ids) {
          if (random.nextInt(4) > 0) {
            ratings.put(id, (long) random.nextInt(categories));
          }
        }
        votes.add(
            new RankedElection.Vote(
                new RankedBallot(Ratings.ranks(ratings)), ScoreBallot.of(ratings), count));
        continue;
      }
      List<CandidateId> chosen = new ArrayList<>(ids);
      Collections.shuffle(chosen, new java.util.Random(random.nextLong()));
      if (!format.complete()) {
        chosen = chosen.subList(0, random.nextInt(chosen.size() + 1));
      }
      List<Set<CandidateId>> ranks = new ArrayList<>();
      for (CandidateId id : chosen) {
        if (ranks.isEmpty() || format.strict() || random.nextBoolean()) {
          ranks.add(new TreeSet<>());
        }
        ranks.get(ranks.size() - 1).add(id);
      }
      votes.add(new RankedElection.Vote(new RankedBallot(ranks), ScoreBallot.of(Map.of()), count));
    }
    return RankedElection.of(Candidates.of(ids), nameMap, votes, metadata);
  }

  private static List<Set<CandidateId>> ranks(
      SplittableRandom random, List<CandidateId> ids, boolean strict) {
    List<CandidateId> chosen = new ArrayList<>(ids);
    Collections.shuffle(chosen, new java.util.Random(random.nextLong()));
    chosen = chosen.subList(0, random.nextInt(chosen.size() + 1));
    List<Set<CandidateId>> ranks = new ArrayList<>();
    for (CandidateId id : chosen) {
      if (ranks.isEmpty() || strict || random.nextBoolean()) {
        ranks.add(new TreeSet<>());
      }
      ranks.get(ranks.size() - 1).add(id);
    }
    return ranks;
  }

  private static Map<String, String> metadata(SplittableRandom random, boolean preflib) {
    Map<String, String> m = new LinkedHashMap<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      String value = TEXTS[random.nextInt(TEXTS.length)];
      if (preflib) {
        StringBuilder clean = new StringBuilder();
        value.codePoints().filter(c -> c >= ' ').forEach(clean::appendCodePoint);
        m.put("KEY " + i, clean.toString().strip());
      } else {
        m.put(random.nextBoolean() ? "key_" + i : TEXTS[random.nextInt(TEXTS.length)] + i, value);
      }
    }
    return m;
  }

  private static List<String> pick(SplittableRandom random, String[] pool, int n) {
    List<String> all = new ArrayList<>(List.of(pool));
    Collections.shuffle(all, new java.util.Random(random.nextLong()));
    return new ArrayList<>(all.subList(0, n));
  }
}
