package org.sanshe.core.identifier;

import java.text.Normalizer;

/** Normalization shared by the lenient parsers: NFKC (full-width to ASCII), trim, upper case. */
final class Lenient {
  private Lenient() {}

  /** Longer raw texts are not folded (no identifier is longer than 18 characters). */
  static final int MAX_RAW_LENGTH = 256;

  static String normalize(String raw) {
    if (raw == null || raw.length() > MAX_RAW_LENGTH) {
      // Too long to be any identifier once folded: left as is for the strict parser to refuse by
      // its length, without normalizing a hostile megabyte first.
      return raw;
    }
    String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      out.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
    }
    return out.toString();
  }
}
