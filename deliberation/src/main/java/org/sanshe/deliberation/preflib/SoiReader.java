package org.sanshe.deliberation.preflib;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

/**
 * Reads PrefLib {@code .soi} files (strict orders, incomplete): header lines start with {@code #};
 * {@code # ALTERNATIVE NAME i: name} names the candidates (ids are the numbers {@code i}); each
 * data line is {@code count: a,b,c} with a preferred to b preferred to c; unranked candidates are
 * below all ranked ones and tied with each other. {@link PreflibReader} with the file's {@code DATA
 * TYPE}, or TOI when it names none, so it also reads {@code .toi} style ties written {@code {a,b}}.
 * Stateless and thread-safe.
 */
public final class SoiReader {

  private static final String ALTERNATIVE = "ALTERNATIVE NAME ";

  private SoiReader() {}

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
    return PreflibReader.parse(text, PreflibFormat.TOI);
  }

  /**
   * Parses 1 to 18 ASCII digits (surrounding white space ignored); no sign, no other script's
   * digits. Linear and bounded.
   *
   * @return the value, or -1 when the text is not such a number
   */
  static long ascii(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to - from < 1 || to - from > 18) {
      return -1;
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  static long count(String text, int line) {
    long c = ascii(text);
    if (c <= 0) {
      throw new VotingException(VotingError.PREFLIB_COUNT_INVALID, line);
    }
    return c;
  }
}
