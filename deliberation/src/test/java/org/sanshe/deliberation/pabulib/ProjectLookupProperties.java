package org.sanshe.deliberation.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.deliberation.Theories.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Looking a project up by a range of a vote's text finds exactly what stripping the range and
 * looking the string up in a map finds: padded, empty, unknown, colliding and non-ASCII ids.
 */
class ProjectLookupProperties {

  private static final String[] PIECES = {
    "1", "12", "a", "Ab", "城", "区", "\u3000", " ", "\t", "", "0"
  };

  /** Only digits: every id a number (the array path), with leading zeros and blanks in queries. */
  private static final String[] DIGITS = {"1", "0", "9", "12", "1000", " "};

  private static String text(List<Integer> picks) {
    return text(PIECES, picks);
  }

  private static String text(String[] pieces, List<Integer> picks) {
    StringBuilder sb = new StringBuilder();
    for (int p : picks) {
      sb.append(pieces[p % pieces.length]);
    }
    return sb.toString();
  }

  @Test
  void finds_what_strip_and_a_map_find_with_numeric_ids() {
    qt().forAll(
            lists()
                .of(lists().of(integers().between(0, 4)).ofSizeBetween(1, 4))
                .ofSizeBetween(1, 30),
            lists().of(integers().between(0, 5)).ofSizeBetween(0, 6))
        .checkAssert(
            (idPicks, queryPicks) -> {
              LinkedHashSet<String> distinct = new LinkedHashSet<>();
              idPicks.forEach(p -> distinct.add(text(DIGITS, p).strip()));
              distinct.remove("");
              if (distinct.isEmpty()) {
                return;
              }
              check(distinct, List.of(text(DIGITS, queryPicks), "01", "1 2", "-1", "99999999999"));
            });
  }

  private static void check(LinkedHashSet<String> distinct, List<String> extra) {
    String[] ids = distinct.toArray(new String[0]);
    Map<String, Integer> map = new HashMap<>();
    for (int j = 0; j < ids.length; j++) {
      map.put(ids[j], j);
    }
    ProjectLookup lookup = new ProjectLookup(ids);
    List<String> queries = new ArrayList<>(extra);
    queries.addAll(distinct);
    for (String q : queries) {
      String padded = " x," + q + ",y\t";
      int expected = q.strip().isEmpty() ? -1 : map.getOrDefault(q.strip(), -1);
      assertThat(lookup.find(padded, 3, 3 + q.length())).as(q).isEqualTo(expected);
    }
  }

  @Test
  void finds_what_strip_and_a_map_find() {
    qt().forAll(
            lists()
                .of(lists().of(integers().between(0, 5)).ofSizeBetween(1, 4))
                .ofSizeBetween(1, 30),
            lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 6),
            integers().between(0, 3),
            integers().between(0, 3))
        .checkAssert(
            (idPicks, queryPicks, left, right) -> {
              LinkedHashSet<String> distinct = new LinkedHashSet<>();
              idPicks.forEach(p -> distinct.add(text(p)));
              String[] ids = distinct.toArray(new String[0]);
              Map<String, Integer> map = new HashMap<>();
              for (int j = 0; j < ids.length; j++) {
                map.put(ids[j], j);
              }
              ProjectLookup lookup = new ProjectLookup(ids);
              List<String> queries = new ArrayList<>(List.of(text(queryPicks)));
              queries.addAll(distinct);
              for (String q : queries) {
                String padded = " ".repeat(left) + "x," + q + ",y" + "\t".repeat(right);
                int from = left + 2;
                int to = from + q.length();
                int expected = map.getOrDefault(q.strip(), -1);
                if (q.strip().isEmpty()) {
                  expected = -1;
                }
                assertThat(lookup.find(padded, from, to)).isEqualTo(expected);
              }
            });
  }
}
