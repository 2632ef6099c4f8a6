package org.sanshe.deliberation.preflib;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.ScoreBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;
import org.sanshe.deliberation.counting.Candidates;

/**
 * Reads ABIF, the Aggregated Ballot Information Format (electorama, grammar v0.31 and the files of
 * its reference tool). Stateless and thread-safe. Lines, each trimmed, are:
 *
 * <ul>
 *   <li>empty, or a comment starting with {@code #}; a {@code #} outside brackets and quotes also
 *       ends any other line, the rest being a comment;
 *   <li>metadata {@code {key: value}}: the key bare ({@code [A-Za-z0-9_-]}) or a JSON string, the
 *       value a JSON string (kept unescaped), a number, {@code true}, {@code false}, {@code null}
 *       or a bare word (kept as written); {@code {}} is allowed and adds nothing;
 *   <li>candidate declarations {@code =Token:[Full name]}: the token bare or a JSON string, the
 *       name in brackets (no {@code ]} inside), a JSON string or a bare word;
 *   <li>any other line is a vote line {@code count:prefs}: the count 1 to 18 ASCII digits; the
 *       preferences are candidates separated by {@code >} (preferred to) or {@code =} (ranked
 *       equal), or by {@code ,} (listed without order); each candidate is a bare token, a JSON
 *       string or a bracketed name ({@code [Dan Smith]}), optionally with a rating {@code /6} (1 to
 *       18 ASCII digits); an empty list is a blank ballot.
 * </ul>
 *
 * <p><b>Candidates.</b> A candidate in a vote line is its declared token, or, written quoted or in
 * brackets, a declared full name. A file that declares no candidate declares them by using them:
 * each distinct token is a candidate named by itself, in the order first met. In a file that
 * declares candidates, every bare token must be declared (so a misspelt token is refused, not
 * counted as a new candidate), while a quoted or bracketed name that is neither a declared token
 * nor a declared full name adds a candidate named by itself, after the declared ones (as the ABIF
 * test files mixing declared tokens and bracketed names expect).
 *
 * <p><b>Ratings and rankings.</b> A line whose candidates are separated by {@code >} and {@code =}
 * is a ranking; ratings on it are kept beside it (a mixed rated and ranked ballot, or ranked only
 * when no candidate is rated). A line separated by commas lists candidates without order: its
 * ranking follows the ratings, highest first, equal ratings tied, and the listed candidates without
 * a rating tied below the rated ones. Commas cannot be mixed with {@code >} or {@code =} on one
 * line. Unlisted candidates are below every listed one, as in {@link RankedBallot}.
 *
 * <p><b>Errors.</b> Every refusal is a {@link VotingException} with a {@code PREFLIB_} code and the
 * line number; nothing from the file is echoed. Not supported: the trailing JSON "extended data" of
 * vote lines and the {@code ABIF 1.0} header line of early drafts (both refused as invalid lines).
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
    List<Line> data = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = content(lines[i], number).strip();
      if (line.isEmpty()) {
        continue;
      }
      char c = line.charAt(0);
      if (c == '{') {
        metadata(line, number, metadata);
      } else if (c == '=') {
        declaration(line, number, names, byName);
      } else {
        data.add(voteLine(line, number));
      }
    }
    boolean declared = !names.isEmpty();
    List<RankedElection.Vote> votes = new ArrayList<>(data.size());
    for (Line line : data) {
      votes.add(line.resolve(names, byName, declared));
    }
    if (names.isEmpty()) {
      throw new VotingException(VotingError.PREFLIB_NO_CANDIDATES);
    }
    return RankedElection.of(
        Candidates.of(new ArrayList<>(names.keySet())), names, votes, metadata);
  }

  /** Cuts a trailing comment: the first {@code #} outside brackets and JSON strings. */
  private static String content(String raw, int line) {
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (bracket) {
        if (c == ']') {
          bracket = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '[') {
        bracket = true;
      } else if (c == '#') {
        return raw.substring(0, i);
      } else if (c < ' ' && c != '\t') {
        throw invalid(line, "control character outside a comment");
      }
    }
    return raw;
  }

  private static void metadata(String line, int number, Map<String, String> metadata) {
    Cursor in = new Cursor(line, number);
    in.expect('{');
    in.skipSpace();
    if (in.peek() == '}') {
      in.next();
      in.end("metadata line: text after }");
      return;
    }
    String key = in.peek() == '"' ? in.jsonString() : in.bare("metadata key");
    in.skipSpace();
    in.expect(':');
    in.skipSpace();
    String value;
    if (in.peek() == '"') {
      value = in.jsonString();
    } else {
      value = in.literal();
    }
    in.skipSpace();
    in.expect('}');
    in.end("metadata line: text after }");
    if (metadata.put(key, value) != null) {
      throw invalid(number, "metadata key repeated");
    }
  }

  private static void declaration(
      String line, int number, Map<CandidateId, String> names, Map<String, CandidateId> byName) {
    Cursor in = new Cursor(line, number);
    in.expect('=');
    in.skipSpace();
    String token = in.peek() == '"' ? in.jsonString() : in.bare("candidate token");
    in.skipSpace();
    in.expect(':');
    in.skipSpace();
    String name;
    if (in.peek() == '[') {
      name = in.bracketed();
    } else if (in.peek() == '"') {
      name = in.jsonString();
    } else {
      name = in.bare("candidate name");
    }
    in.end("candidate line: text after the name");
    CandidateId id = id(token, number, "candidate token");
    name = name.strip();
    if (name.isEmpty()) {
      throw invalid(number, "candidate name is blank");
    }
    if (names.put(id, name) != null || byName.put(name, id) != null) {
      throw new VotingException(VotingError.PREFLIB_DUPLICATE_ALTERNATIVE, number);
    }
  }

  private static CandidateId id(String text, int number, String field) {
    if (text.isBlank()) {
      throw invalid(number, field + " is blank");
    }
    return CandidateId.of(text);
  }

  /** One preference of a vote line: the text naming the candidate, how written, its rating. */
  private record Pref(String text, boolean bare, long rating) {}

  /** A parsed vote line, its candidates not yet resolved. */
  private record Line(int number, long count, List<Pref> prefs, List<Character> separators) {

    RankedElection.Vote resolve(
        Map<CandidateId, String> names, Map<String, CandidateId> byName, boolean declared) {
      boolean commas = separators.contains(',');
      if (commas && (separators.contains('>') || separators.contains('='))) {
        throw invalid(number, "commas mixed with > or = on one vote line");
      }
      List<CandidateId> ids = new ArrayList<>(prefs.size());
      Set<CandidateId> seen = new LinkedHashSet<>();
      for (Pref p : prefs) {
        CandidateId id = candidate(p, names, byName, declared);
        if (!seen.add(id)) {
          throw new VotingException(VotingError.PREFLIB_DUPLICATE_ALTERNATIVE, number);
        }
        ids.add(id);
      }
      SortedMap<CandidateId, Long> ratings = new TreeMap<>();
      for (int i = 0; i < ids.size(); i++) {
        if (prefs.get(i).rating() >= 0) {
          ratings.put(ids.get(i), prefs.get(i).rating());
        }
      }
      List<Set<CandidateId>> ranks = new ArrayList<>();
      if (commas) {
        ranks.addAll(Ratings.ranks(ratings));
        Set<CandidateId> unrated = new TreeSet<>();
        for (CandidateId id : ids) {
          if (!ratings.containsKey(id)) {
            unrated.add(id);
          }
        }
        if (!unrated.isEmpty()) {
          ranks.add(unrated);
        }
      } else if (!ids.isEmpty()) {
        Set<CandidateId> rank = new TreeSet<>();
        rank.add(ids.get(0));
        for (int i = 1; i < ids.size(); i++) {
          if (separators.get(i - 1) == '>') {
            ranks.add(rank);
            rank = new TreeSet<>();
          }
          rank.add(ids.get(i));
        }
        ranks.add(rank);
      }
      return new RankedElection.Vote(new RankedBallot(ranks), new ScoreBallot(ratings), count);
    }

    private CandidateId candidate(
        Pref p, Map<CandidateId, String> names, Map<String, CandidateId> byName, boolean declared) {
      String text = p.text().strip();
      if (text.isEmpty()) {
        throw invalid(number, "candidate is blank");
      }
      CandidateId id = CandidateId.of(text);
      if (names.containsKey(id)) {
        return id;
      }
      if (!p.bare() && byName.containsKey(text)) {
        return byName.get(text);
      }
      if (declared && p.bare()) {
        throw new VotingException(VotingError.PREFLIB_UNKNOWN_ALTERNATIVE, number);
      }
      names.put(id, text);
      byName.putIfAbsent(text, id);
      return id;
    }
  }

  private static Line voteLine(String line, int number) {
    int colon = line.indexOf(':');
    if (colon < 0) {
      throw invalid(number, "expected count:preferences");
    }
    long count = SoiReader.count(line.substring(0, colon), number);
    Cursor in = new Cursor(line, number);
    in.pos = colon + 1;
    in.skipSpace();
    List<Pref> prefs = new ArrayList<>();
    List<Character> separators = new ArrayList<>();
    if (in.atEnd()) {
      return new Line(number, count, prefs, separators);
    }
    while (true) {
      in.skipSpace();
      if (in.atEnd()) {
        throw invalid(number, "vote line ends with a separator");
      }
      String text;
      boolean bare = false;
      char c = in.peek();
      if (c == '"') {
        text = in.jsonString();
      } else if (c == '[') {
        text = in.bracketed();
      } else if (Cursor.isBare(c)) {
        text = in.bare("candidate");
        bare = true;
      } else {
        throw new VotingException(VotingError.PREFLIB_UNKNOWN_ALTERNATIVE, number);
      }
      in.skipSpace();
      long rating = -1;
      if (!in.atEnd() && in.peek() == '/') {
        in.next();
        in.skipSpace();
        int from = in.pos;
        while (!in.atEnd() && in.peek() >= '0' && in.peek() <= '9') {
          in.next();
        }
        rating = SoiReader.ascii(line.substring(from, in.pos));
        if (rating < 0) {
          throw invalid(number, "rating must be 1 to 18 ASCII digits");
        }
        in.skipSpace();
      }
      prefs.add(new Pref(text, bare, rating));
      if (in.atEnd()) {
        return new Line(number, count, prefs, separators);
      }
      char sep = in.next();
      if (sep != '>' && sep != '=' && sep != ',') {
        throw invalid(number, "expected >, = or , between candidates");
      }
      separators.add(sep);
    }
  }

  static VotingException invalid(int line, String what) {
    return new VotingException(VotingError.PREFLIB_LINE_INVALID, line, what);
  }

  /** A position in one line. */
  private static final class Cursor {
    private final String text;
    private final int line;
    private int pos;

    Cursor(String text, int line) {
      this.text = text;
      this.line = line;
    }

    static boolean isBare(char c) {
      return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    boolean atEnd() {
      return pos >= text.length();
    }

    char peek() {
      return atEnd() ? '\0' : text.charAt(pos);
    }

    char next() {
      return text.charAt(pos++);
    }

    void skipSpace() {
      while (!atEnd() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
        pos++;
      }
    }

    void expect(char c) {
      if (atEnd() || text.charAt(pos) != c) {
        throw invalid(line, "expected " + c);
      }
      pos++;
    }

    void end(String what) {
      skipSpace();
      if (!atEnd()) {
        throw invalid(line, what);
      }
    }

    String bare(String field) {
      int from = pos;
      while (!atEnd() && isBare(text.charAt(pos))) {
        pos++;
      }
      if (pos == from) {
        throw invalid(line, "expected a " + field);
      }
      return text.substring(from, pos);
    }

    String bracketed() {
      expect('[');
      int close = text.indexOf(']', pos);
      if (close < 0) {
        throw invalid(line, "unclosed [");
      }
      String s = text.substring(pos, close);
      pos = close + 1;
      return s;
    }

    /** A bare word, number or JSON literal, kept as written. */
    String literal() {
      int from = pos;
      while (!atEnd() && (isBare(text.charAt(pos)) || "+".indexOf(text.charAt(pos)) >= 0)) {
        pos++;
      }
      if (pos == from) {
        throw invalid(line, "expected a metadata value");
      }
      return text.substring(from, pos);
    }

    String jsonString() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (atEnd()) {
          throw invalid(line, "unclosed \"");
        }
        char c = next();
        if (c == '"') {
          return sb.toString();
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        if (atEnd()) {
          throw invalid(line, "unclosed \"");
        }
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> sb.append(e);
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'u' -> {
            if (pos + 4 > text.length()) {
              throw invalid(line, "bad \\u escape");
            }
            int v = 0;
            for (int k = 0; k < 4; k++) {
              int d = Character.digit(next(), 16);
              if (d < 0) {
                throw invalid(line, "bad \\u escape");
              }
              v = v * 16 + d;
            }
            sb.append((char) v);
          }
          default -> throw invalid(line, "bad escape in a string");
        }
      }
    }
  }
}
