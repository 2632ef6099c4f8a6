package org.sanshe.deliberation.preflib;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;
import org.sanshe.deliberation.voting.Candidates;

/**
 * Reads ABIF ranked ballots: metadata lines in {@code {key: "value"}}, comment lines starting with
 * {@code #}, candidate lines {@code =Token:[Full name]}, and data lines {@code count:A>B>C} where
 * {@code =} between tokens marks an equal rank. Tokens must be declared by a candidate line (a
 * bracketed full name is accepted in place of a token). Stateless and thread-safe.
 */
public final class AbifReader {

  private AbifReader() {}

  /**
   * Reads a file.
   *
   * @param file the file, not null
   * @return the election
   * @throws UncheckedIOException if the file cannot be read
   * @throws VotingException a {@code PREFLIB_} code with the line number
   */
  public static RankedElection read(Path file) {
    return parse(TextLines.read(file));
  }

  /**
   * Parses the text of a file.
   *
   * @param text the text, not null
   * @return the election
   * @throws VotingException a {@code PREFLIB_} code with the line number
   */
  public static RankedElection parse(String text) {
    String[] lines = TextLines.lines(text);
    Map<String, String> metadata = new LinkedHashMap<>();
    Map<CandidateId, String> names = new LinkedHashMap<>();
    Map<String, CandidateId> byName = new LinkedHashMap<>();
    List<Object[]> data = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("{")) {
        if (!line.endsWith("}")) {
          throw new VotingException(VotingError.PREFLIB_LINE_INVALID, number, "unclosed {");
        }
        String body = line.substring(1, line.length() - 1);
        int colon = body.indexOf(':');
        if (colon < 0) {
          throw new VotingException(
              VotingError.PREFLIB_LINE_INVALID, number, "expected {key: value}");
        }
        String value = body.substring(colon + 1).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        metadata.put(body.substring(0, colon).strip(), value);
        continue;
      }
      if (line.startsWith("=")) {
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new VotingException(
              VotingError.PREFLIB_LINE_INVALID, number, "expected =Token:[Full name]");
        }
        String token = line.substring(1, colon).strip();
        String name = line.substring(colon + 1).strip();
        if (name.startsWith("[") && name.endsWith("]")) {
          name = name.substring(1, name.length() - 1);
        }
        if (token.isEmpty()) {
          throw new VotingException(
              VotingError.PREFLIB_LINE_INVALID, number, "expected =Token:[Full name]");
        }
        CandidateId id = CandidateId.of(token);
        if (names.put(id, name) != null || byName.put(name, id) != null) {
          throw new VotingException(VotingError.PREFLIB_DUPLICATE_ALTERNATIVE, number);
        }
        continue;
      }
      data.add(new Object[] {number, line});
    }
    if (names.isEmpty()) {
      throw new VotingException(VotingError.PREFLIB_NO_CANDIDATES);
    }
    BallotBox.Builder<RankedBallot> box = BallotBox.builder();
    for (Object[] d : data) {
      int number = (Integer) d[0];
      String line = (String) d[1];
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new VotingException(VotingError.PREFLIB_LINE_INVALID, number, "expected count:A>B>C");
      }
      long count = SoiReader.count(line.substring(0, colon), number);
      box.add(ranking(line.substring(colon + 1), names, byName, number), count);
    }
    return new RankedElection(
        Candidates.of(new ArrayList<>(names.keySet())), names, box.build(), metadata);
  }

  private static RankedBallot ranking(
      String text, Map<CandidateId, String> names, Map<String, CandidateId> byName, int line) {
    String t = text.strip();
    List<Set<CandidateId>> ranks = new ArrayList<>();
    if (t.isEmpty()) {
      return new RankedBallot(ranks);
    }
    Set<CandidateId> seen = new TreeSet<>();
    for (String rank : t.split(">", -1)) {
      Set<CandidateId> set = new TreeSet<>();
      for (String token : rank.split("=", -1)) {
        String tok = token.strip();
        CandidateId id;
        if (tok.startsWith("[") && tok.endsWith("]")) {
          id = byName.get(tok.substring(1, tok.length() - 1));
        } else {
          id = tok.isEmpty() ? null : CandidateId.of(tok);
        }
        if (id == null || !names.containsKey(id)) {
          throw new VotingException(VotingError.PREFLIB_UNKNOWN_ALTERNATIVE, line);
        }
        if (!seen.add(id)) {
          throw new VotingException(VotingError.PREFLIB_DUPLICATE_ALTERNATIVE, line);
        }
        set.add(id);
      }
      ranks.add(set);
    }
    return new RankedBallot(ranks);
  }
}
